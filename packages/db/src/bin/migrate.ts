import { createDb } from '../create-db.js';
import { migrateToLatest } from '../migrate.js';
import { readDbEnv } from './env.js';

/** `pnpm db:migrate`: migrates DATABASE_URL, or the embedded database in PGLITE_DIR (default .data/pglite). */
const { db, driver, close } = await createDb(readDbEnv());
try {
  const applied = await migrateToLatest(db);
  console.log(applied.length === 0 ? `${driver}: schema is up to date` : `${driver}: applied ${applied.join(', ')}`);
} finally {
  await close();
}
