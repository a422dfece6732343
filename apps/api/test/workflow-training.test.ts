import { testDrivers } from '@kinerja/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi, type TestClient } from './harness.js';
import {
  call,
  counts,
  dbId,
  type Enrolment,
  type EnrolResult,
  type Errors,
  employeeGid,
  employeesOf,
  M,
  type Program,
  type Session,
} from './workflow-training-helpers.js';

type ProgramPayload = { program: Program | null; userErrors: Errors };
type SessionPayload = { session: Session | null; userErrors: Errors };
type UpdateSessionPayload = SessionPayload & { promoted: Enrolment[] | null };
type CancelPayload = SessionPayload & { withdrawn: Enrolment[] | null };
type EnrolPayload = { results: EnrolResult[] | null; userErrors: Errors };
type WithdrawPayload = { enrolment: Enrolment | null; promoted: Enrolment[] | null; userErrors: Errors };
type BulkPayload = { enrolments: Enrolment[] | null; userErrors: Errors };

const programInput = (code: string, jp = 16) => ({
  code,
  name: `Pelatihan ${code}`,
  kind: 'TECHNICAL',
  competencyArea: 'Pengelolaan Keuangan',
  jp,
  provider: 'BPSDM',
});

describe.each(testDrivers())('training management (DEV-1..3) on %s', (driver) => {
  let api: TestApi;
  let admin: TestClient;
  let employee: TestClient;
  let analyst: TestClient;
  let pemkot: number[];
  let bkn: number[];
  beforeAll(async () => {
    api = await startTestApi(driver, { employees: 150 });
    [admin, employee, analyst] = await Promise.all([api.as('admin'), api.as('pegawai'), api.as('analis')]);
    pemkot = await employeesOf(api, 'PEMKOT_TEBING_TINGGI', 40, 20);
    bkn = await employeesOf(api, 'BKN', 1);
  });
  afterAll(async () => {
    await api?.close();
  });

  const newProgram = async (code: string, jp = 16): Promise<Program> => {
    const created = await call<ProgramPayload>(admin, M.createProgram, programInput(code, jp));
    expect(created.userErrors).toEqual([]);
    return created.program as Program;
  };
  const newSession = async (program: Program, capacity: number, startDate = '2027-02-01'): Promise<Session> => {
    const scheduled = await call<SessionPayload>(admin, M.schedule, {
      programId: program.id,
      startDate,
      endDate: startDate.replace(/-01$/, '-03'),
      place: 'Aula BKPSDM',
      capacity,
    });
    expect(scheduled.userErrors).toEqual([]);
    return scheduled.session as Session;
  };
  const enrol = (session: Session, ids: readonly (number | string)[], client = admin) =>
    call<EnrolPayload>(client, M.enrol, {
      sessionId: session.id,
      employeeIds: ids.map((id) => (typeof id === 'number' ? employeeGid(id) : id)),
    });
  const take = (from: number[], n: number) => from.splice(0, n);

  it('an admin creates, changes and retires a program, each change audited', async () => {
    const program = await newProgram('KEU-01');
    expect(program).toMatchObject({ code: 'KEU-01', kind: 'TECHNICAL', jp: 16, retired: false, version: 1 });
    const updated = await call<ProgramPayload>(admin, M.updateProgram, {
      id: program.id,
      version: 1,
      jp: 24,
      name: 'Pengelolaan Keuangan Daerah',
      reason: 'kurikulum baru',
    });
    expect(updated).toMatchObject({
      userErrors: [],
      program: { jp: 24, name: 'Pengelolaan Keuangan Daerah', version: 2 },
    });
    const retired = await call<ProgramPayload>(admin, M.retireProgram, {
      id: program.id,
      version: 2,
      reason: 'diganti',
    });
    expect(retired).toMatchObject({ userErrors: [], program: { retired: true, version: 3 } });
    const trail = await api.db
      .selectFrom('audit_log')
      .select(['field', 'actor', 'reason'])
      .where('entity', '=', 'training_program')
      .where('entity_id', '=', dbId(program.id))
      .orderBy('id')
      .execute();
    expect(trail).toEqual([
      { field: null, actor: 'admin', reason: null },
      { field: 'name', actor: 'admin', reason: 'kurikulum baru' },
      { field: 'jp', actor: 'admin', reason: 'kurikulum baru' },
      { field: 'retired_at', actor: 'admin', reason: 'diganti' },
    ]);
    // DEV-2: a retired program takes no new sessions.
    const before = await counts(api);
    const refused = await call<SessionPayload>(admin, M.schedule, {
      programId: program.id,
      startDate: '2027-03-01',
      endDate: '2027-03-02',
      link: 'https://zoom.example/keu',
      capacity: 10,
    });
    expect(refused).toMatchObject({
      session: null,
      userErrors: [{ code: 'INVALID_STATE', field: ['input', 'programId'] }],
    });
    expect(await counts(api)).toEqual(before);
  });

  it('refuses a duplicate program code, a stale version and bad input, writing nothing', async () => {
    const program = await newProgram('KEU-02');
    const before = await counts(api);
    const duplicate = await call<ProgramPayload>(admin, M.createProgram, programInput('KEU-02'));
    expect(duplicate).toMatchObject({ program: null, userErrors: [{ code: 'DUPLICATE', field: ['input', 'code'] }] });
    const stale = await call<ProgramPayload>(admin, M.updateProgram, { id: program.id, version: 7, jp: 30 });
    expect(stale).toMatchObject({ program: null, userErrors: [{ code: 'CONFLICT', field: ['input', 'version'] }] });
    const noHours = await call<ProgramPayload>(admin, M.createProgram, programInput('KEU-03', 0));
    expect(noHours.userErrors).toMatchObject([{ code: 'INVALID_INPUT', field: ['input', 'jp'] }]);
    const noSpace = await call<SessionPayload>(admin, M.schedule, {
      programId: program.id,
      startDate: '2027-03-05',
      endDate: '2027-03-01',
      capacity: 10,
    });
    expect(noSpace.userErrors).toMatchObject([{ code: 'INVALID_INPUT', field: ['input', 'endDate'], rule: 'DEV-3' }]);
    expect(await counts(api)).toEqual(before);
  });

  it('only an ADMIN of the program’s instansi manages training', async () => {
    const program = await newProgram('KEU-04');
    const session = await newSession(program, 5);
    const { rows } = await sql<{ id: number }>`insert into training_program (instansi_id, code, name, kind,
        competency_area, jp, provider) select id, 'BKN-01', 'Pelatihan BKN', 'TECHNICAL', 'Manajemen ASN', 12, 'BKN'
        from instansi where code = 'BKN' returning id`.execute(api.db);
    const bknProgram = Buffer.from(`TrainingProgram:${rows[0]?.id}`).toString('base64');
    const before = await counts(api);
    for (const client of [employee, analyst]) {
      const created = await call<ProgramPayload>(client, M.createProgram, programInput('X-01'));
      expect(created).toMatchObject({ program: null, userErrors: [{ code: 'FORBIDDEN' }] });
      const enrolled = await enrol(session, take(pemkot, 1));
      // Enrolment done by the admin above is fine; by the others it is refused:
      expect(enrolled.userErrors).toEqual([]);
      const refused = await call<EnrolPayload>(client, M.enrol, {
        sessionId: session.id,
        employeeIds: [employeeGid(pemkot[0] as number)],
      });
      expect(refused).toMatchObject({ results: null, userErrors: [{ code: 'FORBIDDEN' }] });
    }
    const afterOwn = await counts(api);
    expect(afterOwn.enrolments).toBe(before.enrolments + 2);
    // Another instansi's program is not the admin's to change.
    const other = await call<ProgramPayload>(admin, M.updateProgram, { id: bknProgram, version: 1, jp: 20 });
    expect(other).toMatchObject({ program: null, userErrors: [{ code: 'FORBIDDEN' }] });
    const otherSession = await call<SessionPayload>(admin, M.schedule, {
      programId: bknProgram,
      startDate: '2027-03-01',
      endDate: '2027-03-02',
      place: 'Jakarta',
      capacity: 3,
    });
    expect(otherSession.userErrors).toMatchObject([{ code: 'FORBIDDEN' }]);
    expect(await counts(api)).toEqual(afterOwn);
  });

  it('enrols in bulk: places first, then the waitlist, and refuses each problem with its reason', async () => {
    const session = await newSession(await newProgram('KEU-05'), 2);
    const [a, b, c] = take(pemkot, 3) as [number, number, number];
    const first = await enrol(session, [a, b, c, a, bkn[0] as number, 'not-an-id']);
    expect(first.userErrors).toEqual([]);
    expect(
      first.results?.map((r) => [
        r.outcome,
        r.enrolment?.status ?? null,
        r.enrolment?.waitlistPosition ?? null,
        r.reason?.code ?? null,
      ]),
    ).toEqual([
      ['ENROLLED', 'ENROLLED', null, null],
      ['ENROLLED', 'ENROLLED', null, null],
      ['WAITLISTED', 'WAITLISTED', 1, null],
      ['REFUSED', null, null, 'DUPLICATE'],
      ['REFUSED', null, null, 'NOT_FOUND'],
      ['REFUSED', null, null, 'INVALID_INPUT'],
    ]);
    expect(first.results?.[3]?.reason?.field).toEqual(['input', 'employeeIds', '3']);
    // One audit row per enrolment made.
    const audited = await api.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('entity', '=', 'enrolment')
      .where(
        'entity_id',
        'in',
        (first.results ?? []).flatMap((r) => (r.enrolment ? [dbId(r.enrolment.id)] : [])),
      )
      .executeTakeFirstOrThrow();
    expect(Number(audited.n)).toBe(3);

    // DEV-3: at most once per session.
    const before = await counts(api);
    const again = await enrol(session, [b, c]);
    expect(again.results?.map((r) => [r.outcome, r.reason?.code, r.reason?.rule])).toEqual([
      ['REFUSED', 'DUPLICATE', 'ALREADY_ENROLLED'],
      ['REFUSED', 'DUPLICATE', 'ALREADY_ENROLLED'],
    ]);
    expect(await counts(api)).toEqual(before);

    // Withdrawing a place moves the first on the waitlist up, audited.
    const enrolmentOfA = first.results?.[0]?.enrolment as Enrolment;
    const stale = await call<WithdrawPayload>(admin, M.withdraw, { id: enrolmentOfA.id, version: 5 });
    expect(stale).toMatchObject({ enrolment: null, userErrors: [{ code: 'CONFLICT' }] });
    expect(await counts(api)).toEqual(before);
    const withdrawn = await call<WithdrawPayload>(admin, M.withdraw, {
      id: enrolmentOfA.id,
      version: 1,
      reason: 'tugas luar',
    });
    expect(withdrawn.userErrors).toEqual([]);
    expect(withdrawn.enrolment).toMatchObject({ status: 'WITHDRAWN', version: 2 });
    expect(withdrawn.promoted).toMatchObject([
      { status: 'ENROLLED', waitlistPosition: null, employee: { id: employeeGid(c) } },
    ]);
    const moved = await api.db
      .selectFrom('audit_log')
      .select(['field', 'old', 'new', 'reason'])
      .where('entity', '=', 'enrolment')
      .where('entity_id', '=', dbId(withdrawn.promoted?.[0]?.id as string))
      .where('field', '=', 'status')
      .execute();
    expect(moved).toMatchObject([{ old: 'WAITLISTED', new: 'ENROLLED' }]);
    expect(moved[0]?.reason).toMatch(/waitlist moves up/);
    // A withdrawn employee can enrol again; the session is full now, so first on the (empty) waitlist.
    const back = await enrol(session, [a]);
    expect(back.results?.map((r) => [r.outcome, r.enrolment?.waitlistPosition])).toEqual([['WAITLISTED', 1]]);
    // Off the waitlist again (no place freed: nobody moves up); withdrawn cannot be withdrawn again.
    const comeback = back.results?.[0]?.enrolment as Enrolment;
    const off = await call<WithdrawPayload>(admin, M.withdraw, { id: comeback.id, version: comeback.version });
    expect(off.enrolment).toMatchObject({ status: 'WITHDRAWN', waitlistPosition: null });
    expect(off.promoted).toEqual([]);
    const twice = await call<WithdrawPayload>(admin, M.withdraw, { id: comeback.id, version: comeback.version + 1 });
    expect(twice.userErrors).toMatchObject([{ code: 'INVALID_STATE' }]);
  });

  it('no new enrolment once the session has started, nor on a cancelled one (DEV-3)', async () => {
    const program = await newProgram('KEU-06');
    const started = await newSession(program, 5, '2026-11-01');
    const before = await counts(api);
    const late = await enrol(started, take(pemkot, 1));
    expect(late.results?.map((r) => [r.outcome, r.reason?.code, r.reason?.rule])).toEqual([
      ['REFUSED', 'INVALID_STATE', 'SESSION_STARTED'],
    ]);
    expect(await counts(api)).toEqual(before);

    const session = await newSession(program, 1);
    const enrolled = await enrol(session, take(pemkot, 2));
    expect(enrolled.results?.map((r) => r.outcome)).toEqual(['ENROLLED', 'WAITLISTED']);
    const cancelled = await call<CancelPayload>(admin, M.cancelSession, {
      id: session.id,
      version: 1,
      reason: 'narasumber berhalangan',
    });
    expect(cancelled.userErrors).toEqual([]);
    expect(cancelled.session).toMatchObject({ cancelled: true, cancelReason: 'narasumber berhalangan', version: 2 });
    expect(cancelled.withdrawn?.map((e) => e.status)).toEqual(['WITHDRAWN', 'WITHDRAWN']);
    const after = await counts(api);
    const closed = await enrol(session, take(pemkot, 1));
    expect(closed).toMatchObject({ results: null, userErrors: [{ code: 'INVALID_STATE' }] });
    expect(await counts(api)).toEqual(after);
  });

  it('the capacity grows and the waitlist moves up; it cannot shrink below the places held', async () => {
    const session = await newSession(await newProgram('KEU-07'), 1);
    const enrolled = await enrol(session, take(pemkot, 3));
    expect(enrolled.results?.map((r) => r.outcome)).toEqual(['ENROLLED', 'WAITLISTED', 'WAITLISTED']);
    const grown = await call<UpdateSessionPayload>(admin, M.updateSession, { id: session.id, version: 1, capacity: 2 });
    expect(grown.userErrors).toEqual([]);
    expect(grown.promoted?.map((e) => e.employee.id)).toEqual([enrolled.results?.[1]?.employee?.id]);
    const before = await counts(api);
    const shrunk = await call<UpdateSessionPayload>(admin, M.updateSession, {
      id: session.id,
      version: 2,
      capacity: 1,
    });
    expect(shrunk.userErrors).toMatchObject([{ code: 'INVALID_STATE', field: ['input', 'capacity'] }]);
    const stale = await call<UpdateSessionPayload>(admin, M.updateSession, { id: session.id, version: 1, capacity: 9 });
    expect(stale.userErrors).toMatchObject([{ code: 'CONFLICT' }]);
    expect(await counts(api)).toEqual(before);
  });

  it('records attendance and completions in bulk; JP credited at most the program’s and the JP status refreshed (DEV-1)', async () => {
    const program = await newProgram('KEU-08', 20);
    const session = await newSession(program, 5);
    const people = take(pemkot, 3) as [number, number, number];
    const enrolled = await enrol(session, people);
    const ids = (enrolled.results ?? []).map((r) => r.enrolment as Enrolment);
    // The session took place this month (moved by the admin): its JP count in this year.
    const moved = await call<UpdateSessionPayload>(admin, M.updateSession, {
      id: session.id,
      version: 1,
      startDate: '2026-11-02',
      endDate: '2026-11-04',
    });
    expect(moved.userErrors).toEqual([]);
    const jpBefore = await jpDone(people);

    // Completing before attending is refused, and then nothing at all is written.
    const before = await counts(api);
    const early = await call<BulkPayload>(admin, M.complete, {
      completions: ids.map((e) => ({ id: e.id, version: e.version, outcome: 'COMPLETED' })),
    });
    expect(early.enrolments).toBeNull();
    expect(early.userErrors.map((e) => [e.code, e.rule])).toEqual([
      ['INVALID_STATE', 'INVALID_TRANSITION'],
      ['INVALID_STATE', 'INVALID_TRANSITION'],
      ['INVALID_STATE', 'INVALID_TRANSITION'],
    ]);
    expect(await counts(api)).toEqual(before);

    const attended = await call<BulkPayload>(admin, M.attend, {
      enrolments: ids.map((e) => ({ id: e.id, version: e.version })),
    });
    expect(attended.userErrors).toEqual([]);
    expect(attended.enrolments?.map((e) => [e.status, e.version])).toEqual([
      ['ATTENDED', 2],
      ['ATTENDED', 2],
      ['ATTENDED', 2],
    ]);
    const [x, y, z] = attended.enrolments as [Enrolment, Enrolment, Enrolment];

    // One bad score refuses the whole batch; a stale version too.
    const mid = await counts(api);
    const bad = await call<BulkPayload>(admin, M.complete, {
      completions: [
        { id: x.id, version: 2, outcome: 'COMPLETED', score: 88.5 },
        { id: y.id, version: 2, outcome: 'COMPLETED', score: 101 },
        { id: z.id, version: 1, outcome: 'FAILED' },
      ],
    });
    expect(bad.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['INVALID_INPUT', ['input', 'completions', '1', 'score']],
      ['CONFLICT', ['input', 'completions', '2', 'version']],
    ]);
    expect(await counts(api)).toEqual(mid);

    const done = await call<BulkPayload>(admin, M.complete, {
      completions: [
        { id: x.id, version: 2, outcome: 'COMPLETED', score: 88.5 },
        { id: y.id, version: 2, outcome: 'COMPLETED', score: 75, jp: 40 },
        { id: z.id, version: 2, outcome: 'FAILED', score: 40 },
      ],
    });
    expect(done.userErrors).toEqual([]);
    expect(done.enrolments?.map((e) => [e.status, e.jpCredited, e.score, e.completedOn])).toEqual([
      ['COMPLETED', 20, 88.5, '2026-11-04'],
      ['COMPLETED', 20, 75, '2026-11-04'],
      ['FAILED', null, 40, null],
    ]);
    // DEV-1: JP done grow by the program's JP for the two who completed, not for the one who failed.
    const jpAfter = await jpDone(people);
    expect(jpAfter.map((jp, i) => jp - (jpBefore[i] ?? 0))).toEqual([20, 20, 0]);
    const trail = await api.db
      .selectFrom('audit_log')
      .select(['field'])
      .where('entity', '=', 'enrolment')
      .where('entity_id', '=', dbId(y.id))
      .where('field', 'is not', null)
      .orderBy('id')
      .execute();
    expect(trail.map((r) => r.field)).toEqual(['status', 'status', 'jp_credited', 'score', 'completed_on']);
    // A result is final.
    const again = await call<BulkPayload>(admin, M.complete, {
      completions: [{ id: x.id, version: 3, outcome: 'FAILED' }],
    });
    expect(again.userErrors).toMatchObject([{ code: 'INVALID_STATE', rule: 'INVALID_TRANSITION' }]);
  });

  const jpDone = async (employees: readonly number[]) => {
    const rows = await api.db
      .selectFrom('employee_year_fact')
      .select(['employee_id', 'jp_done'])
      .where('year', '=', 2026)
      .where('employee_id', 'in', employees)
      .execute();
    return employees.map((id) => Number(rows.find((r) => r.employee_id === id)?.jp_done ?? 0));
  };
});
