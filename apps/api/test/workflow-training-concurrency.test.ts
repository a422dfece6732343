import { testDrivers } from '@kinerja/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi, type TestClient } from './harness.js';
import {
  call,
  counts,
  dbId,
  type EnrolResult,
  type Errors,
  employeeGid,
  employeesOf,
  M,
  type Program,
  type Session,
} from './workflow-training-helpers.js';

const CLIENTS = 20;
const CAPACITY = 10;

describe.each(testDrivers())('enrolment under concurrency (DEV-3) on %s', (driver) => {
  let api: TestApi;
  let clients: TestClient[];
  beforeAll(async () => {
    api = await startTestApi(driver, { employees: 150 });
    // Twenty clients, each signed in on a session of its own.
    clients = [];
    for (let i = 0; i < CLIENTS; i += 1) clients.push(await api.as('admin'));
  });
  afterAll(async () => {
    await api?.close();
  });

  it('20 clients enrol one employee each into 10 places at once: exactly 10 enrolled, 10 waitlisted, one audit row each', async () => {
    const admin = clients[0] as TestClient;
    const { program } = await call<{ program: Program; userErrors: Errors }>(admin, M.createProgram, {
      code: 'RACE-01',
      name: 'Pelatihan Serentak',
      kind: 'WORKSHOP',
      competencyArea: 'Pelayanan Publik',
      jp: 8,
      provider: 'BKPSDM',
    });
    const { session } = await call<{ session: Session; userErrors: Errors }>(admin, M.schedule, {
      programId: program.id,
      startDate: '2027-01-11',
      endDate: '2027-01-12',
      link: 'https://meet.example/race',
      capacity: CAPACITY,
    });
    const employees = await employeesOf(api, 'PEMKOT_TEBING_TINGGI', CLIENTS, 5);
    const before = await counts(api);

    const answers = await Promise.all(
      clients.map((client, i) =>
        call<{ results: EnrolResult[] | null; userErrors: Errors }>(client, M.enrol, {
          sessionId: session.id,
          employeeIds: [employeeGid(employees[i] as number)],
        }),
      ),
    );

    expect(answers.flatMap((a) => a.userErrors)).toEqual([]);
    const outcomes = answers.map((a) => a.results?.[0]?.outcome);
    expect(outcomes.filter((o) => o === 'ENROLLED')).toHaveLength(CAPACITY);
    expect(outcomes.filter((o) => o === 'WAITLISTED')).toHaveLength(CLIENTS - CAPACITY);
    // The waitlist is a queue: positions 1..10, each once.
    const positions = answers.flatMap((a) => a.results?.[0]?.enrolment?.waitlistPosition ?? []).sort((x, y) => x - y);
    expect(positions).toEqual(Array.from({ length: CLIENTS - CAPACITY }, (_, i) => i + 1));

    const rows = await api.db
      .selectFrom('enrolment')
      .select(['id', 'status'])
      .where('session_id', '=', dbId(session.id))
      .execute();
    expect(rows.filter((r) => r.status === 'ENROLLED')).toHaveLength(CAPACITY);
    expect(rows.filter((r) => r.status === 'WAITLISTED')).toHaveLength(CLIENTS - CAPACITY);
    const audits = await api.db
      .selectFrom('audit_log')
      .select(['entity_id', 'actor'])
      .where('entity', '=', 'enrolment')
      .where(
        'entity_id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    expect(audits.map((a) => a.entity_id).sort((x, y) => x - y)).toEqual(rows.map((r) => r.id).sort((x, y) => x - y));
    const after = await counts(api);
    expect(after.enrolments - before.enrolments).toBe(CLIENTS);
    expect(after.audits - before.audits).toBe(CLIENTS);
  });
});
