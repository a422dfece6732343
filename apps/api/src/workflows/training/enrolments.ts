import { changeEnrolmentStatus, type EnrolmentStatus, enrol } from '@kinerja/domain';
import { sql } from 'kysely';
import { requireAdminOf } from '../../auth/access.js';
import { builder } from '../../builder.js';
import { audit, updateVersioned } from '../../mutation/audit.js';
import { defineMutation } from '../../mutation/define.js';
import { refreshFacts } from '../../mutation/refresh-facts.js';
import type { TxContext } from '../../mutation/run.js';
import {
  fail,
  fromDomainError,
  type UserError,
  UserErrorType,
  UserFault,
  userError,
} from '../../mutation/user-error.js';
import { enumType } from '../../query/list-types.js';
import { EmployeeType } from '../../schema/employee.js';
import type { DbRow } from '../../schema/rows.js';
import { EnrolmentType, SessionType } from '../../schema/training.js';
import { closeResolvedTrainingGaps, generateRecommendations } from '../recommendations/generate.js';
import { decodeKey, keyOf, lockSession, moveWaitlistUp, optionalText, placesOf } from './common.js';

/** The most employees or enrolments one bulk mutation takes. */
const MAX_BULK = 1000;

const bulk = <T>(items: readonly T[], field: string): readonly T[] => {
  if (items.length === 0) fail('INVALID_INPUT', 'give at least one', ['input', field]);
  if (items.length > MAX_BULK) fail('INVALID_INPUT', `at most ${MAX_BULK} at once`, ['input', field]);
  return items;
};

// ---------------------------------------------------------------------------------------------------------------
// enrolEmployees

const OUTCOMES = ['ENROLLED', 'WAITLISTED', 'REFUSED'] as const;
type Outcome = (typeof OUTCOMES)[number];
const EnrolmentOutcome = enumType(
  'EnrolmentOutcome',
  OUTCOMES,
  'What became of one employee of a bulk enrolment: a place, the waitlist, or refused with the reason (DEV-3).',
);

type EnrolResult = {
  readonly outcome: Outcome;
  readonly employee: DbRow<'employee'> | null;
  readonly enrolment: DbRow<'enrolment'> | null;
  readonly error: UserError | null;
};

const EnrolResultType = builder.objectRef<EnrolResult>('EnrolEmployeeResult').implement({
  description: 'One employee of a bulk enrolment, in the order given: enrolled, waitlisted, or refused and why.',
  fields: (t) => ({
    outcome: t.field({
      type: EnrolmentOutcome,
      description: 'What became of the employee.',
      resolve: (r) => r.outcome,
    }),
    employee: t.field({
      type: EmployeeType,
      nullable: true,
      description: 'The employee (null when the ID names none the admin may enrol).',
      resolve: (r) => r.employee,
    }),
    enrolment: t.field({
      type: EnrolmentType,
      nullable: true,
      description: 'The enrolment made (null when refused).',
      resolve: (r) => r.enrolment,
    }),
    reason: t.field({
      type: UserErrorType,
      nullable: true,
      description: 'Why the employee was refused (null unless REFUSED).',
      resolve: (r) => r.error,
    }),
  }),
});

