import type { Kysely } from 'kysely';
import { type MigrationResultSet, Migrator } from 'kysely/migration';
import { migrations } from './migrations/index.js';

/** Kysely's migrator over the migrations in `src/migrations` (forward only: there is no `down`). */
export const createMigrator = (db: Kysely<unknown>): Migrator =>
  new Migrator({ db, provider: { getMigrations: async () => migrations } });

/** A migration run that failed: which migration and why. */
export class MigrationError extends Error {
  constructor(
    message: string,
    readonly results: MigrationResultSet['results'],
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

/**
 * Brings the schema to the latest migration: the pending ones in one transaction, under Kysely's migration lock
 * (so two processes starting together do not both migrate). Returns the names applied now; throws MigrationError
 * naming the one that failed, and then nothing of this run is applied.
 */
export const migrateToLatest = async <DB>(db: Kysely<DB>): Promise<readonly string[]> => {
  const { error, results = [] } = await createMigrator(db as unknown as Kysely<unknown>).migrateToLatest();
  if (error) {
    const failed = results.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationError(`migration ${failed} failed: ${String((error as Error).message ?? error)}`, results, {
      cause: error,
    });
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
};
