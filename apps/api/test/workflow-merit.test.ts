import type { Database } from '@kinerja/db';
import { testDrivers } from '@kinerja/db/testing';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GqlResponse, startTestApi, type TestApi, type TestClient, TODAY } from './harness.js';

type UserError = { code: string; field: string[] | null; message: string; rule: string | null };
type Payload<T> = T & { userErrors: UserError[] };

const RECORD_ASSESSMENT = `mutation($input: RecordAssessmentInput!) {
  recordAssessment(input: $input) {
    assessment { kind score assessedOn meetsStandard assessor employee { nip } }
    userErrors { code field message rule }
  }
}`;
const IMPORT = `mutation($input: ImportAssessmentsInput!) {
  importAssessments(input: $input) {
    written refused
    rows { row nip ok reasons { code field message } assessment { kind score assessedOn } }
    userErrors { code field message rule }
  }
}`;
const CANDIDATE =
  'rank eligible successionMember talentBox latestPredikat employee { id nip } checks { rule check ok detail }';
const OPEN_VACANCY = `mutation($input: OpenVacancyInput!) {
  openVacancy(input: $input) {
    vacancy { id version status target title openedOn candidates(first: 1000) { ${CANDIDATE} } }
    userErrors { code field message rule }
  }
}`;
const RECORD_SELECTION = `mutation($input: RecordSelectionInput!) {
  recordSelection(input: $input) {
    vacancy { id version status closedOn decisionNote decidedAt selected { nip } selectionChecks { rule check ok } }
    candidate { rank eligible }
    userErrors { code field message rule }
  }
}`;
const CLOSE_VACANCY = `mutation($input: CloseVacancyInput!) {
  closeVacancy(input: $input) { vacancy { status closedOn decisionNote version } userErrors { code field message } }
}`;

type Candidate = {
  rank: number | null;
  eligible: boolean;
  successionMember: boolean;
  talentBox: number | null;
  latestPredikat: string | null;
  employee: { id: string; nip: string };
  checks: { rule: string; check: string; ok: boolean; detail: string }[];
};
type Vacancy = { id: string; version: number; status: string; candidates: Candidate[] };

