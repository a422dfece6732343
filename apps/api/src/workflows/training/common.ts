import { decodeGlobalID } from '@pothos/plugin-relay';
import { sql } from 'kysely';
import { requireAdminOf } from '../../auth/access.js';
import { builder } from '../../builder.js';
import { updateVersioned } from '../../mutation/audit.js';
import type { TxContext } from '../../mutation/run.js';
import { fail } from '../../mutation/user-error.js';
import { reads } from '../../query/columns.js';
import type { DbRow } from '../../schema/rows.js';
import { EnrolmentType, ProgramType, SessionType } from '../../schema/training.js';

/** DEV-3: the statuses of an enrolment that hold one of the session's places. */
export const HOLDS_PLACE = ['ENROLLED', 'ATTENDED', 'COMPLETED', 'FAILED'] as const;

/** The database key of a global ID of the given type, or null when it is not one. */
export const decodeKey = (globalId: string, typename: string): number | null => {
  try {
    const decoded = decodeGlobalID(globalId);
    const id = Number(decoded.id);
    return decoded.typename === typename && Number.isSafeInteger(id) && id > 0 ? id : null;
  } catch {
    return null;
  }
};

/** The database key of a global ID of the given type, or INVALID_INPUT naming the field. */
export const keyOf = (globalId: string | number, typename: string, field: readonly string[]): number =>
  decodeKey(String(globalId), typename) ??
  fail('INVALID_INPUT', `"${String(globalId).slice(0, 40)}" is not the ID of a ${typename}`, ['input', ...field]);

/** Trimmed text that must not be blank, at most `max` characters. */
export const requiredText = (text: string, field: readonly string[], what: string, max = 200): string => {
  const value = text.trim();
  if (value === '') return fail('INVALID_INPUT', `give ${what}`, ['input', ...field]);
  if (value.length > max) return fail('INVALID_INPUT', `${what}: at most ${max} characters`, ['input', ...field]);
  return value;
};

/** Optional trimmed text: blank is null; at most `max` characters. */
export const optionalText = (text: string | null | undefined, field: readonly string[], max = 2000): string | null => {
  const value = text?.trim() ?? '';
  if (value.length > max) return fail('INVALID_INPUT', `at most ${max} characters`, ['input', ...field]);
  return value === '' ? null : value;
};

/** The program, or NOT_FOUND; refuses unless the viewer is an ADMIN of its instansi. */
export const adminProgram = async (
  tx: TxContext,
  id: number,
  field: readonly string[],
): Promise<DbRow<'training_program'>> => {
  const program =
    (await tx.db.selectFrom('training_program').selectAll().where('id', '=', id).executeTakeFirst()) ??
    fail('NOT_FOUND', `training program ${id} does not exist`, ['input', ...field]);
  requireAdminOf(tx, program.instansi_id);
  return program;
};

/** A session locked for the rest of the transaction, with its program. */
export type LockedSession = {
  readonly session: DbRow<'training_session'>;
  readonly program: DbRow<'training_program'>;
};

/**
 * Locks the session's row (`for update`): every change to who holds its places (enrol, withdraw, capacity) goes
 * through this lock, so two requests never both take the last place (DEV-3). NOT_FOUND when it does not exist;
 * FORBIDDEN unless the viewer is an ADMIN of the program's instansi.
 */
export const lockSession = async (tx: TxContext, id: number, field: readonly string[]): Promise<LockedSession> => {
  const { rows } = await sql<
    DbRow<'training_session'>
  >`select * from training_session where id = ${id} for update`.execute(tx.db);
  const session = rows[0] ?? fail('NOT_FOUND', `training session ${id} does not exist`, ['input', ...field]);
  const program = await tx.db
    .selectFrom('training_program')
    .selectAll()
    .where('id', '=', session.program_id)
    .executeTakeFirstOrThrow();
  requireAdminOf(tx, program.instansi_id);
  return { session, program };
};

/** The places of the session held now (ENROLLED, ATTENDED, COMPLETED, FAILED) and the last waitlist position. */
export const placesOf = async (tx: TxContext, sessionId: number): Promise<{ held: number; lastPosition: number }> => {
  const row = await tx.db
    .selectFrom('enrolment')
    .select([
      sql<number>`count(*) filter (where status in ('ENROLLED', 'ATTENDED', 'COMPLETED', 'FAILED'))::int`.as('held'),
      sql<number>`coalesce(max(waitlist_position), 0)::int`.as('last'),
    ])
    .where('session_id', '=', sessionId)
    .executeTakeFirstOrThrow();
  return { held: Number(row.held), lastPosition: Number(row.last) };
};

/**
 * DEV-3: the waitlist moves up: while places are free and the session has not started, the first waitlisted
 * (lowest position) becomes ENROLLED, audited. Call with the session locked. Returns the promoted enrolments.
 */
export const moveWaitlistUp = async (tx: TxContext, locked: LockedSession): Promise<DbRow<'enrolment'>[]> => {
  const { session } = locked;
  if (session.cancelled_at !== null || tx.today >= session.start_date) return [];
  const { held } = await placesOf(tx, session.id);
  const free = session.capacity - held;
  if (free <= 0) return [];
  const next = await tx.db
    .selectFrom('enrolment')
    .select('id')
    .where('session_id', '=', session.id)
    .where('status', '=', 'WAITLISTED')
    .orderBy('waitlist_position')
    .limit(free)
    .execute();
  const promoted: DbRow<'enrolment'>[] = [];
  for (const { id } of next)
    promoted.push(
      (await updateVersioned(tx, {
        table: 'enrolment',
        id,
        version: null,
        set: { status: 'ENROLLED', waitlist_position: null },
        reason: 'a place freed on the session: the first on the waitlist moves up (DEV-3)',
      })) as DbRow<'enrolment'>,
    );
  return promoted;
};

// The version every edit must name (stale → CONFLICT), and whether a session is cancelled.
builder.objectField(ProgramType, 'version', (t) =>
  t.int({ ...reads('version'), description: 'The version to name when changing it.', resolve: (p) => p.version }),
);
builder.objectField(SessionType, 'version', (t) =>
  t.int({ ...reads('version'), description: 'The version to name when changing it.', resolve: (s) => s.version }),
);
builder.objectField(SessionType, 'cancelled', (t) =>
  t.boolean({
    ...reads('cancelled_at'),
    description: 'Cancelled sessions take no enrolments; their enrolments were withdrawn.',
    resolve: (s) => s.cancelled_at !== null,
  }),
);
builder.objectField(SessionType, 'cancelReason', (t) =>
  t.string({
    ...reads('cancel_reason'),
    nullable: true,
    description: 'Why the session was cancelled.',
    resolve: (s) => s.cancel_reason,
  }),
);
builder.objectField(EnrolmentType, 'version', (t) =>
  t.int({ ...reads('version'), description: 'The version to name when changing it.', resolve: (e) => e.version }),
);
