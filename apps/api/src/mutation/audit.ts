import type { Database } from '@kinerja/db';
import { type Selectable, sql } from 'kysely';
import type { TxContext } from './run.js';
import { fail } from './user-error.js';

/** One audit row: who (the viewer), when (now), which object, which field, old and new value, and why. */
export type AuditEntry = {
  readonly entity: string;
  readonly entityId: number;
  readonly field?: string | null;
  readonly old?: unknown;
  readonly new?: unknown;
  readonly reason?: string | null;
};

const asJson = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

/** Writes audit rows in the mutation's transaction (one statement however many). */
export const audit = async (tx: TxContext, entries: readonly AuditEntry[]): Promise<void> => {
  if (entries.length === 0) return;
  await tx.db
    .insertInto('audit_log')
    .values(
      entries.map((e) => ({
        actor_id: tx.viewer.userId,
        actor: tx.viewer.username,
        request_id: tx.requestId,
        entity: e.entity,
        entity_id: e.entityId,
        field: e.field ?? null,
        old: asJson(e.old),
        new: asJson(e.new),
        reason: e.reason ?? null,
      })),
    )
    .execute();
};

type Row = Record<string, unknown>;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Updates one versioned row: refuses with NOT_FOUND when it is gone and CONFLICT when its version is not the one
 * the user read (someone else changed it), then sets the columns, bumps the version and writes one audit row per
 * changed column. Returns the row after the change.
 */
export const updateVersioned = async <T extends keyof Database & string>(
  tx: TxContext,
  input: {
    readonly table: T;
    readonly id: number;
    /** The version the user read; null skips the check (a system change such as a refresh). */
    readonly version: number | null;
    readonly set: Readonly<Record<string, unknown>>;
    readonly reason?: string | null;
    /** The audit entity name (default: the table). */
    readonly entity?: string;
  },
): Promise<Selectable<Database[T]>> => {
  const { rows } = await sql<Row>`select * from ${sql.table(input.table)} where id = ${input.id} for update`.execute(
    tx.db,
  );
  const before = rows[0];
  if (!before) return fail('NOT_FOUND', `${input.entity ?? input.table} ${input.id} does not exist`, ['input', 'id']);
  if (input.version !== null && before.version !== input.version)
    return fail(
      'CONFLICT',
      `${input.entity ?? input.table} ${input.id} was changed by someone else (version ${String(before.version)}, you had ${input.version}): reload it`,
      ['input', 'version'],
    );
  const changed = Object.entries(input.set).filter(([column, value]) => !same(before[column], value));
  if (changed.length === 0) return before as Selectable<Database[T]>;
  const assignments = changed.map(([column, value]) => sql`${sql.ref(column)} = ${value}`);
  const { rows: after } = await sql<Row>`update ${sql.table(input.table)} set ${sql.join(assignments)},
    version = version + 1 where id = ${input.id} returning *`.execute(tx.db);
  await audit(
    tx,
    // `updated_at` says when, which the audit row already records.
    changed
      .filter(([column]) => column !== 'updated_at')
      .map(([column, value]) => ({
        entity: input.entity ?? input.table,
        entityId: input.id,
        field: column,
        old: before[column],
        new: value,
        reason: input.reason ?? null,
      })),
  );
  return after[0] as Selectable<Database[T]>;
};
