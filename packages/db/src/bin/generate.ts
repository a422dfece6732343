import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { generateDatabaseTypes } from '../codegen.js';
import { createDb } from '../create-db.js';
import { migrateToLatest } from '../migrate.js';

/**
 * `pnpm generate`: migrates a fresh in-memory PGlite and writes the `Database` type of the result to
 * src/database.ts (a test fails when the committed file differs from what this writes).
 */
const out = fileURLToPath(new URL('../database.ts', import.meta.url));
const { db, close } = await createDb({ dataDir: 'memory://' });
try {
  await migrateToLatest(db);
  await writeFile(out, await generateDatabaseTypes(db));
  console.log(`wrote ${out}`);
} finally {
  await close();
}
