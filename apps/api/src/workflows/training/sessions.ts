import { changeEnrolmentStatus, type EnrolmentStatus } from '@kinerja/domain';
import { audit, updateVersioned } from '../../mutation/audit.js';
import { defineMutation } from '../../mutation/define.js';
import { refreshFacts } from '../../mutation/refresh-facts.js';
import { fail, fromDomainError, UserFault } from '../../mutation/user-error.js';
import type { DbRow } from '../../schema/rows.js';
import { EnrolmentType, SessionType } from '../../schema/training.js';
import { adminProgram, keyOf, lockSession, moveWaitlistUp, optionalText, placesOf, requiredText } from './common.js';

/** The most places a session can have. */
const MAX_CAPACITY = 10_000;

const capacityOf = (capacity: number): number =>
  Number.isSafeInteger(capacity) && capacity > 0 && capacity <= MAX_CAPACITY
    ? capacity
    : fail(
        'INVALID_INPUT',
        `a capacity is 1 to ${MAX_CAPACITY} places, not ${capacity}`,
        ['input', 'capacity'],
        'DEV-3',
      );

/** DEV-3: a session has dates (the last not before the first) and a place or a link. */
const checkShape = (s: { start: string; end: string; place: string | null; link: string | null }) => {
  if (s.end < s.start)
    fail('INVALID_INPUT', `the last day ${s.end} is before the first ${s.start}`, ['input', 'endDate'], 'DEV-3');
  if (s.place === null && s.link === null)
    fail('INVALID_INPUT', 'a session needs a place or a link', ['input', 'place'], 'DEV-3');
};