defineMutation({
  name: 'enrolEmployees',
  description:
    'Enrols one or many employees on a session (DEV-3), with a result per employee: ENROLLED while places are free, then WAITLISTED; REFUSED (with the reason) when already on it, outside the program’s instansi, or the session has started or is cancelled. The others are still enrolled. ADMIN of the program’s instansi.',
  input: (t) => ({
    sessionId: t.id({ required: true, description: 'The session.' }),
    employeeIds: t.idList({ required: true, description: 'The employees, in the order they take places.' }),
  }),
  run: async (tx, input) => {
    const sessionId = keyOf(input.sessionId, 'TrainingSession', ['sessionId']);
    const ids = bulk(input.employeeIds.map(String), 'employeeIds');
    // The lock on the session serialises every enrolment on it: the count below cannot change until commit.
    const locked = await lockSession(tx, sessionId, ['sessionId']);
    const { session, program } = locked;
    if (session.cancelled_at !== null)
      fail('INVALID_STATE', `training session ${sessionId} is cancelled`, ['input', 'sessionId'], 'DEV-3');
    const keys = ids.map((id) => decodeKey(id, 'Employee'));
    const wanted = [...new Set(keys.filter((k): k is number => k !== null))];
    const [employees, existing] = await Promise.all([
      wanted.length === 0 ? [] : tx.db.selectFrom('employee').selectAll().where('id', 'in', wanted).execute(),
      wanted.length === 0
        ? []
        : tx.db
            .selectFrom('enrolment')
            .selectAll()
            .where('session_id', '=', sessionId)
            .where('employee_id', 'in', wanted)
            .execute(),
    ]);
    const employeeOf = new Map(employees.map((e) => [e.id, e]));
    const enrolmentOf = new Map(existing.map((e) => [e.employee_id, e]));
    let { held, lastPosition } = await placesOf(tx, sessionId);
    const seen = new Set<number>();
    const plans: {
      index: number;
      employee: DbRow<'employee'>;
      status: 'ENROLLED' | 'WAITLISTED';
      position: number | null;
      withdrawn: DbRow<'enrolment'> | undefined;
    }[] = [];
    const results: EnrolResult[] = ids.map((id, index) => {
      const field = ['input', 'employeeIds', String(index)];
      const refused = (employee: DbRow<'employee'> | null, error: UserError): EnrolResult => ({
        outcome: 'REFUSED',
        employee,
        enrolment: null,
        error,
      });
      const key = keys[index] ?? null;
      if (key === null)
        return refused(null, userError('INVALID_INPUT', `"${id.slice(0, 40)}" is not the ID of an Employee`, field));
      const employee = employeeOf.get(key);
      if (!employee || employee.instansi_id !== program.instansi_id)
        return refused(
          null,
          userError('NOT_FOUND', `employee ${key} is not an employee of the program’s instansi`, field),
        );
      if (seen.has(key))
        return refused(employee, userError('DUPLICATE', `employee ${employee.nip} is given twice`, field, 'DEV-3'));
      seen.add(key);
      const before = enrolmentOf.get(key);
      const decision = enrol({
        session: { capacity: session.capacity, startDate: session.start_date as never },
        enrolledCount: held,
        alreadyEnrolled: before !== undefined && before.status !== 'WITHDRAWN',
        today: tx.today,
      });
      if (!decision.ok)
        return refused(
          employee,
          fromDomainError(
            decision.error,
            decision.error.code === 'ALREADY_ENROLLED' ? 'DUPLICATE' : 'INVALID_STATE',
            field,
          ),
        );
      const status = decision.value.status;
      if (status === 'ENROLLED') held += 1;
      else lastPosition += 1;
      plans.push({
        index,
        employee,
        status,
        position: status === 'WAITLISTED' ? lastPosition : null,
        withdrawn: before,
      });
      return { outcome: status, employee, enrolment: null, error: null };
    });

    const fresh = plans.filter((p) => p.withdrawn === undefined);
    const inserted =
      fresh.length === 0
        ? []
        : await tx.db
            .insertInto('enrolment')
            .values(
              fresh.map((p) => ({
                session_id: sessionId,
                employee_id: p.employee.id,
                status: p.status,
                waitlist_position: p.position,
              })),
            )
            .returningAll()
            .execute();
    await audit(
      tx,
      inserted.map((e) => ({ entity: 'enrolment', entityId: e.id, new: e, reason: 'enrolled (DEV-3)' })),
    );
    const made = new Map<number, DbRow<'enrolment'>>(inserted.map((e) => [e.employee_id, e]));
    // A withdrawn employee comes back on the same row (one enrolment per employee and session).
    for (const p of plans)
      if (p.withdrawn)
        made.set(
          p.employee.id,
          (await updateVersioned(tx, {
            table: 'enrolment',
            id: p.withdrawn.id,
            version: null,
            set: { status: p.status, waitlist_position: p.position, enrolled_at: new Date().toISOString() },
            reason: 'enrolled again after withdrawing (DEV-3)',
          })) as DbRow<'enrolment'>,
        );
    for (const p of plans) {
      const r = results[p.index];
      if (r) results[p.index] = { ...r, enrolment: made.get(p.employee.id) ?? null };
    }
    // Planned JP change for those who took a place (DEV-1), and with it the year's JP status (REC-2).
    const placed = plans.filter((p) => p.status === 'ENROLLED').map((p) => p.employee.id);
    await refreshFacts(tx, placed);
    await closeResolvedTrainingGaps(tx, placed, Number(session.start_date.slice(0, 4)));
    const after = await tx.db
      .selectFrom('training_session')
      .selectAll()
      .where('id', '=', sessionId)
      .executeTakeFirstOrThrow();
    return { session: after, results };
  },
  payload: (t) => ({
    session: t.field({ type: SessionType, nullable: true, description: 'The session.', resolve: (p) => p.session }),
    results: t.field({
      type: [EnrolResultType],
      nullable: true,
      description: 'A result per employee, in the order given.',
      resolve: (p) => p.results,
    }),
  }),
});

