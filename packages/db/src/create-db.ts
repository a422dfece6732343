import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import {
  type AbortableOperationOptions,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  Kysely,
  type LogEvent,
  PGliteDialect,
  PostgresDialect,
  type QueryCompiler,
  type TransactionSettings,
} from 'kysely';
import pg from 'pg';
import type { DB as Database } from './database.js';
import { Mutex } from './mutex.js';

/** The two ways to reach PostgreSQL: embedded (PGlite, WebAssembly, in this process) or a server over `pg`. */
export type DriverName = 'pglite' | 'pg';

/** One executed SQL statement, for counting statements per request and for slow-query logs. */
export type QueryEvent = {
  readonly sql: string;
  readonly parameters: readonly unknown[];
  readonly durationMs: number;
  /** Set when the statement failed. */
  readonly error?: unknown;
};

/** How to open the database. */
export type DbConfig = {
  /** A `postgres://` URL: a `pg` pool. Unset: the embedded PGlite. */
  readonly url?: string | undefined;
  /** PGlite's data folder (default `.data/pglite` at the repository root); `memory://` keeps nothing. */
  readonly dataDir?: string | undefined;
  /** Most connections of the `pg` pool (default 10). */
  readonly poolSize?: number | undefined;
  /** The longest a statement may run before PostgreSQL cancels it (`statement_timeout`); unset: no limit. */
  readonly statementTimeoutMs?: number | undefined;
  /** Called after every statement, with its SQL and duration. */
  readonly onQuery?: ((event: QueryEvent) => void) | undefined;
  /** An idle pooled connection failed (e.g. the server restarted); default: written to stderr. */
  readonly onPoolError?: ((error: Error) => void) | undefined;
};

/** An open database. */
export type Db = {
  readonly db: Kysely<Database>;
  readonly driver: DriverName;
  /** Closes the pool or the embedded database (PGlite flushes its files). */
  readonly close: () => Promise<void>;
};

/** The repository root, three folders above this file (packages/db/src). */
export const REPOSITORY_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Where the embedded database keeps its files when no folder is given. */
export const DEFAULT_PGLITE_DIR = resolve(REPOSITORY_ROOT, '.data/pglite');

/*
 * Type parsing, decided once for both drivers (PostgreSQL type OIDs):
 * - date (1082) and date[] (1182): the ISO text 'YYYY-MM-DD', never a JS Date (no time-zone shifts); this is the
 *   domain's IsoDate.
 * - int8 (20, e.g. count(*)) and int8[] (1016): number. Counts and our ids stay far below 2^53.
 * - numeric (1700) and numeric[] (1231): number. Scores, targets and averages fit a double.
 * - timestamptz (1184) and timestamp (1114): JS Date (both drivers' default), an instant, not a calendar day.
 * - json/jsonb: parsed (both drivers' default).
 */
const OID = { INT8: 20, DATE: 1082, NUMERIC: 1700, INT8_ARRAY: 1016, DATE_ARRAY: 1182, NUMERIC_ARRAY: 1231 } as const;

const toNumber = (value: string): number => Number(value);
const identity = (value: string): string => value;

/** PGlite parses arrays with the element parser, so element types are enough. */
const PGLITE_PARSERS = { [OID.INT8]: toNumber, [OID.NUMERIC]: toNumber, [OID.DATE]: identity };

/** pg's own text[] parser, then each element through `parse`. */
const TEXT_ARRAY = 1009;
const parseArray =
  <T>(parse: (value: string) => T) =>
  (value: string): (T | null)[] =>
    (
      pg.types.getTypeParser(TEXT_ARRAY as Parameters<typeof pg.types.getTypeParser>[0], 'text')(value) as (
        | string
        | null
      )[]
    ).map((v) => (v === null ? null : parse(v)));

const PG_PARSERS: Readonly<Record<number, (value: string) => unknown>> = {
  [OID.INT8]: toNumber,
  [OID.NUMERIC]: toNumber,
  [OID.DATE]: identity,
  [OID.INT8_ARRAY]: parseArray(toNumber),
  [OID.NUMERIC_ARRAY]: parseArray(toNumber),
  [OID.DATE_ARRAY]: parseArray(identity),
};

/** The `types` of a `pg` pool: ours first, then pg's defaults. Per pool, so nothing global is changed. */
const pgTypes = {
  getTypeParser: (oid: number, format?: 'text' | 'binary') =>
    (format ?? 'text') === 'text' && PG_PARSERS[oid] ? PG_PARSERS[oid] : pg.types.getTypeParser(oid, format as 'text'),
};

const logOf =
  (onQuery: DbConfig['onQuery']) =>
  (event: LogEvent): void => {
    if (!onQuery) return;
    const base = {
      sql: event.query.sql,
      parameters: event.query.parameters,
      durationMs: event.queryDurationMillis,
    };
    onQuery(event.level === 'error' ? { ...base, error: event.error } : base);
  };

