import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, migrateToLatest, seedIfEmpty } from '@kinerja/db';
import { date, type IsoDate } from '@kinerja/domain';
import { pino } from 'pino';
import { tokenSigner } from './auth/token.js';
import { budgetFor } from './budget.js';
import { authSecret, readEnv, usersWithDemoPasswords } from './env.js';
import { persistedOperations, readManifest } from './persisted.js';
import { schema } from './schema/index.js';
import { createApp } from './server.js';

/**
 * `pnpm start`: migrates, seeds an empty database with the demo data, and serves the API on one port.
 * With no DATABASE_URL the database is the embedded one, kept in .data/pglite.
 */
const env = readEnv();
const logger = pino({ level: env.LOG_LEVEL });
const today = (): IsoDate => (env.TODAY ? date(env.TODAY) : date(new Date().toISOString().slice(0, 10)));

/** Migrates and seeds an empty database; on a server through a connection with no statement timeout. */
const prepare = async (db: Awaited<ReturnType<typeof createDb>>['db']) => {
  await migrateToLatest(db);
  const seeded = await seedIfEmpty(db, {
    employees: env.SEED_EMPLOYEES,
    today: today(),
    log: (m: string) => logger.info(m),
  });
  if (seeded) logger.info('demo data loaded');
};

if (env.DATABASE_URL) {
  const setup = await createDb({ url: env.DATABASE_URL, poolSize: 1 });
  await prepare(setup.db).finally(() => setup.close());
}
const { db, close, driver } = await createDb(
  env.DATABASE_URL
    ? { url: env.DATABASE_URL, statementTimeoutMs: env.STATEMENT_TIMEOUT_MS }
    : { dataDir: env.PGLITE_DIR },
);
logger.info({ driver }, 'database opened');
if (!env.DATABASE_URL) await prepare(db);
if (env.NODE_ENV === 'production' && env.ALLOW_DEMO_PASSWORDS !== '1') {
  const demo = await usersWithDemoPasswords(db);
  if (demo.length > 0) {
    logger.fatal(
      `production refuses to start while demo users keep their documented passwords (${demo.join(', ')}): change their passwords or disable them, or set ALLOW_DEMO_PASSWORDS=1 for a demo server`,
    );
    await close();
    process.exit(1);
  }
}

const adminDir = env.ADMIN_DIST ?? fileURLToPath(new URL('../../admin/dist', import.meta.url));
const persisted =
  env.PERSISTED_OPERATIONS === 'only'
    ? persistedOperations(
        readManifest(
          env.PERSISTED_OPERATIONS_MANIFEST ??
            fileURLToPath(new URL('../../admin/src/gql/persisted-documents.json', import.meta.url)),
        ),
      )
    : undefined;
if (persisted) logger.info({ operations: persisted.size }, "only persisted operations and analysts' queries run");
const budget = env.COST_BUDGET_PER_MINUTE
  ? { capacity: env.COST_BUDGET_PER_MINUTE, refillPerSecond: env.COST_BUDGET_PER_MINUTE / 60 }
  : budgetFor(env.COST_LIMIT);
const { server, apollo } = await createApp({
  adminDir: existsSync(join(adminDir, 'index.html')) ? adminDir : undefined,
  db,
  schema,
  logger,
  production: env.NODE_ENV === 'production',
  costLimit: env.COST_LIMIT,
  tokens: tokenSigner(authSecret(env)),
  budget,
  persisted,
  ...(env.EXPOSE_SQL_STATEMENTS ? { exposeStatements: env.EXPOSE_SQL_STATEMENTS === '1' } : {}),
  today,
});
server.listen(env.PORT, env.HOST, () => {
  logger.info(
    `Kinerja on http://${env.HOST}:${env.PORT}/ (admin app), /graphql (API; GraphiQL in a browser), /healthz`,
  );
});

/** Stops taking requests, lets those in flight finish (10 s at most), then closes the database. */
const stop = async () => {
  const drained = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await Promise.race([drained, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  await apollo.stop();
  await close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
