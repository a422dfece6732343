import { testDrivers } from '@kinerja/db/testing';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi, type TestClient, TODAY } from './harness.js';

type UserError = { code: string; field: string[] | null; message: string; rule: string | null };
type Rec = {
  id: string;
  kind: string;
  year: number;
  status: string;
  version: number;
  employee: { nip: string };
  reasons: { rule: string; ok: boolean }[];
  actions: { type: string; sessionId: string | null }[];
  history: { from: string | null; to: string; by: string | null; note: string | null }[];
};
const REC =
  'id kind year status version employee { nip } reasons { rule ok } actions { type sessionId } history { from to by note }';
const GENERATE = `mutation($input: GenerateRecommendationsInput!) {
  generateRecommendations(input: $input) { employeeCount recommendations { ${REC} } userErrors { code field message } }
}`;
type Generated = {
  generateRecommendations: { employeeCount: number | null; recommendations: Rec[] | null; userErrors: UserError[] };
};
const change = (name: string) => `mutation($input: ${name[0]?.toUpperCase()}${name.slice(1)}Input!) {
  ${name}(input: $input) { recommendation { ${REC} } userErrors { code field message rule } }
}`;

describe.each(testDrivers())('recommendation workflows on %s', (driver) => {
  let api: TestApi;
  let admin: TestClient;
  /** The unit of a SANGAT_BAIK employee of 2025 in Pemkot, and that employee. */
  let unitId: number;
  let top: { id: number; nip: string; competency_area: string };
  let freeSession: number;
  let fullSession: number;
  let created: Rec[];

  beforeAll(async () => {
    api = await startTestApi(driver, { employees: 150 });
    admin = await api.as('admin');
    const db = api.db;
    const found = await db
      .selectFrom('skp as s')
      .innerJoin('employee as e', 'e.id', 's.employee_id')
      .innerJoin('instansi as i', 'i.id', 'e.instansi_id')
      .select(['e.id', 'e.nip', 'e.unit_id', 'e.competency_area', 'e.instansi_id'])
      .where('s.year', '=', 2025)
      .where('s.annual_predikat', '=', 'SANGAT_BAIK')
      .where('i.code', '=', 'PEMKOT_TEBING_TINGGI')
      .orderBy('e.id')
      .executeTakeFirstOrThrow();
    unitId = found.unit_id;
    top = found;
    // A clean slate for the unit: the seed's recommendations of its employees go (the test draws them anew).
    await sql`delete from recommendation where employee_id in (select e.id from employee e
      join unit_closure c on c.descendant_id = e.unit_id where c.ancestor_id = ${unitId})`.execute(db);
    // Two new programs in the employee's area: one session with places, one full.
    const program = async (code: string) =>
      (
        await db
          .insertInto('training_program')
          .values({
            instansi_id: found.instansi_id,
            code,
            name: `Pelatihan ${code}`,
            kind: 'TECHNICAL',
            competency_area: found.competency_area,
            jp: 24,
            provider: 'BPSDM Provinsi',
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const session = async (programId: number, start: string, capacity: number) =>
      (
        await db
          .insertInto('training_session')
          .values({ program_id: programId, start_date: start, end_date: start, place: 'Aula BKPSDM', capacity })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    fullSession = await session(await program('REC-FULL'), '2026-12-03', 1);
    freeSession = await session(await program('REC-FREE'), '2026-12-10', 30);
    const other = await db.selectFrom('employee').select('id').where('id', '<>', top.id).executeTakeFirstOrThrow();
    await db.insertInto('enrolment').values({ session_id: fullSession, employee_id: other.id }).execute();
  });
  afterAll(async () => {
    await api?.close();
  });

  const snapshot = async () => {
    const { rows } = await sql<{ recs: number; history: number; audit: number }>`select
      (select count(*)::int from recommendation) as recs,
      (select count(*)::int from recommendation_status_history) as history,
      (select count(*)::int from audit_log where entity = 'recommendation') as audit`.execute(api.db);
    return rows[0];
  };
  const generate = (client: TestClient, unit: number, year?: number) =>
    client.gql<Generated>(GENERATE, { input: { unitId: encodeGlobalID('Unit', unit), year } });

  it('drawn on demand for a unit: each rule once per employee and year, with its reasons, history and audit; a second call records none', async () => {
    const before = await snapshot();
    const r = await generate(admin, unitId);
    expect(r.data?.generateRecommendations.userErrors).toEqual([]);
    created = r.data?.generateRecommendations.recommendations ?? [];
    expect(created.length).toBeGreaterThan(0);
    expect(r.data?.generateRecommendations.employeeCount).toBeGreaterThan(0);
    const keys = created.map((c) => `${c.kind}|${c.employee.nip}|${c.year}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const c of created) {
      expect(c.status).toBe('OPEN');
      expect(c.reasons.length).toBeGreaterThan(0);
      expect(c.reasons.every((x) => x.ok && x.rule === `REC-${c.kind.slice(4, 5)}`)).toBe(true);
      expect(c.year).toBe(c.kind === 'REC_2_TRAINING_GAP' ? 2026 : 2025);
    }
    const n = created.length;
    expect(await snapshot()).toEqual({
      recs: (before?.recs ?? 0) + n,
      history: (before?.history ?? 0) + n,
      audit: (before?.audit ?? 0) + n,
    });
    const history = await api.db
      .selectFrom('recommendation_status_history as h')
      .innerJoin('app_user as u', 'u.id', 'h.changed_by_id')
      .select(['h.from_status', 'h.to_status', 'u.username', 'h.note'])
      .orderBy('h.id', 'desc')
      .executeTakeFirstOrThrow();
    expect(history).toEqual({
      from_status: null,
      to_status: 'OPEN',
      username: 'admin',
      note: 'Dibuat dari aturan domain atas permintaan (tahun 2025)',
    });
    const again = await generate(admin, unitId);
    expect(again.data?.generateRecommendations.recommendations).toEqual([]);
    expect(await snapshot()).toEqual({
      recs: (before?.recs ?? 0) + n,
      history: (before?.history ?? 0) + n,
      audit: (before?.audit ?? 0) + n,
    });
  });

  it('REC-1 suggests a session in the employee’s competency area that starts after today and has a free place, never a full one', async () => {
    const develop = created.find((c) => c.kind === 'REC_1_DEVELOP' && c.employee.nip === top.nip);
    expect(develop?.reasons.map((r) => r.rule)).toContain('REC-1');
    const sessions = develop?.actions.filter((a) => a.type === 'ENROL_SESSION').map((a) => a.sessionId) ?? [];
    expect(sessions).toContain(String(freeSession));
    expect(sessions).not.toContain(String(fullSession));
    expect(develop?.actions.map((a) => a.type)).toContain('NOMINATE_SUCCESSION');
    // Every suggested session, of every recommendation: after today, with a free place.
    const suggested = [
      ...new Set(created.flatMap((c) => c.actions.flatMap((a) => (a.sessionId ? [Number(a.sessionId)] : [])))),
    ];
    const rows = await api.db
      .selectFrom('training_session as s')
      .select([
        's.id',
        's.start_date',
        's.capacity',
        sql<number>`(select count(*)::int from enrolment x where x.session_id = s.id
          and x.status not in ('WAITLISTED', 'WITHDRAWN'))`.as('taken'),
      ])
      .where('s.id', 'in', suggested)
      .execute();
    expect(rows).toHaveLength(suggested.length);
    for (const s of rows) {
      expect(s.start_date > TODAY).toBe(true);
      expect(s.taken).toBeLessThan(s.capacity);
    }
  });

  it('names each suggested session with its program, one statement per level whatever the number of recommendations', async () => {
    type Listed = {
      recommendations: {
        nodes: { actions: { sessionId: string | null; session: { id: string; program: { name: string } } | null }[] }[];
      };
    };
    const res = await admin.gql<Listed>(
      `{ recommendations(first: 50, filter: { kind: { in: [REC_1_DEVELOP, REC_2_TRAINING_GAP] } }) {
        nodes { actions { sessionId session { id program { name } } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const actions = res.data?.recommendations.nodes.flatMap((n) => n.actions).filter((a) => a.sessionId !== null) ?? [];
    expect(actions.length).toBeGreaterThan(1);
    const programs = await api.db
      .selectFrom('training_session as s')
      .innerJoin('training_program as p', 'p.id', 's.program_id')
      .select(['s.id', 'p.name'])
      .where(
        's.id',
        'in',
        actions.map((a) => Number(a.sessionId)),
      )
      .execute();
    const nameOf = new Map(programs.map((p) => [String(p.id), p.name]));
    for (const a of actions) {
      expect(a.session?.id).toBe(encodeGlobalID('TrainingSession', a.sessionId ?? ''));
      expect(a.session?.program.name).toBe(nameOf.get(a.sessionId ?? ''));
    }
    // the list, the sessions of every action, their programs: a statement per level, not per recommendation
    expect(res.extensions?.sqlStatements).toBeLessThanOrEqual(4);
  });

  it('accepted, then completed, with notes: each change in the history with who and why, and audited', async () => {
    const rec = created[0] as Rec;
    const before = await snapshot();
    const accepted = await admin.gql<{ acceptRecommendation: { recommendation: Rec | null; userErrors: UserError[] } }>(
      change('acceptRecommendation'),
      { input: { id: rec.id, version: rec.version, note: 'Disetujui kepala BKPSDM' } },
    );
    expect(accepted.data?.acceptRecommendation.userErrors).toEqual([]);
    expect(accepted.data?.acceptRecommendation.recommendation).toMatchObject({
      status: 'ACCEPTED',
      version: rec.version + 1,
    });
    const done = await admin.gql<{ completeRecommendation: { recommendation: Rec | null; userErrors: UserError[] } }>(
      change('completeRecommendation'),
      { input: { id: rec.id, version: rec.version + 1, note: 'Pembinaan selesai' } },
    );
    expect(done.data?.completeRecommendation.recommendation?.status).toBe('DONE');
    expect(done.data?.completeRecommendation.recommendation?.history).toEqual([
      { from: null, to: 'OPEN', by: 'admin', note: 'Dibuat dari aturan domain atas permintaan (tahun 2025)' },
      { from: 'OPEN', to: 'ACCEPTED', by: 'admin', note: 'Disetujui kepala BKPSDM' },
      { from: 'ACCEPTED', to: 'DONE', by: 'admin', note: 'Pembinaan selesai' },
    ]);
    expect(await snapshot()).toEqual({
      recs: before?.recs,
      history: (before?.history ?? 0) + 2,
      audit: (before?.audit ?? 0) + 2,
    });
    const id = Number(Buffer.from(rec.id, 'base64').toString().split(':')[1]);
    const history = await api.db
      .selectFrom('recommendation_status_history as h')
      .innerJoin('app_user as u', 'u.id', 'h.changed_by_id')
      .select(['h.from_status', 'h.to_status', 'u.username', 'h.note'])
      .where('h.recommendation_id', '=', id)
      .orderBy('h.id')
      .execute();
    expect(history.map((h) => [h.from_status, h.to_status, h.username, h.note])).toEqual([
      [null, 'OPEN', 'admin', 'Dibuat dari aturan domain atas permintaan (tahun 2025)'],
      ['OPEN', 'ACCEPTED', 'admin', 'Disetujui kepala BKPSDM'],
      ['ACCEPTED', 'DONE', 'admin', 'Pembinaan selesai'],
    ]);
    const audit = await api.db
      .selectFrom('audit_log')
      .select(['field', 'old', 'new', 'reason', 'actor'])
      .where('entity', '=', 'recommendation')
      .where('entity_id', '=', id)
      .where('field', '=', 'status')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [a.old, a.new, a.reason, a.actor])).toEqual([
      ['OPEN', 'ACCEPTED', 'Disetujui kepala BKPSDM', 'admin'],
      ['ACCEPTED', 'DONE', 'Pembinaan selesai', 'admin'],
    ]);
  });

  it('dismissed with the reason', async () => {
    const rec = created[1] as Rec;
    const r = await admin.gql<{ dismissRecommendation: { recommendation: Rec | null; userErrors: UserError[] } }>(
      change('dismissRecommendation'),
      { input: { id: rec.id, version: rec.version, note: 'Sudah ditangani melalui program lain' } },
    );
    expect(r.data?.dismissRecommendation.recommendation?.status).toBe('DISMISSED');
  });

  it('refuses, writing nothing: a change the statuses do not allow, a stale version, a blank note, a role other than ADMIN', async () => {
    const done = created[0] as Rec; // DONE, version + 2
    const seeded = await api.db
      .selectFrom('recommendation')
      .select(['id', 'version'])
      .where('status', '=', 'OPEN')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const open = { id: encodeGlobalID('Recommendation', seeded.id), version: seeded.version };
    const kadisdik = await api.as('kadisdik');
    const before = await snapshot();
    const cases: [TestClient, string, Record<string, unknown>, Partial<UserError>][] = [
      [
        admin,
        'dismissRecommendation',
        { id: done.id, version: done.version + 2 },
        { code: 'INVALID_STATE', rule: 'INVALID_TRANSITION' },
      ],
      [
        admin,
        'completeRecommendation',
        { id: open.id, version: open.version },
        { code: 'INVALID_STATE', rule: 'INVALID_TRANSITION' },
      ],
      [
        admin,
        'acceptRecommendation',
        { id: open.id, version: open.version + 1 },
        { code: 'CONFLICT', field: ['input', 'version'] },
      ],
      [
        admin,
        'acceptRecommendation',
        { id: open.id, version: open.version, note: ' ' },
        { code: 'INVALID_INPUT', field: ['input', 'note'] },
      ],
      [
        admin,
        'acceptRecommendation',
        { id: encodeGlobalID('Recommendation', 999_999), version: 1 },
        { code: 'NOT_FOUND' },
      ],
      [kadisdik, 'acceptRecommendation', { id: open.id, version: open.version }, { code: 'FORBIDDEN' }],
    ];
    for (const [client, name, input, error] of cases) {
      const r = await client.gql<Record<string, { recommendation: Rec | null; userErrors: UserError[] }>>(
        change(name),
        {
          input: { note: 'Catatan', ...input },
        },
      );
      expect(r.data?.[name]?.recommendation).toBeNull();
      expect(r.data?.[name]?.userErrors[0]).toMatchObject(error);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('generation is refused to an evaluator, to an analyst and to a unit head outside their subtree; the unit head above may', async () => {
    const grants = await api.db
      .selectFrom('user_role as r')
      .innerJoin('app_user as u', 'u.id', 'r.user_id')
      .select(['u.username', 'r.role', 'r.unit_id'])
      .where('u.username', 'in', ['kadisdik', 'penilai'])
      .execute();
    const headUnit = grants.find((g) => g.username === 'kadisdik' && g.role === 'UNIT_HEAD')?.unit_id;
    const evaluatorUnit = grants.find((g) => g.username === 'penilai' && g.role === 'EVALUATOR')?.unit_id;
    if (!headUnit || !evaluatorUnit) throw new Error('the demo users have no units');
    const outside = await api.db
      .selectFrom('unit')
      .select('id')
      .where('id', 'not in', (q) =>
        q.selectFrom('unit_closure').select('descendant_id').where('ancestor_id', '=', headUnit),
      )
      .executeTakeFirstOrThrow();
    const [kadisdik, penilai, analis] = await Promise.all([api.as('kadisdik'), api.as('penilai'), api.as('analis')]);
    const before = await snapshot();
    for (const [client, unit] of [
      [penilai, evaluatorUnit],
      [analis, evaluatorUnit],
      [kadisdik, outside.id],
    ] as const) {
      const r = await generate(client, unit);
      expect(r.data?.generateRecommendations.recommendations).toBeNull();
      expect(r.data?.generateRecommendations.userErrors[0]?.code).toBe('FORBIDDEN');
    }
    const bad = await generate(admin, unitId, 2031);
    expect(bad.data?.generateRecommendations.userErrors[0]).toMatchObject({
      code: 'INVALID_INPUT',
      field: ['input', 'year'],
    });
    expect(await snapshot()).toEqual(before);
    const allowed = await generate(kadisdik, evaluatorUnit);
    expect(allowed.data?.generateRecommendations.userErrors).toEqual([]);
  });

  it('a year’s JP status changing is a trigger: withdrawing from training draws the REC-2 training gap, once', async () => {
    const x = await api.db
      .selectFrom('employee as e')
      .innerJoin('employee_year_fact as f', 'f.employee_id', 'e.id')
      .innerJoin('instansi as i', 'i.id', 'e.instansi_id')
      .select(['e.id', 'e.nip'])
      .where('i.code', '=', 'PEMKOT_TEBING_TINGGI')
      .where('e.employment', '=', 'PNS')
      .where('f.year', '=', 2026)
      .where('f.jp_shortfall', '>', 0)
      .where('e.id', 'not in', (q) =>
        q.selectFrom('enrolment').select('employee_id').where('session_id', 'in', [fullSession, freeSession]),
      )
      .where('e.unit_id', 'not in', (q) =>
        q.selectFrom('unit_closure').select('descendant_id').where('ancestor_id', '=', unitId),
      )
      .orderBy('e.id')
      .executeTakeFirstOrThrow();
    await sql`delete from recommendation where employee_id = ${x.id} and kind = 'REC_2_TRAINING_GAP'`.execute(api.db);
    const enrolment = await api.db
      .insertInto('enrolment')
      .values({ session_id: freeSession, employee_id: x.id })
      .returning(['id', 'version'])
      .executeTakeFirstOrThrow();
    const r = await admin.gql<{ withdrawEnrolment: { userErrors: UserError[] } }>(
      `mutation($input: WithdrawEnrolmentInput!) { withdrawEnrolment(input: $input) { userErrors { code field message } } }`,
      {
        input: { id: encodeGlobalID('Enrolment', enrolment.id), version: enrolment.version, reason: 'Bentrok jadwal' },
      },
    );
    expect(r.data?.withdrawEnrolment.userErrors).toEqual([]);
    const drawn = await api.db
      .selectFrom('recommendation as r')
      .innerJoin('recommendation_status_history as h', 'h.recommendation_id', 'r.id')
      .select(['r.kind', 'r.year', 'r.status', 'h.note'])
      .where('r.employee_id', '=', x.id)
      .where('r.kind', '=', 'REC_2_TRAINING_GAP')
      .execute();
    expect(drawn).toEqual([
      {
        kind: 'REC_2_TRAINING_GAP',
        year: 2026,
        status: 'OPEN',
        note: 'Dibuat dari aturan domain: status JP tahun 2026 berubah',
      },
    ]);
    // Enrolled in a 24-JP session of 2026, the gap is closed: the REC-2 is DONE, with the reason in its history.
    const enrolled = await admin.gql<{ enrolEmployees: { results: { outcome: string }[]; userErrors: UserError[] } }>(
      `mutation($input: EnrolEmployeesInput!) { enrolEmployees(input: $input) { results { outcome } userErrors { code field message } } }`,
      {
        input: {
          sessionId: encodeGlobalID('TrainingSession', freeSession),
          employeeIds: [encodeGlobalID('Employee', x.id)],
        },
      },
    );
    expect(enrolled.data?.enrolEmployees.results.map((r) => r.outcome)).toEqual(['ENROLLED']);
    const closed = await api.db
      .selectFrom('recommendation as r')
      .innerJoin('recommendation_status_history as h', 'h.recommendation_id', 'r.id')
      .select(['r.status', 'h.from_status', 'h.to_status', 'h.note'])
      .where('r.employee_id', '=', x.id)
      .where('r.kind', '=', 'REC_2_TRAINING_GAP')
      .orderBy('h.id')
      .execute();
    expect(closed.map((h) => [h.status, h.from_status, h.to_status])).toEqual([
      ['DONE', null, 'OPEN'],
      ['DONE', 'OPEN', 'DONE'],
    ]);
    expect(closed[1]?.note).toMatch(
      /^REC-2: the JP gap of 2026 is closed: \d+ JP done and \d+ planned of the 20 owed$/,
    );
  });
});