// ---------------------------------------------------------------------------------------------------------------
// withdrawEnrolment

defineMutation({
  name: 'withdrawEnrolment',
  description:
    'Withdraws an enrolment (DEV-3). When it held a place and the session has not started, the first on the waitlist moves up to ENROLLED. ADMIN of the program’s instansi.',
  input: (t) => ({
    id: t.id({ required: true, description: 'The enrolment.' }),
    version: t.int({ required: true, description: 'The version read; a newer one refuses with CONFLICT.' }),
    reason: t.string({ required: false, description: 'Why (kept in the audit trail).' }),
  }),
  run: async (tx, input) => {
    const id = keyOf(input.id, 'Enrolment', ['id']);
    const found =
      (await tx.db.selectFrom('enrolment').select(['session_id']).where('id', '=', id).executeTakeFirst()) ??
      fail('NOT_FOUND', `enrolment ${id} does not exist`, ['input', 'id']);
    // The session first, as enrolEmployees does: the places cannot change under us.
    const locked = await lockSession(tx, found.session_id, ['id']);
    const current =
      (await tx.db.selectFrom('enrolment').selectAll().where('id', '=', id).executeTakeFirst()) ??
      fail('NOT_FOUND', `enrolment ${id} does not exist`, ['input', 'id']);
    if (current.version !== input.version)
      fail(
        'CONFLICT',
        `enrolment ${id} was changed by someone else (version ${current.version}, you had ${input.version}): reload it`,
        ['input', 'version'],
      );
    const change = changeEnrolmentStatus(
      { status: current.status as EnrolmentStatus, programJp: locked.program.jp },
      'WITHDRAWN',
    );
    if (!change.ok) throw new UserFault([fromDomainError(change.error, 'INVALID_STATE', ['input', 'id'])]);
    const enrolment = (await updateVersioned(tx, {
      table: 'enrolment',
      id,
      version: input.version,
      set: { status: 'WITHDRAWN', waitlist_position: null },
      reason: optionalText(input.reason, ['reason']),
    })) as DbRow<'enrolment'>;
    const promoted = current.status === 'WAITLISTED' ? [] : await moveWaitlistUp(tx, locked);
    await refreshFacts(tx, [enrolment.employee_id, ...promoted.map((e) => e.employee_id)]);
    // REC-2: the year's JP status changed (recorded once per rule, employee and year).
    await generateRecommendations(tx, [enrolment.employee_id], {
      kind: 'JP_STATUS',
      year: Number(tx.today.slice(0, 4)),
    });
    return { enrolment, promoted };
  },
  payload: (t) => ({
    enrolment: t.field({
      type: EnrolmentType,
      nullable: true,
      description: 'The withdrawn enrolment.',
      resolve: (p) => p.enrolment,
    }),
    promoted: t.field({
      type: [EnrolmentType],
      nullable: true,
      description: 'The waitlisted enrolment that took the freed place, if any.',
      resolve: (p) => p.promoted,
    }),
  }),
});

// ---------------------------------------------------------------------------------------------------------------
// recordAttendance, recordCompletions: all or nothing

type Target = DbRow<'enrolment'> & { program_jp: number; instansi_id: number; end_date: string };
type Change = {
  readonly status: EnrolmentStatus;
  readonly jpCredited: number | null;
  readonly score: number | null;
  readonly completedOn: string | null;
};

/**
 * Applies a status change to many enrolments in one go: locks them, checks each (exists, the viewer is an ADMIN
 * of its program's instansi, its version, the domain's status machine) and refuses the whole batch with every
 * problem if any; otherwise one update, one audit statement (a row per changed field) and the facts refreshed.
 */