defineMutation({
  name: 'scheduleTrainingSession',
  description:
    'Schedules a session of a training program: dates, place or link, capacity (DEV-3). Retired programs take none. ADMIN of the program’s instansi.',
  input: (t) => ({
    programId: t.id({ required: true, description: 'The program.' }),
    startDate: t.field({ type: 'Date', required: true, description: 'First day; enrolment closes the day before.' }),
    endDate: t.field({ type: 'Date', required: true, description: 'Last day.' }),
    place: t.string({ required: false, description: 'Place (tempat); a place or a link is needed.' }),
    link: t.string({ required: false, description: 'Link for online sessions; a place or a link is needed.' }),
    capacity: t.int({ required: true, description: 'Places (kapasitas); beyond them employees are waitlisted.' }),
  }),
  run: async (tx, input) => {
    const program = await adminProgram(tx, keyOf(input.programId, 'TrainingProgram', ['programId']), ['programId']);
    if (program.retired_at !== null)
      fail('INVALID_STATE', `training program ${program.code} is retired: it takes no new sessions`, [
        'input',
        'programId',
      ]);
    const place = optionalText(input.place, ['place'], 300);
    const link = optionalText(input.link, ['link'], 500);
    checkShape({ start: input.startDate, end: input.endDate, place, link });
    const session = await tx.db
      .insertInto('training_session')
      .values({
        program_id: program.id,
        start_date: input.startDate,
        end_date: input.endDate,
        place,
        link,
        capacity: capacityOf(input.capacity),
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(tx, [{ entity: 'training_session', entityId: session.id, new: session }]);
    return { session };
  },
  payload: (t) => ({
    session: t.field({
      type: SessionType,
      nullable: true,
      description: 'The session scheduled.',
      resolve: (p) => p.session,
    }),
  }),
});

defineMutation({
  name: 'updateTrainingSession',
  description:
    'Changes a session’s dates, place, link or capacity. The capacity cannot go below the places held; when it grows the waitlist moves up (DEV-3). ADMIN of the program’s instansi.',
  input: (t) => ({
    id: t.id({ required: true, description: 'The session.' }),
    version: t.int({ required: true, description: 'The version read; a newer one refuses with CONFLICT.' }),
    startDate: t.field({ type: 'Date', required: false, description: 'First day.' }),
    endDate: t.field({ type: 'Date', required: false, description: 'Last day.' }),
    place: t.string({ required: false, description: 'Place (tempat); empty clears it.' }),
    link: t.string({ required: false, description: 'Link for online sessions; empty clears it.' }),
    capacity: t.int({ required: false, description: 'Places (kapasitas).' }),
    reason: t.string({ required: false, description: 'Why it changes (kept in the audit trail).' }),
  }),
  run: async (tx, input) => {
    const id = keyOf(input.id, 'TrainingSession', ['id']);
    const locked = await lockSession(tx, id, ['id']);
    const { session } = locked;
    if (session.cancelled_at !== null) fail('INVALID_STATE', `training session ${id} is cancelled`, ['input', 'id']);
    const next = {
      start: input.startDate ?? session.start_date,
      end: input.endDate ?? session.end_date,
      place: input.place !== undefined ? optionalText(input.place, ['place'], 300) : session.place,
      link: input.link !== undefined ? optionalText(input.link, ['link'], 500) : session.link,
      capacity: input.capacity != null ? capacityOf(input.capacity) : session.capacity,
    };
    checkShape(next);
    const { held } = await placesOf(tx, id);
    if (next.capacity < held)
      fail(
        'INVALID_STATE',
        `${held} places are held: the capacity cannot go below that (withdraw enrolments first)`,
        ['input', 'capacity'],
        'DEV-3',
      );
    const updated = (await updateVersioned(tx, {
      table: 'training_session',
      id,
      version: input.version,
      set: { start_date: next.start, end_date: next.end, place: next.place, link: next.link, capacity: next.capacity },
      reason: optionalText(input.reason, ['reason']),
    })) as DbRow<'training_session'>;
    const promoted = await moveWaitlistUp(tx, { ...locked, session: updated });
    // A start in another year moves its JP to that year (DEV-1): everyone on it is refreshed then.
    const moved = updated.start_date !== session.start_date;
    const employees = moved
      ? (
          await tx.db
            .selectFrom('enrolment')
            .select('employee_id')
            .where('session_id', '=', id)
            .where('status', '<>', 'WITHDRAWN')
            .execute()
        ).map((r) => r.employee_id)
      : promoted.map((e) => e.employee_id);
    await refreshFacts(tx, employees, moved ? [Number(session.start_date.slice(0, 4))] : []);
    return { session: updated, promoted };
  },
  payload: (t) => ({
    session: t.field({
      type: SessionType,
      nullable: true,
      description: 'The session as changed.',
      resolve: (p) => p.session,
    }),
    promoted: t.field({
      type: [EnrolmentType],
      nullable: true,
      description: 'Waitlisted enrolments that took a new place.',
      resolve: (p) => p.promoted,
    }),
  }),
});

defineMutation({
  name: 'cancelTrainingSession',
  description:
    'Cancels a session with the reason: its enrolled and waitlisted employees are withdrawn (DEV-3). Refused once results are recorded. ADMIN of the program’s instansi.',
  input: (t) => ({
    id: t.id({ required: true, description: 'The session.' }),
    version: t.int({ required: true, description: 'The version read; a newer one refuses with CONFLICT.' }),
    reason: t.string({ required: true, description: 'Why it is cancelled.' }),
  }),
  run: async (tx, input) => {
    const id = keyOf(input.id, 'TrainingSession', ['id']);
    const { session, program } = await lockSession(tx, id, ['id']);
    if (session.cancelled_at !== null && session.version === input.version)
      fail('INVALID_STATE', `training session ${id} is already cancelled`, ['input', 'id']);
    const reason = requiredText(input.reason, ['reason'], 'why the session is cancelled', 2000);
    const updated = (await updateVersioned(tx, {
      table: 'training_session',
      id,
      version: input.version,
      set: { cancelled_at: new Date().toISOString(), cancel_reason: reason },
      reason,
    })) as DbRow<'training_session'>;
    const open = await tx.db
      .selectFrom('enrolment')
      .selectAll()
      .where('session_id', '=', id)
      .where('status', '<>', 'WITHDRAWN')
      .forUpdate()
      .execute();
    const refusals = open.flatMap((e) => {
      const change = changeEnrolmentStatus({ status: e.status as EnrolmentStatus, programJp: program.jp }, 'WITHDRAWN');
      return change.ok
        ? []
        : [
            {
              ...fromDomainError(change.error, 'INVALID_STATE', ['input', 'id']),
              message: `the session has results recorded (enrolment ${e.id} is ${e.status}): ${change.error.message}`,
            },
          ];
    });
    if (refusals.length > 0) throw new UserFault(refusals);
    const withdrawn: DbRow<'enrolment'>[] = [];
    for (const e of open)
      withdrawn.push(
        (await updateVersioned(tx, {
          table: 'enrolment',
          id: e.id,
          version: null,
          set: { status: 'WITHDRAWN', waitlist_position: null },
          reason: `session cancelled: ${reason}`,
        })) as DbRow<'enrolment'>,
      );
    await refreshFacts(
      tx,
      withdrawn.map((e) => e.employee_id),
    );
    return { session: updated, withdrawn };
  },
  payload: (t) => ({
    session: t.field({
      type: SessionType,
      nullable: true,
      description: 'The cancelled session.',
      resolve: (p) => p.session,
    }),
    withdrawn: t.field({
      type: [EnrolmentType],
      nullable: true,
      description: 'The enrolments withdrawn with it.',
      resolve: (p) => p.withdrawn,
    }),
  }),
});
