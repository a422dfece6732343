import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { createDb, type Db, type DbConfig, type DriverName } from '../create-db.js';
import { migrateToLatest } from '../migrate.js';

/** The drivers the tests run on: PGlite always, PostgreSQL too when TEST_DATABASE_URL is set. */
export const testDrivers = (): readonly DriverName[] => (process.env.TEST_DATABASE_URL ? ['pglite', 'pg'] : ['pglite']);

const serverUrl = (): string => {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  return url;
};

const withAdmin = async <T>(run: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
};

/**
 * Drops a test database. The pool's sockets may still be closing after `pool.end()` resolves, and killing them
 * (`with (force)`) would raise errors on clients nobody listens to any more: wait for them, force only at last.
 */
const dropDatabase = async (name: string) => {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const dropped = await withAdmin((client) => client.query(`drop database if exists ${name}`)).then(
      () => true,
      (error: { code?: string }) => {
        if (error.code !== '55006') throw error;
        return false;
      },
    );
    if (dropped) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await withAdmin((client) => client.query(`drop database if exists ${name} with (force)`));
};

/**
 * A database of its own for one test file: an in-memory PGlite, or a new database on the TEST_DATABASE_URL
 * server (dropped again on close), migrated unless `migrate: false`. Files run in parallel and leave nothing.
 */
export const openTestDb = async (
  driver: DriverName,
  options: {
    readonly migrate?: boolean;
    readonly onQuery?: DbConfig['onQuery'];
    readonly statementTimeoutMs?: number;
  } = {},
): Promise<Db> => {
  let opened: Db;
  if (driver === 'pglite') {
    opened = await createDb({
      dataDir: 'memory://',
      onQuery: options.onQuery,
      statementTimeoutMs: options.statementTimeoutMs,
    });
  } else {
    const name = `kinerja_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
    await withAdmin((client) => client.query(`create database ${name}`));
    const url = new URL(serverUrl());
    url.pathname = `/${name}`;
    const inner = await createDb({
      url: url.toString(),
      poolSize: 4,
      onQuery: options.onQuery,
      statementTimeoutMs: options.statementTimeoutMs,
    });
    opened = {
      ...inner,
      close: async () => {
        await inner.close();
        await dropDatabase(name);
      },
    };
  }
  if (options.migrate !== false) await migrateToLatest(opened.db);
  return opened;
};