const applyChanges = async (
  tx: TxContext,
  field: string,
  items: readonly { readonly id: string | number; readonly version: number }[],
  decide: (target: Target, index: number) => { ok: true; change: Change } | { ok: false; error: UserError },
): Promise<DbRow<'enrolment'>[]> => {
  bulk(items, field);
  const keys = items.map((item, i) => keyOf(item.id, 'Enrolment', [field, String(i), 'id']));
  const unique = [...new Set(keys)];
  if (unique.length !== keys.length) fail('INVALID_INPUT', 'an enrolment is given twice', ['input', field]);
  const { rows } = await sql<Target>`select e.*, p.jp as program_jp, p.instansi_id, s.end_date
      from enrolment e join training_session s on s.id = e.session_id join training_program p on p.id = s.program_id
      where e.id in (${sql.join(unique)}) order by e.id for update of e`.execute(tx.db);
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const instansiId of new Set(rows.map((r) => r.instansi_id))) requireAdminOf(tx, instansiId);
  const errors: UserError[] = [];
  const changes: { target: Target; change: Change }[] = [];
  items.forEach((item, i) => {
    const key = keys[i] as number;
    const target = byId.get(key);
    if (!target) {
      errors.push(userError('NOT_FOUND', `enrolment ${key} does not exist`, ['input', field, String(i), 'id']));
      return;
    }
    if (target.version !== item.version) {
      errors.push(
        userError(
          'CONFLICT',
          `enrolment ${key} was changed by someone else (version ${target.version}, you had ${item.version}): reload it`,
          ['input', field, String(i), 'version'],
        ),
      );
      return;
    }
    const decided = decide(target, i);
    if (decided.ok) changes.push({ target, change: decided.change });
    else errors.push(decided.error);
  });
  if (errors.length > 0) throw new UserFault(errors.slice(0, 50));
  const values = sql.join(
    changes.map(
      ({ target, change }) =>
        sql`(${target.id}::int, ${change.status}::text, ${change.jpCredited}::int, ${change.score}::numeric, ${change.completedOn}::date)`,
    ),
  );
  const { rows: updated } = await sql<DbRow<'enrolment'>>`update enrolment set status = v.status,
      jp_credited = v.jp, score = v.score, completed_on = v.completed_on, version = enrolment.version + 1
    from (values ${values}) as v(id, status, jp, score, completed_on) where enrolment.id = v.id
    returning enrolment.*`.execute(tx.db);
  const after = new Map(updated.map((r) => [r.id, r]));
  await audit(
    tx,
    changes.flatMap(({ target }) => {
      const now = after.get(target.id) as DbRow<'enrolment'>;
      return (['status', 'jp_credited', 'score', 'completed_on'] as const)
        .filter((c) => JSON.stringify(target[c]) !== JSON.stringify(now[c]))
        .map((c) => ({ entity: 'enrolment', entityId: target.id, field: c, old: target[c], new: now[c] }));
    }),
  );
  return keys.map((k) => after.get(k) as DbRow<'enrolment'>);
};

const transition = (
  target: Target,
  to: EnrolmentStatus,
  path: readonly string[],
  jp?: number,
): { ok: true; jpCredited: number | null } | { ok: false; error: UserError } => {
  const change = changeEnrolmentStatus(
    { status: target.status as EnrolmentStatus, programJp: target.program_jp },
    to,
    jp,
  );
  if (change.ok) return { ok: true, jpCredited: change.value.jpCredited };
  const code = change.error.code === 'INVALID_TRANSITION' ? 'INVALID_STATE' : 'INVALID_INPUT';
  const at = change.error.path ? [...path, change.error.path] : path;
  return {
    ok: false,
    error: userError(code, `enrolment ${target.id}: ${change.error.message}`, at, change.error.code),
  };
};

const EnrolmentEntry = builder.inputType('EnrolmentVersionInput', {
  description: 'An enrolment and the version read.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The enrolment.' }),
    version: t.int({ required: true, description: 'The version read; a newer one refuses with CONFLICT.' }),
  }),
});