describe.each(testDrivers())('merit workflows on %s', (driver) => {
  let api: TestApi;
  let admin: TestClient;
  let pemkot: number;
  beforeAll(async () => {
    api = await startTestApi(driver, { employees: 150 });
    admin = await api.as('admin');
    pemkot = (
      await api.db
        .selectFrom('instansi')
        .select('id')
        .where('code', '=', 'PEMKOT_TEBING_TINGGI')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(async () => {
    await api?.close();
  });

  const count = async (table: keyof Database & string, entity?: string): Promise<number> => {
    const row = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}
      ${entity ? sql`where entity = ${entity}` : sql``}`.execute(api.db);
    return row.rows[0]?.n ?? 0;
  };
  /** Rows of a table and audit rows of an entity: what a refused mutation must leave as it was. */
  const snapshot = async (table: keyof Database & string) => ({
    rows: await count(table),
    audit: await count('audit_log', table),
  });
  const employeeId = (id: number) => encodeGlobalID('Employee', id);

  /** A PNS of Pemkot with annual predikats for 2024 and 2025 and no potential assessment. */
  const unassessedEmployee = async () =>
    api.db
      .selectFrom('employee as e')
      .select(['e.id', 'e.nip'])
      .where('e.instansi_id', '=', pemkot)
      .where('e.employment', '=', 'PNS')
      .where((eb) =>
        eb.not(eb.exists(eb.selectFrom('assessment as a').select('a.id').whereRef('a.employee_id', '=', 'e.id'))),
      )
      .where((eb) =>
        eb(
          eb
            .selectFrom('skp as s')
            .select(sql<number>`count(*)::int`.as('n'))
            .whereRef('s.employee_id', '=', 'e.id')
            .where('s.year', 'in', [2024, 2025])
            .where('s.annual_predikat', 'in', ['BAIK', 'SANGAT_BAIK']),
          '=',
          2,
        ),
      )
      .orderBy('e.id')
      .execute();

  describe('recording an assessment (MERIT-3/4)', () => {
    it('an admin records a potential assessment: it is written, audited, and the talent box is refreshed at once (MERIT-4)', async () => {
      const [e] = await unassessedEmployee();
      if (!e) throw new Error('the seed has no PNS with two annual predikats and no assessment');
      const before = await api.db
        .selectFrom('employee_year_fact')
        .select(['talent_box', 'potensi_level'])
        .where('employee_id', '=', e.id)
        .where('year', '=', 2025)
        .executeTakeFirstOrThrow();
      expect(before.talent_box).toBeNull();
      const audits = await count('audit_log', 'assessment');
      const r = await admin.gql<{ recordAssessment: Payload<{ assessment: Record<string, unknown> | null }> }>(
        RECORD_ASSESSMENT,
        {
          input: {
            employeeId: employeeId(e.id),
            kind: 'POTENSI',
            score: 91.5,
            assessedOn: '2025-06-02',
            assessor: 'UPT Penilaian Kompetensi',
          },
        },
      );
      expect(r.data?.recordAssessment.userErrors).toEqual([]);
      expect(r.data?.recordAssessment.assessment).toEqual({
        kind: 'POTENSI',
        score: 91.5,
        assessedOn: '2025-06-02',
        meetsStandard: null,
        assessor: 'UPT Penilaian Kompetensi',
        employee: { nip: e.nip },
      });
      expect(await count('audit_log', 'assessment')).toBe(audits + 1);
      const after = await api.db
        .selectFrom('employee_year_fact')
        .select(['talent_box', 'potensi_level'])
        .where('employee_id', '=', e.id)
        .where('year', '=', 2025)
        .executeTakeFirstOrThrow();
      expect(after.potensi_level).toBe('TINGGI');
      expect(after.talent_box).toBeGreaterThanOrEqual(8);
    });

    it('a competency score is judged against the standard of the employee’s level and job family (MERIT-3)', async () => {
      const row = await api.db
        .selectFrom('employee as e')
        .innerJoin('competency_standard as c', (j) =>
          j
            .onRef('c.instansi_id', '=', 'e.instansi_id')
            .onRef('c.jabatan_level', '=', 'e.current_jabatan_level')
            .onRef('c.competency_area', '=', 'e.competency_area'),
        )
        .select(['e.id', 'c.id as standard_id', 'c.min_score'])
        .where('e.instansi_id', '=', pemkot)
        .orderBy('e.id')
        .executeTakeFirstOrThrow();
      const min = Number(row.min_score);
      const below = await admin.gql<{ recordAssessment: Payload<{ assessment: { meetsStandard: boolean } }> }>(
        RECORD_ASSESSMENT,
        { input: { employeeId: employeeId(row.id), kind: 'KOMPETENSI', score: min - 0.5, assessedOn: '2026-03-01' } },
      );
      expect(below.data?.recordAssessment.assessment.meetsStandard).toBe(false);
      const at = await admin.gql<{ recordAssessment: Payload<{ assessment: { meetsStandard: boolean } }> }>(
        RECORD_ASSESSMENT,
        { input: { employeeId: employeeId(row.id), kind: 'KOMPETENSI', score: min, assessedOn: '2026-04-01' } },
      );
      expect(at.data?.recordAssessment.assessment.meetsStandard).toBe(true);
      const stored = await api.db
        .selectFrom('assessment')
        .select(['competency_standard_id', 'competency_meets_standard'])
        .where('employee_id', '=', row.id)
        .where('assessed_on', '=', '2026-04-01')
        .executeTakeFirstOrThrow();
      expect(stored).toEqual({ competency_standard_id: row.standard_id, competency_meets_standard: true });
    });

    it('refuses, writing nothing: another role, a score out of range, a future day, a duplicate, another instansi’s employee, a malformed ID', async () => {
      const [e] = await unassessedEmployee();
      if (!e) throw new Error('no employee');
      const base = { employeeId: employeeId(e.id), kind: 'POTENSI', score: 80, assessedOn: '2024-05-05' };
      const first = await admin.gql<{ recordAssessment: Payload<object> }>(RECORD_ASSESSMENT, { input: base });
      expect(first.data?.recordAssessment.userErrors).toEqual([]);
      const bkn = await api.db
        .selectFrom('employee as e')
        .innerJoin('instansi as i', 'i.id', 'e.instansi_id')
        .select('e.id')
        .where('i.code', '=', 'BKN')
        .executeTakeFirstOrThrow();
      const kadisdik = await api.as('kadisdik');
      const before = await snapshot('assessment');
      const cases: [TestClient, Record<string, unknown>, Partial<UserError>][] = [
        [kadisdik, { ...base, assessedOn: '2024-06-06' }, { code: 'FORBIDDEN' }],
        [
          admin,
          { ...base, score: 100.5 },
          { code: 'INVALID_INPUT', rule: 'INVALID_NUMBER', field: ['input', 'score'] },
        ],
        [admin, { ...base, assessedOn: '2026-11-29' }, { code: 'INVALID_INPUT', rule: 'NOT_ALLOWED' }],
        [admin, base, { code: 'DUPLICATE', field: ['input', 'assessedOn'] }],
        [admin, { ...base, employeeId: employeeId(bkn.id) }, { code: 'FORBIDDEN' }],
        [admin, { ...base, employeeId: encodeGlobalID('Unit', e.id) }, { code: 'INVALID_INPUT' }],
        [admin, { ...base, employeeId: employeeId(999_999) }, { code: 'NOT_FOUND' }],
      ];
      for (const [client, input, error] of cases) {
        const r = await client.gql<{ recordAssessment: Payload<{ assessment: unknown }> }>(RECORD_ASSESSMENT, {
          input,
        });
        expect(r.data?.recordAssessment.assessment).toBeNull();
        expect(r.data?.recordAssessment.userErrors[0]).toMatchObject(error);
      }
      expect(await snapshot('assessment')).toEqual(before);
    });
  });

  describe('importing assessments from CSV (MERIT-3/4)', () => {
    const nips = async (n: number) =>
      (
        await api.db
          .selectFrom('employee')
          .select(['id', 'nip'])
          .where('instansi_id', '=', pemkot)
          .where('employment', '=', 'PNS')
          .orderBy('id', 'desc')
          .limit(n)
          .execute()
      ).map((e) => e.nip);

    it('imports every row of a valid CSV in one go, with a report per row, and audits each', async () => {
      const [a, b, c] = await nips(3);
      const csv = [
        'NIP,kind,score,assessed_on,assessor,note',
        `${a},POTENSI,84.25,2026-02-10,UPT BKN,"tes potensi, gelombang 1"`,
        `${b},potensi,"77,5",2026-02-11,UPT BKN,`,
        '',
        `${c},KOMPETENSI,70,2026-02-12,Asesor BKPSDM,"catatan ""khusus"""`,
      ].join('\r\n');
      const before = await snapshot('assessment');
      const r = await admin.gql<{
        importAssessments: Payload<{
          written: number;
          refused: number;
          rows: { row: number; nip: string; ok: boolean; assessment: { score: number } | null }[];
        }>;
      }>(IMPORT, { input: { csv } });
      expect(r.data?.importAssessments.userErrors).toEqual([]);
      expect(r.data?.importAssessments.written).toBe(3);
      expect(r.data?.importAssessments.refused).toBe(0);
      expect(r.data?.importAssessments.rows.map((x) => [x.row, x.nip, x.ok, x.assessment?.score])).toEqual([
        [2, a, true, 84.25],
        [3, b, true, 77.5],
        [5, c, true, 70],
      ]);
      expect(await snapshot('assessment')).toEqual({ rows: before.rows + 3, audit: before.audit + 3 });
      const note = await api.db
        .selectFrom('assessment as s')
        .innerJoin('employee as e', 'e.id', 's.employee_id')
        .select('s.note')
        .where('e.nip', '=', c ?? '')
        .where('s.assessed_on', '=', '2026-02-12')
        .executeTakeFirstOrThrow();
      expect(note.note).toBe('catatan "khusus"');
    });

    it('reads a semicolon-separated CSV (spreadsheets in Indonesian)', async () => {
      const [a] = await nips(1);
      const r = await admin.gql<{ importAssessments: Payload<{ written: number }> }>(IMPORT, {
        input: { csv: `nip;kind;score;assessed_on\n${a};POTENSI;88,5;2026-03-03\n` },
      });
      expect(r.data?.importAssessments.userErrors).toEqual([]);
      expect(r.data?.importAssessments.written).toBe(1);
    });

    it('writes nothing when any row is refused, and names each refused row and column', async () => {
      const [a, b] = await nips(2);
      const csv = [
        'nip,kind,score,assessed_on',
        `${a},POTENSI,80,2026-05-01`,
        `${b},POTENSI,abc,2026-05-01`,
        '199912312020121999,POTENSI,80,2026-05-01',
        `${a},BAKAT,80,2026-13-01`,
      ].join('\n');
      const before = await snapshot('assessment');
      const r = await admin.gql<{ importAssessments: Payload<{ rows: unknown }> }>(IMPORT, { input: { csv } });
      expect(r.data?.importAssessments.rows).toBeNull();
      const errors = r.data?.importAssessments.userErrors ?? [];
      expect(errors.map((e) => [e.code, e.field?.join('.')])).toEqual([
        ['INVALID_INPUT', 'input.csv.3.score'],
        ['NOT_FOUND', 'input.csv.4.nip'],
        ['INVALID_INPUT', 'input.csv.5.kind'],
        ['INVALID_INPUT', 'input.csv.5.assessed_on'],
      ]);
      expect(errors[0]?.message).toMatch(/^line 3: /);
      expect(await snapshot('assessment')).toEqual(before);
    });

    it('with partial, writes the valid rows and reports the refused ones with their reasons', async () => {
      const [a, b] = await nips(2);
      const csv = ['nip,kind,score,assessed_on', `${a},POTENSI,81,2026-06-01`, `${b},POTENSI,101,2026-06-01`].join(
        '\n',
      );
      const before = await snapshot('assessment');
      const r = await admin.gql<{
        importAssessments: Payload<{
          written: number;
          refused: number;
          rows: { row: number; ok: boolean; reasons: { code: string; field: string[] }[] }[];
        }>;
      }>(IMPORT, { input: { csv, partial: true } });
      expect(r.data?.importAssessments.userErrors).toEqual([]);
      expect(r.data?.importAssessments.written).toBe(1);
      expect(r.data?.importAssessments.refused).toBe(1);
      expect(r.data?.importAssessments.rows.map((x) => [x.row, x.ok, x.reasons.map((y) => y.field.join('.'))])).toEqual(
        [
          [2, true, []],
          [3, false, ['input.csv.3.score']],
        ],
      );
      expect(await snapshot('assessment')).toEqual({ rows: before.rows + 1, audit: before.audit + 1 });
    });

    it('refuses as DUPLICATE a row already recorded and a row repeating an earlier line', async () => {
      const [a, b] = await nips(2);
      const csv = [
        'nip,kind,score,assessed_on',
        `${a},POTENSI,81,2026-06-01`,
        `${b},KOMPETENSI,75,2026-07-01`,
        `${b},KOMPETENSI,76,2026-07-01`,
      ].join('\n');
      const before = await snapshot('assessment');
      const r = await admin.gql<{ importAssessments: Payload<object> }>(IMPORT, { input: { csv } });
      expect(r.data?.importAssessments.userErrors.map((e) => [e.code, e.field?.join('.')])).toEqual([
        ['DUPLICATE', 'input.csv.2.assessed_on'],
        ['DUPLICATE', 'input.csv.4.assessed_on'],
      ]);
      expect(r.data?.importAssessments.userErrors[1]?.message).toMatch(/already on line 3/);
      expect(await snapshot('assessment')).toEqual(before);
    });

    it('refuses other roles, a CSV without the required columns, an unknown column and an unclosed quote', async () => {
      const [a] = await nips(1);
      const analis = await api.as('analis');
      const before = await snapshot('assessment');
      const cases: [TestClient, string, string][] = [
        [analis, `nip,kind,score,assessed_on\n${a},POTENSI,80,2026-01-05`, 'FORBIDDEN'],
        [admin, `nip,kind,score\n${a},POTENSI,80`, 'INVALID_INPUT'],
        [admin, `nip,kind,score,assessed_on,iq\n${a},POTENSI,80,2026-01-05,120`, 'INVALID_INPUT'],
        [admin, `nip,kind,score,assessed_on\n${a},POTENSI,80,"2026-01-05`, 'INVALID_INPUT'],
        [admin, 'nip,kind,score,assessed_on\n', 'INVALID_INPUT'],
      ];
      for (const [client, csv, code] of cases) {
        const r = await client.gql<{ importAssessments: Payload<{ written: number | null }> }>(IMPORT, {
          input: { csv },
        });
        expect(r.data?.importAssessments.written).toBeNull();
        expect(r.data?.importAssessments.userErrors[0]?.code).toBe(code);
      }
      expect(await snapshot('assessment')).toEqual(before);
    });
  });

  describe('managerial vacancies (MERIT-3/5/6)', () => {
    const open = async (client: TestClient, input: Record<string, unknown>) =>
      (await client.gql<{ openVacancy: Payload<{ vacancy: Vacancy | null }> }>(OPEN_VACANCY, { input })).data
        ?.openVacancy;
    const unit = () => encodeGlobalID('Unit', 2);

    it('an admin opens a vacancy; every candidate carries the checks and the eligible ones are ranked first (MERIT-6)', async () => {
      const r = await open(admin, { unitId: unit(), target: 'PENGAWAS', title: 'Kepala Subbagian Umum' });
      expect(r?.userErrors).toEqual([]);
      const v = r?.vacancy as Vacancy;
      expect(v.status).toBe('OPEN');
      const eligible = v.candidates.filter((c) => c.eligible);
      const ineligible = v.candidates.filter((c) => !c.eligible);
      expect(eligible.length).toBeGreaterThan(0);
      expect(ineligible.length).toBeGreaterThan(0);
      expect(v.candidates.slice(0, eligible.length).every((c) => c.eligible)).toBe(true);
      expect(eligible.map((c) => c.rank)).toEqual(eligible.map((_, i) => i + 1));
      expect(ineligible.every((c) => c.rank === null)).toBe(true);
      // Succession-group members first (MERIT-6), then talent box.
      const members = eligible.map((c) => c.successionMember);
      expect(members).toEqual([...members].sort((x, y) => Number(y) - Number(x)));
      for (const c of v.candidates) {
        expect(c.checks[0]).toMatchObject({ rule: 'MERIT-6', check: 'eligible-for-level', ok: c.eligible });
        expect(c.checks.some((k) => k.rule === 'MERIT-5')).toBe(true);
        const failedRequirement = c.checks.some((k) => (k.rule === 'MERIT-3' || k.rule === 'DISC-2') && !k.ok);
        expect(failedRequirement).toBe(!c.eligible);
      }
      const audit = await api.db
        .selectFrom('audit_log')
        .select(['actor', 'field'])
        .where('entity', '=', 'vacancy')
        .where('entity_id', '=', Number(Buffer.from(v.id, 'base64').toString().split(':')[1]))
        .execute();
      expect(audit).toEqual([{ actor: 'admin', field: null }]);
    });

    it('records the selection of an eligible candidate with who, when, why and the checks it was made on', async () => {
      const v = (await open(admin, { unitId: unit(), target: 'PENGAWAS', title: 'Kepala Seksi Data' }))
        ?.vacancy as Vacancy;
      const chosen = v.candidates.find((c) => c.eligible && c.rank === 2) ?? v.candidates[0];
      if (!chosen) throw new Error('no candidate');
      const audits = await count('audit_log', 'vacancy');
      const r = await admin.gql<{
        recordSelection: Payload<{
          vacancy: {
            status: string;
            closedOn: string;
            decisionNote: string;
            decidedAt: string;
            selected: { nip: string };
            selectionChecks: { rule: string; ok: boolean }[];
            version: number;
          };
          candidate: { rank: number };
        }>;
      }>(RECORD_SELECTION, {
        input: {
          vacancyId: v.id,
          version: v.version,
          employeeId: chosen.employee.id,
          note: 'Hasil wawancara panitia seleksi',
        },
      });
      expect(r.data?.recordSelection.userErrors).toEqual([]);
      const filled = r.data?.recordSelection.vacancy;
      expect(filled).toMatchObject({
        status: 'FILLED',
        closedOn: TODAY,
        decisionNote: 'Hasil wawancara panitia seleksi',
        selected: { nip: chosen.employee.nip },
        version: v.version + 1,
      });
      expect(Number.isNaN(Date.parse(filled?.decidedAt ?? ''))).toBe(false);
      expect(filled?.selectionChecks[0]).toMatchObject({ rule: 'MERIT-6', ok: true });
      expect(r.data?.recordSelection.candidate.rank).toBe(chosen.rank);
      // One audit row per changed column, each with the note as the reason.
      const rows = await api.db
        .selectFrom('audit_log')
        .select(['field', 'reason'])
        .where('entity', '=', 'vacancy')
        .orderBy('id', 'desc')
        .limit((await count('audit_log', 'vacancy')) - audits)
        .execute();
      expect(rows.map((x) => x.field).sort()).toEqual(
        [
          'closed_on',
          'decided_at',
          'decided_by_id',
          'decision_note',
          'selected_employee_id',
          'selection_checks',
          'status',
        ].sort(),
      );
      expect(new Set(rows.map((x) => x.reason))).toEqual(new Set(['Hasil wawancara panitia seleksi']));
    });

    it('refuses, writing nothing: an ineligible candidate (MERIT-6), a stale version, a blank note, another role, a filled vacancy', async () => {
      const v = (await open(admin, { unitId: unit(), target: 'ADMINISTRATOR', title: 'Kepala Bagian Umum' }))
        ?.vacancy as Vacancy;
      const ineligible = v.candidates.find((c) => !c.eligible);
      const eligible = v.candidates.find((c) => c.eligible);
      if (!ineligible || !eligible) throw new Error('the list needs both kinds of candidate');
      const kadisdik = await api.as('kadisdik');
      const before = await snapshot('vacancy');
      const select = (client: TestClient, input: Record<string, unknown>) =>
        client.gql<{ recordSelection: Payload<{ vacancy: unknown }> }>(RECORD_SELECTION, {
          input: { vacancyId: v.id, version: v.version, employeeId: eligible.employee.id, note: 'Terbaik', ...input },
        });
      const cases: [TestClient, Record<string, unknown>, Partial<UserError>][] = [
        [
          admin,
          { employeeId: ineligible.employee.id },
          { code: 'RULE_VIOLATION', rule: 'MERIT-6', field: ['input', 'employeeId'] },
        ],
        [admin, { version: v.version + 1 }, { code: 'CONFLICT', field: ['input', 'version'] }],
        [admin, { note: '   ' }, { code: 'INVALID_INPUT', field: ['input', 'note'] }],
        [admin, { employeeId: encodeGlobalID('Employee', 999_999) }, { code: 'NOT_FOUND' }],
        [kadisdik, {}, { code: 'FORBIDDEN' }],
      ];
      for (const [client, input, error] of cases) {
        const r = await select(client, input);
        expect(r.data?.recordSelection.vacancy).toBeNull();
        expect(r.data?.recordSelection.userErrors[0]).toMatchObject(error);
      }
      expect(ineligible.checks[0]?.detail).toMatch(/does not meet the requirements of ADMINISTRATOR/);
      expect(await snapshot('vacancy')).toEqual(before);
      const ok = await select(admin, {});
      expect(ok.data?.recordSelection.userErrors).toEqual([]);
      const after = await snapshot('vacancy');
      const again = await select(admin, { version: v.version + 1 });
      expect(again.data?.recordSelection.userErrors[0]?.code).toBe('INVALID_STATE');
      expect(await snapshot('vacancy')).toEqual(after);
    });

    it('the candidate list and the vacancies are for the instansi’s administrators only', async () => {
      const v = (await open(admin, { unitId: unit(), target: 'PENGAWAS', title: 'Kepala Seksi Arsip' }))
        ?.vacancy as Vacancy;
      const own = await admin.gql<{ node: { candidates: unknown[] } }>(
        'query($id: ID!) { node(id: $id) { ... on Vacancy { candidates(first: 1000) { rank } } } }',
        { id: v.id },
      );
      expect(own.data?.node.candidates.length).toBe(v.candidates.length);
      for (const login of ['kadisdik', 'pegawai', 'analis']) {
        const client = await api.as(login);
        const r = await client.gql<{ node: unknown }>(
          'query($id: ID!) { node(id: $id) { ... on Vacancy { candidates { rank } } } }',
          { id: v.id },
        );
        // Out of their scope the vacancy is not there at all; were it reached, the list refuses (FORBIDDEN).
        expect(r.data?.node ?? null).toBeNull();
        if (r.errors) expect(r.errors[0]?.extensions?.code).toBe('FORBIDDEN');
        const list = await client.gql<{ vacancies: unknown[] }>('{ vacancies { title } }');
        expect(list.data?.vacancies).toEqual([]);
      }
    });

    it('refuses to open a vacancy for another role, a blank title or a day after today', async () => {
      const kadisdik = await api.as('kadisdik');
      const before = await snapshot('vacancy');
      const cases: [TestClient, Record<string, unknown>, string][] = [
        [kadisdik, { unitId: unit(), target: 'PENGAWAS', title: 'X' }, 'FORBIDDEN'],
        [admin, { unitId: unit(), target: 'PENGAWAS', title: ' ' }, 'INVALID_INPUT'],
        [admin, { unitId: unit(), target: 'PENGAWAS', title: 'X', openedOn: '2026-11-29' }, 'INVALID_INPUT'],
        [admin, { unitId: encodeGlobalID('Unit', 999_999), target: 'PENGAWAS', title: 'X' }, 'NOT_FOUND'],
      ];
      for (const [client, input, code] of cases) {
        const r = await open(client, input);
        expect(r?.vacancy).toBeNull();
        expect(r?.userErrors[0]?.code).toBe(code);
      }
      expect(await snapshot('vacancy')).toEqual(before);
    });

    it('closes an open vacancy with the reason; a closed one cannot be filled', async () => {
      const v = (await open(admin, { unitId: unit(), target: 'JPT_PRATAMA', title: 'Asisten Administrasi Umum' }))
        ?.vacancy as Vacancy;
      const blank = await admin.gql<{ closeVacancy: Payload<{ vacancy: unknown }> }>(CLOSE_VACANCY, {
        input: { vacancyId: v.id, version: v.version, reason: '' },
      });
      expect(blank.data?.closeVacancy.userErrors[0]?.code).toBe('INVALID_INPUT');
      const r = await admin.gql<{
        closeVacancy: Payload<{ vacancy: { status: string; closedOn: string; decisionNote: string; version: number } }>;
      }>(CLOSE_VACANCY, { input: { vacancyId: v.id, version: v.version, reason: 'Formasi dialihkan' } });
      expect(r.data?.closeVacancy.vacancy).toEqual({
        status: 'CLOSED',
        closedOn: TODAY,
        decisionNote: 'Formasi dialihkan',
        version: v.version + 1,
      });
      const eligible = v.candidates.find((c) => c.eligible);
      const fill = await admin.gql<{ recordSelection: Payload<object> }>(RECORD_SELECTION, {
        input: { vacancyId: v.id, version: v.version + 1, employeeId: eligible?.employee.id ?? '', note: 'x' },
      });
      expect(fill.data?.recordSelection.userErrors[0]?.code).toBe('INVALID_STATE');
      const list = await admin.gql<{ vacancies: { title: string; status: string }[] }>(
        '{ vacancies(status: CLOSED) { title status } }',
      );
      expect(list.data?.vacancies).toEqual([{ title: 'Asisten Administrasi Umum', status: 'CLOSED' }]);
    });
  });

  describe('rank promotions due (MERIT-2)', () => {
    const DUE = `query($on: Date!, $unitId: ID) {
      rankPromotionsDue(on: $on, unitId: $unitId, first: 1000) {
        employee { nip rankPromotionDueOn } currentPangkat nextPangkat path checks { rule check ok }
      }
    }`;
    const ALL = `query($on: Date!, $after: String) {
      employees(first: 100, after: $after) {
        nodes { nip rankPromotion(on: $on) { eligible nextPangkat } }
        pageInfo { hasNextPage endCursor }
      }
    }`;
    type Page = { employees: { nodes: Judged[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    type Judged = { nip: string; rankPromotion: { eligible: boolean; nextPangkat: string } | null };
    /** Every employee with the domain's MERIT-2 decision, page by page. */
    const everyone = async (on: string): Promise<Judged[]> => {
      const out: Judged[] = [];
      let after: string | null = null;
      for (;;) {
        const page: GqlResponse<Page> = await admin.gql(ALL, { on, after });
        const employees = page.data?.employees;
        if (!employees) throw new Error(JSON.stringify(page.errors));
        out.push(...employees.nodes);
        if (!employees.pageInfo.hasNextPage) return out;
        after = employees.pageInfo.endCursor;
      }
    };
    type Due = {
      employee: { nip: string };
      nextPangkat: string;
      path: string;
      checks: { rule: string; ok: boolean }[];
    };

    it.each(['2026-12-01', '2027-03-01', '2026-06-01'])(
      'on %s lists exactly the employees the domain finds eligible, each with every check held',
      async (on) => {
        const due = await admin.gql<{ rankPromotionsDue: Due[] }>(DUE, { on });
        const expected = (await everyone(on)).filter((e) => e.rankPromotion?.eligible);
        const listed = due.data?.rankPromotionsDue ?? [];
        expect(listed.map((d) => d.employee.nip).sort()).toEqual(expected.map((e) => e.nip).sort());
        for (const d of listed) {
          expect(d.checks.every((c) => c.ok)).toBe(true);
          expect(d.checks.some((c) => c.rule === 'DISC-2')).toBe(true);
          expect(d.nextPangkat).toBe(expected.find((e) => e.nip === d.employee.nip)?.rankPromotion?.nextPangkat);
        }
        if (on === '2026-12-01') expect(listed.length).toBeGreaterThan(0);
      },
    );

    it('narrows to a unit and the units below it', async () => {
      const all = await admin.gql<{ rankPromotionsDue: Due[] }>(DUE, { on: '2026-12-01' });
      const inUnit = await admin.gql<{ rankPromotionsDue: Due[] }>(DUE, {
        on: '2026-12-01',
        unitId: encodeGlobalID('Unit', 2),
      });
      const expected = await api.db
        .selectFrom('employee as e')
        .innerJoin('unit_closure as c', 'c.descendant_id', 'e.unit_id')
        .select('e.nip')
        .where('c.ancestor_id', '=', 2)
        .execute();
      const nips = new Set(expected.map((e) => e.nip));
      const within = (all.data?.rankPromotionsDue ?? []).filter((d) => nips.has(d.employee.nip));
      expect(inUnit.data?.rankPromotionsDue.map((d) => d.employee.nip)).toEqual(within.map((d) => d.employee.nip));
    });

    it('refuses a day that is not the 1st of a month', async () => {
      const r = await admin.gql(DUE, { on: '2026-12-15' });
      expect(r.errors?.[0]?.message).toMatch(/not the 1st of a month/);
    });
  });
});
