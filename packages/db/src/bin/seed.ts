import { parseArgs } from 'node:util';
import { date } from '@kinerja/domain';
import { createDb } from '../create-db.js';
import { migrateToLatest } from '../migrate.js';
import { DEFAULT_SEED_EMPLOYEES, DEFAULT_SEED_TODAY, seed } from '../seed/index.js';
import { readDbEnv } from './env.js';

/**
 * `pnpm db:seed [--employees N] [--today YYYY-MM-DD] [--seed S] [--reset]`: migrates, then loads the demo into
 * DATABASE_URL or the embedded database (PGLITE_DIR, default .data/pglite). Shows progress on a terminal.
 */
const { values } = parseArgs({
  options: {
    employees: { type: 'string', default: String(DEFAULT_SEED_EMPLOYEES) },
    today: { type: 'string', default: DEFAULT_SEED_TODAY },
    seed: { type: 'string', default: 'kinerja' },
    reset: { type: 'boolean', default: false },
  },
  allowPositionals: false,
});
const employees = Number(values.employees);
const tty = process.stdout.isTTY;
const { db, driver, close } = await createDb(readDbEnv());
try {
  await migrateToLatest(db);
  console.log(`${driver}: seeding ${employees} employees (today ${values.today}, seed "${values.seed}")`);
  const summary = await seed(db, {
    employees,
    today: date(values.today),
    seed: values.seed,
    reset: values.reset,
    log: tty ? undefined : (m) => console.log(m),
    progress: tty
      ? ({ phase, done, total }) => {
          const width = 30;
          const filled = total === 0 ? width : Math.round((done / total) * width);
          process.stdout.write(
            `\r  ${phase.padEnd(10)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}   `,
          );
          if (done === total) process.stdout.write('\n');
        }
      : undefined,
  });
  const total = Object.values(summary.rows).reduce((s, n) => s + n, 0);
  console.log(
    `seeded ${summary.employees} employees in ${summary.units} units: ${total} rows in ${(summary.ms / 1000).toFixed(1)} s`,
  );
  console.log('demo users (passwords in packages/db/README.md):');
  for (const u of summary.users)
    console.log(`  ${u.username.padEnd(10)} ${u.nip ? `NIP ${u.nip}` : '(no employee record)'}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await close();
}
