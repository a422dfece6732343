/**
 * @kinerja/db: Kinerja's PostgreSQL schema (migrations), the generated Kysely types, connections (embedded PGlite
 * or a server) and the demo seed.
 */
export {
  createDb,
  type Db,
  type DbConfig,
  DEFAULT_PGLITE_DIR,
  type DriverName,
  type QueryEvent,
} from './create-db.js';
export type * from './database.js';
export type { DB as Database } from './database.js';
export { createMigrator, MigrationError, migrateToLatest } from './migrate.js';
export { hashPassword, verifyPassword } from './password.js';
export * from './seed/index.js';
