import type { Database } from '@kinerja/db';
import { type Kysely, sql } from 'kysely';
import type { Viewer } from '../auth/viewer.js';
import type { Context } from '../context.js';
import { type UserError, UserFault, userError } from './user-error.js';

/** A mutation's view of the request: inside its transaction, signed in. */
export type TxContext = Context & { readonly viewer: Viewer };

/** How many times a transaction is tried when the database aborts it for a serialisation failure or deadlock. */
export const MAX_ATTEMPTS = 5;

const RETRYABLE = new Set(['40001', '40P01']);
const sqlState = (e: unknown): string | undefined =>
  typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
const constraintOf = (e: unknown): string | undefined =>
  typeof e === 'object' && e !== null && 'constraint' in e && typeof e.constraint === 'string'
    ? e.constraint
    : undefined;

const pause = (attempt: number) =>
  new Promise((resolve) => setTimeout(resolve, 5 * 2 ** attempt + Math.floor(Math.random() * 10)));

/**
 * Runs `work` in one transaction: everything it writes (rows, audit rows, refreshed facts) commits together or not
 * at all. A serialisation failure or deadlock is retried up to {@link MAX_ATTEMPTS} times. A {@link UserFault}
 * thrown inside rolls everything back and comes out as user errors; so does a unique or check constraint the
 * input broke (a race the checks before it could not see).
 */
export const inTransaction = async <T>(
  ctx: Context,
  work: (tx: TxContext) => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; errors: readonly UserError[] }> => {
  const viewer = ctx.viewer;
  if (!viewer) return { ok: false, errors: [userError('UNAUTHENTICATED', 'sign in first')] };
  for (let attempt = 1; ; attempt += 1) {
    try {
      const value = await ctx.db.transaction().execute((trx: Kysely<Database>) => work({ ...ctx.withDb(trx), viewer }));
      return { ok: true, value };
    } catch (e) {
      if (e instanceof UserFault) return { ok: false, errors: e.errors };
      const state = sqlState(e);
      if (state && RETRYABLE.has(state) && attempt < MAX_ATTEMPTS) {
        await pause(attempt);
        continue;
      }
      if (state === '23505')
        return { ok: false, errors: [userError('DUPLICATE', `it already exists (${constraintOf(e) ?? 'unique'})`)] };
      if (state === '23514' || state === '23502' || state === '22001')
        return {
          ok: false,
          errors: [userError('INVALID_INPUT', `a value is refused by the database (${constraintOf(e) ?? state})`)],
        };
      throw e;
    }
  }
};

/** Locks a row for the rest of the transaction (`select … for update`), or null when it does not exist. */
export const lockRow = async <T extends keyof Database & string>(
  tx: TxContext,
  table: T,
  id: number,
): Promise<Record<string, unknown> | null> => {
  const { rows } = await sql<
    Record<string, unknown>
  >`select * from ${sql.table(table)} where id = ${id} for update`.execute(tx.db);
  return rows[0] ?? null;
};