/**
 * A driver that lets one user at a time hold PGlite's single connection: a statement outside a transaction holds
 * it for that statement, a transaction from BEGIN to COMMIT/ROLLBACK. Kysely's PGlite driver shares one
 * connection object, so without this two transactions started together would mix their statements (and the
 * second BEGIN would overwrite the first's commit handle). Inside a transaction, use its `trx`: a statement on
 * the outer `db` waits for the transaction to end.
 */
class SerialDriver implements Driver {
  readonly #inner: Driver;
  readonly #mutex = new Mutex();
  #release: (() => void) | undefined;

  constructor(inner: Driver) {
    this.#inner = inner;
  }
  init(options?: AbortableOperationOptions): Promise<void> {
    return this.#inner.init(options);
  }
  async acquireConnection(options?: AbortableOperationOptions): Promise<DatabaseConnection> {
    const release = await this.#mutex.lock();
    try {
      const connection = await this.#inner.acquireConnection(options);
      this.#release = release;
      return connection;
    } catch (error) {
      release();
      throw error;
    }
  }
  async releaseConnection(connection: DatabaseConnection, options?: AbortableOperationOptions): Promise<void> {
    const release = this.#release;
    this.#release = undefined;
    try {
      await this.#inner.releaseConnection(connection, options);
    } finally {
      release?.();
    }
  }
  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.#inner.beginTransaction(connection, settings);
  }
  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#inner.commitTransaction(connection);
  }
  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#inner.rollbackTransaction(connection);
  }
  async savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    await this.#inner.savepoint?.(connection, name, compile);
  }
  async rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    await this.#inner.rollbackToSavepoint?.(connection, name, compile);
  }
  async releaseSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']) {
    await this.#inner.releaseSavepoint?.(connection, name, compile);
  }
  destroy(options?: AbortableOperationOptions): Promise<void> {
    return this.#inner.destroy(options);
  }
}

/** Kysely's own PGlite dialect with statements and transactions serialised over the one connection. */
class SerialPGliteDialect extends PGliteDialect {
  override createDriver(): Driver {
    return new SerialDriver(super.createDriver());
  }
}

/** Raw handles of the databases this module opened, for bulk loading (COPY) in the seed. */
export type RawHandle =
  | { readonly kind: 'pglite'; readonly pglite: PGlite }
  | { readonly kind: 'pg'; readonly pool: pg.Pool };

const rawHandles = new WeakMap<Kysely<Database>, RawHandle>();

/** The raw PGlite instance or `pg` pool behind a Kysely made by {@link createDb}, or undefined. */
export const rawHandleOf = (db: Kysely<Database>): RawHandle | undefined => rawHandles.get(db);

const openPglite = async (dataDir: string, statementTimeoutMs: number | undefined): Promise<PGlite> => {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const pglite = new PGlite({ dataDir, parsers: PGLITE_PARSERS });
  await pglite.waitReady;
  if (statementTimeoutMs !== undefined) await pglite.exec(`set statement_timeout = ${Math.trunc(statementTimeoutMs)}`);
  return pglite;
};

/**
 * Opens the database: a `pg` pool when `url` is given (`DATABASE_URL`), otherwise the embedded PGlite with its
 * files in `dataDir` (default `.data/pglite` at the repository root; `memory://` for tests). Both return dates
 * as 'YYYY-MM-DD' strings, int8 and numeric as numbers, timestamptz as Date.
 */
export const createDb = async (config: DbConfig = {}): Promise<Db> => {
  const log = logOf(config.onQuery);
  if (config.url) {
    const pool = new pg.Pool({
      connectionString: config.url,
      max: config.poolSize ?? 10,
      types: pgTypes,
      ...(config.statementTimeoutMs === undefined ? {} : { statement_timeout: Math.trunc(config.statementTimeoutMs) }),
    });
    // Without a listener an idle client's error (a server restart) would crash the process.
    pool.on('error', config.onPoolError ?? ((error) => console.error(`database pool: ${error.message}`)));
    const dialect: Dialect = new PostgresDialect({ pool });
    const db = new Kysely<Database>({ dialect, log });
    rawHandles.set(db, { kind: 'pg', pool });
    return { db, driver: 'pg', close: () => db.destroy() };
  }
  const pglite = await openPglite(config.dataDir ?? DEFAULT_PGLITE_DIR, config.statementTimeoutMs);
  const db = new Kysely<Database>({ dialect: new SerialPGliteDialect({ pglite }), log });
  rawHandles.set(db, { kind: 'pglite', pglite });
  return { db, driver: 'pglite', close: () => db.destroy() };
};