defineMutation({
  name: 'recordAttendance',
  description:
    'Records that enrolled employees attended (ENROLLED → ATTENDED, DEV-3), all or nothing: any refusal writes none. ADMIN of the programs’ instansi.',
  input: (t) => ({
    enrolments: t.field({ type: [EnrolmentEntry], required: true, description: 'The enrolments that attended.' }),
  }),
  run: async (tx, input) => {
    const enrolments = await applyChanges(tx, 'enrolments', input.enrolments, (target, i) => {
      const moved = transition(target, 'ATTENDED', ['input', 'enrolments', String(i)]);
      return moved.ok
        ? { ok: true, change: { status: 'ATTENDED', jpCredited: null, score: null, completedOn: null } }
        : moved;
    });
    return { enrolments };
  },
  payload: (t) => ({
    enrolments: t.field({
      type: [EnrolmentType],
      nullable: true,
      description: 'The enrolments, now ATTENDED.',
      resolve: (p) => p.enrolments,
    }),
  }),
});

const COMPLETION_OUTCOMES = ['COMPLETED', 'FAILED'] as const;
const CompletionOutcome = enumType('CompletionOutcome', COMPLETION_OUTCOMES, 'How an attended enrolment ends (DEV-3).');

const CompletionEntry = builder.inputType('CompletionInput', {
  description: 'The result of one attended enrolment.',
  fields: (t) => ({
    id: t.id({ required: true, description: 'The enrolment.' }),
    version: t.int({ required: true, description: 'The version read; a newer one refuses with CONFLICT.' }),
    outcome: t.field({ type: CompletionOutcome, required: true, description: 'COMPLETED or FAILED.' }),
    score: t.float({ required: false, description: 'Score (nilai), 0 to 100 with at most two decimals.' }),
    jp: t.int({
      required: false,
      description: 'JP credited on COMPLETED (default and at most: the program’s JP, DEV-1); none on FAILED.',
    }),
    completedOn: t.field({
      type: 'Date',
      required: false,
      description: 'Day of completion (COMPLETED only; default: the session’s last day, or today if earlier).',
    }),
  }),
});

defineMutation({
  name: 'recordCompletions',
  description:
    'Records the results of attended enrolments in bulk: COMPLETED (with the JP credited, DEV-1) or FAILED, with a score. All or nothing: any refusal writes none. The employees’ JP status is refreshed. ADMIN of the programs’ instansi.',
  input: (t) => ({
    completions: t.field({ type: [CompletionEntry], required: true, description: 'The results, one per enrolment.' }),
  }),
  run: async (tx, input) => {
    const enrolments = await applyChanges(tx, 'completions', input.completions, (target, i) => {
      const entry = input.completions[i];
      const path = ['input', 'completions', String(i)];
      if (!entry) return { ok: false, error: userError('INVALID_INPUT', 'missing entry', path) };
      const score = entry.score ?? null;
      if (
        score !== null &&
        !(Number.isFinite(score) && score >= 0 && score <= 100 && Math.round(score * 100) === score * 100)
      )
        return {
          ok: false,
          error: userError('INVALID_INPUT', `a score is 0 to 100 with at most two decimals, not ${score}`, [
            ...path,
            'score',
          ]),
        };
      const completed = entry.outcome === 'COMPLETED';
      if (!completed && entry.completedOn != null)
        return {
          ok: false,
          error: userError('INVALID_INPUT', 'only a completion has a completion day', [...path, 'completedOn']),
        };
      const moved = transition(target, entry.outcome as EnrolmentStatus, path, entry.jp ?? undefined);
      if (!moved.ok) return moved;
      const completedOn = completed ? (entry.completedOn ?? ([tx.today, target.end_date].sort()[0] as string)) : null;
      return {
        ok: true,
        change: { status: entry.outcome as EnrolmentStatus, jpCredited: moved.jpCredited, score, completedOn },
      };
    });
    // JP done and planned change (DEV-1): the employees' facts are refreshed in this transaction.
    await refreshFacts(
      tx,
      enrolments.map((e) => e.employee_id),
    );
    // REC-2: the year's JP status changed (recorded once per rule, employee and year).
    await generateRecommendations(
      tx,
      enrolments.map((e) => e.employee_id),
      { kind: 'JP_STATUS', year: Number(tx.today.slice(0, 4)) },
    );
    return { enrolments };
  },
  payload: (t) => ({
    enrolments: t.field({
      type: [EnrolmentType],
      nullable: true,
      description: 'The enrolments with their results.',
      resolve: (p) => p.enrolments,
    }),
  }),
});
