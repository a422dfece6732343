import { testDrivers } from '@kinerja/db/testing';
import { BERAKHLAK_VALUES, checkDistribution, DEFAULT_POLICY } from '@kinerja/domain';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi, type TestClient } from './harness.js';

/**
 * The evaluation cycle of issue #6 through GraphQL against the seeded database: SD Negeri 163437 (head: penilai,
 * the evaluator of its teachers; parent: Dinas Pendidikan, headed by kadisdik) and its teacher pegawai, in 2026.
 */

type UserErrorOut = { code: string; field: string[] | null; message: string; rule: string | null };
type Out = Record<string, unknown> & { userErrors: UserErrorOut[] };

const YEAR = 2026;
const ERRORS = 'userErrors { code field message rule }';
const SKP = 'id state version returnNote resultsRating behaviourRating annualPredikat';

const mutate = async (client: TestClient, name: string, input: Record<string, unknown>, selection: string) => {
  const pascal = `${name[0]?.toUpperCase()}${name.slice(1)}`;
  const res = await client.gql<Record<string, Out>>(
    `mutation M($input: ${pascal}Input!) { ${name}(input: $input) { ${selection} ${ERRORS} } }`,
    { input },
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  const out = res.data?.[name];
  if (!out) throw new Error(`no ${name} in the answer`);
  return out;
};

/** The mutation succeeded: no user errors. */
const ok = (out: Out) => {
  expect(out.userErrors).toEqual([]);
  return out;
};

describe.each(testDrivers())('the evaluation cycle (EVAL-3..10) on %s', (driver) => {
  let api: TestApi;
  let pegawai: TestClient;
  let penilai: TestClient;
  let kadisdik: TestClient;
  let ids: { pegawai: number; penilai: number; kadisdik: number; unit: number; parentUnit: number };
  let skpId: string;
  let resultId: string;
  let indicatorId: string;

  /** A fingerprint of every table the evaluation workflows write, and the audit log's length. */
  const written = async () => {
    const tables = [
      'skp',
      'skp_rhk',
      'skp_iki',
      'skp_realisation',
      'skp_behaviour',
      'skp_period_evaluation',
      'unit_org_predikat',
      'distribution_decision',
      'employee_year_fact',
    ];
    const out: Record<string, string> = {};
    for (const table of tables) {
      const { rows } = await sql<{ h: string }>`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h
        from ${sql.table(table)} t`.execute(api.db);
      out[table] = rows[0]?.h ?? '';
    }
    const audit = await api.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    out.audit_log = String(audit.n);
    return out;
  };

  /** Runs a refused mutation: it answers with the one user error, and nothing at all was written. */
  const refused = async (
    client: TestClient,
    name: string,
    input: Record<string, unknown>,
    expected: Partial<UserErrorOut>,
  ) => {
    const before = await written();
    const out = await mutate(client, name, input, '__typename');
    expect(out.userErrors[0]).toMatchObject(expected);
    expect(await written()).toEqual(before);
    return out.userErrors;
  };

  const skpRow = (id: string) =>
    api.db
      .selectFrom('skp')
      .selectAll()
      .where('id', '=', Number(Buffer.from(id, 'base64').toString().split(':')[1]))
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    api = await startTestApi(driver, { employees: 150 });
    [pegawai, penilai, kadisdik] = await Promise.all([api.as('pegawai'), api.as('penilai'), api.as('kadisdik')]);
    const users = await api.db
      .selectFrom('app_user as u')
      .innerJoin('employee as e', 'e.id', 'u.employee_id')
      .innerJoin('unit', 'unit.id', 'e.unit_id')
      .select(['u.username', 'e.id', 'e.unit_id', 'unit.parent_id'])
      .execute();
    const idOf = (username: string) => {
      const u = users.find((x) => x.username === username);
      if (!u) throw new Error(`no ${username}`);
      return u;
    };
    ids = {
      pegawai: idOf('pegawai').id,
      penilai: idOf('penilai').id,
      kadisdik: idOf('kadisdik').id,
      unit: idOf('pegawai').unit_id,
      parentUnit: Number(idOf('pegawai').parent_id),
    };
    // Precondition: pegawai has no SKP for the year yet (the seed made one), so the cycle starts from nothing.
    await api.db.deleteFrom('skp').where('employee_id', '=', ids.pegawai).where('year', '=', YEAR).execute();
  }, 180_000);
  afterAll(async () => {
    await api?.close();
  });

  it('EVAL-9: the employee starts their SKP; the evaluator is the head of their unit', async () => {
    const out = ok(
      await mutate(
        pegawai,
        'createSkp',
        { employeeId: encodeGlobalID('Employee', ids.pegawai), year: YEAR },
        `skp { ${SKP} } checks { rule check ok }`,
      ),
    );
    const skp = out.skp as { id: string; state: string };
    expect(skp.state).toBe('DRAFT');
    expect((await skpRow(skp.id)).evaluator_id).toBe(ids.penilai);
    expect(out.checks).toContainEqual({ rule: 'EVAL-9', check: 'head-of-unit', ok: true });
    skpId = skp.id;
    const audit = await api.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'skp')
      .where('entity_id', '=', (await skpRow(skpId)).id)
      .execute();
    expect(audit.map((a) => a.actor)).toEqual(['pegawai']);
  });

  it('refuses a second SKP for the same year (DUPLICATE) and an SKP for someone one does not evaluate (FORBIDDEN)', async () => {
    await refused(
      pegawai,
      'createSkp',
      { employeeId: encodeGlobalID('Employee', ids.pegawai), year: YEAR },
      { code: 'DUPLICATE' },
    );
    await refused(
      pegawai,
      'createSkp',
      { employeeId: encodeGlobalID('Employee', ids.penilai), year: YEAR + 1 },
      { code: 'FORBIDDEN', rule: 'EVAL-9' },
    );
  });

  it('EVAL-3: the employee plans a UTAMA result supporting one of the evaluator’s results, with a quantitative indicator', async () => {
    const parent = await api.db
      .selectFrom('skp_rhk as r')
      .innerJoin('skp as s', 's.id', 'r.skp_id')
      .select('r.id')
      .where('s.employee_id', '=', ids.penilai)
      .where('s.year', '=', YEAR)
      .orderBy('r.id')
      .executeTakeFirstOrThrow();
    const added = ok(
      await mutate(
        pegawai,
        'addSkpResult',
        {
          skpId,
          jenis: 'UTAMA',
          description: 'Terlaksananya pembelajaran kelas IV',
          parentRhkId: encodeGlobalID('Rhk', parent.id),
        },
        'result { id version jenis parentRhkId }',
      ),
    );
    const result = added.result as { id: string; parentRhkId: number };
    expect(result.parentRhkId).toBe(parent.id);
    resultId = result.id;
    const indicator = ok(
      await mutate(
        pegawai,
        'addSkpIndicator',
        {
          resultId,
          aspect: 'KUANTITAS',
          indicator: 'Jumlah modul ajar yang disusun',
          targetValue: 12,
          targetUnit: 'modul',
        },
        'indicator { id version targetValue targetUnit }',
      ),
    );
    indicatorId = (indicator.indicator as { id: string }).id;
    expect(indicator.indicator).toMatchObject({ targetValue: 12, targetUnit: 'modul' });
  });

  it('EVAL-3: a result may support only one of the evaluator’s results; a target is a number above 0 with its unit', async () => {
    const foreign = await api.db
      .selectFrom('skp_rhk as r')
      .innerJoin('skp as s', 's.id', 'r.skp_id')
      .select('r.id')
      .where('s.employee_id', '<>', ids.penilai)
      .where('s.year', '=', YEAR)
      .executeTakeFirstOrThrow();
    await refused(
      pegawai,
      'addSkpResult',
      {
        skpId,
        jenis: 'TAMBAHAN',
        description: 'Membina ekstrakurikuler',
        parentRhkId: encodeGlobalID('Rhk', foreign.id),
      },
      { code: 'INVALID_INPUT', rule: 'UNKNOWN_REFERENCE', field: ['input', 'parentRhkId'] },
    );
    await refused(
      pegawai,
      'addSkpIndicator',
      { resultId, aspect: 'KUANTITAS', indicator: 'Jumlah siswa', targetValue: 0, targetUnit: 'siswa' },
      { code: 'INVALID_INPUT', rule: 'INVALID_NUMBER', field: ['input', 'targetValue'] },
    );
  });

  it('EVAL-3: results and indicators change and go while DRAFT, each guarded by its version (stale: CONFLICT)', async () => {
    const added = ok(
      await mutate(
        pegawai,
        'addSkpResult',
        { skpId, jenis: 'TAMBAHAN', description: 'Membina pramuka' },
        'result { id version }',
      ),
    );
    const result = added.result as { id: string; version: number };
    await refused(
      pegawai,
      'updateSkpResult',
      { id: result.id, version: result.version + 1, jenis: 'TAMBAHAN', description: 'Membina pramuka penggalang' },
      { code: 'CONFLICT', field: ['input', 'version'] },
    );
    const updated = ok(
      await mutate(
        pegawai,
        'updateSkpResult',
        { id: result.id, version: result.version, jenis: 'TAMBAHAN', description: 'Membina pramuka penggalang' },
        'result { version description }',
      ),
    );
    expect(updated.result).toEqual({ version: 2, description: 'Membina pramuka penggalang' });
    const indicator = ok(
      await mutate(
        penilai,
        'addSkpIndicator',
        { resultId: result.id, aspect: 'KUALITAS', indicator: 'Mutu pembinaan', targetText: 'Regu mengikuti lomba' },
        'indicator { id version targetText targetValue }',
      ),
    ).indicator as { id: string; version: number };
    const changed = ok(
      await mutate(
        pegawai,
        'updateSkpIndicator',
        {
          id: indicator.id,
          version: indicator.version,
          aspect: 'KUALITAS',
          indicator: 'Mutu pembinaan',
          targetText: 'Regu juara lomba tingkat kota',
        },
        'indicator { version targetText }',
      ),
    );
    expect(changed.indicator).toEqual({ version: 2, targetText: 'Regu juara lomba tingkat kota' });
    await refused(
      pegawai,
      'removeSkpIndicator',
      { id: indicator.id, version: indicator.version },
      { code: 'CONFLICT', field: ['input', 'version'] },
    );
    ok(await mutate(pegawai, 'removeSkpResult', { id: result.id, version: 2 }, 'skp { id }'));
    const skp = await skpRow(skpId);
    const left = await api.db.selectFrom('skp_rhk').select('description').where('skp_id', '=', skp.id).execute();
    expect(left.map((r) => r.description)).toEqual(['Terlaksananya pembelajaran kelas IV']);
    const removal = await api.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'skp_rhk')
      .where('new', 'is', null)
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(removal).toMatchObject({
      actor: 'pegawai',
      old: expect.objectContaining({ description: 'Membina pramuka penggalang' }),
    });
  });

  it('refuses plan edits by anyone but the employee and their evaluator (FORBIDDEN)', async () => {
    await refused(
      kadisdik,
      'addSkpResult',
      { skpId, jenis: 'TAMBAHAN', description: 'Tugas tambahan dari kepala dinas' },
      { code: 'FORBIDDEN' },
    );
  });

  it('EVAL-3/4: an incomplete plan cannot be submitted: every BerAKHLAK value needs an expectation', async () => {
    const version = (await skpRow(skpId)).version;
    const errors = await refused(pegawai, 'submitSkp', { id: skpId, version }, { code: 'RULE_VIOLATION' });
    expect(errors.map((e) => e.rule)).toEqual(['EVAL-4']);
  });

  it('EVAL-3/4: the evaluator sets the expectation of each of the 7 BerAKHLAK values; the employee may not', async () => {
    const expectations = BERAKHLAK_VALUES.map((value) => ({ value, expectation: `Ekspektasi khusus ${value}` }));
    await refused(pegawai, 'setBehaviourExpectations', { skpId, expectations }, { code: 'FORBIDDEN' });
    const out = ok(
      await mutate(penilai, 'setBehaviourExpectations', { skpId, expectations }, 'behaviours { value version }'),
    );
    expect((out.behaviours as unknown[]).length).toBe(7);
  });

  it('refuses a submit with a stale version (CONFLICT), writing nothing', async () => {
    const version = (await skpRow(skpId)).version;
    await refused(
      pegawai,
      'submitSkp',
      { id: skpId, version: version + 1 },
      { code: 'CONFLICT', field: ['input', 'version'] },
    );
  });

  it('EVAL-9: submitted, returned with a note, submitted again and approved', async () => {
    let version = (await skpRow(skpId)).version;
    const submitted = ok(await mutate(pegawai, 'submitSkp', { id: skpId, version }, `skp { ${SKP} }`));
    expect(submitted.skp).toMatchObject({ state: 'SUBMITTED' });
    version = (submitted.skp as { version: number }).version;
    await refused(
      penilai,
      'returnSkp',
      { id: skpId, version, note: '  ' },
      { code: 'INVALID_INPUT', rule: 'REQUIRED' },
    );
    const returned = ok(
      await mutate(penilai, 'returnSkp', { id: skpId, version, note: 'Tambahkan target waktu' }, `skp { ${SKP} }`),
    );
    expect(returned.skp).toMatchObject({ state: 'DRAFT', returnNote: 'Tambahkan target waktu' });
    version = (returned.skp as { version: number }).version;
    version = (
      ok(await mutate(pegawai, 'submitSkp', { id: skpId, version }, `skp { ${SKP} }`)).skp as { version: number }
    ).version;
    const approved = ok(await mutate(penilai, 'approveSkp', { id: skpId, version }, `skp { ${SKP} availableActions }`));
    expect(approved.skp).toMatchObject({ state: 'APPROVED', availableActions: ['EVALUATE'] });
  });

  it('EVAL-9: a state that does not allow the step is INVALID_STATE with the workflow’s reason', async () => {
    const version = (await skpRow(skpId)).version;
    await refused(
      penilai,
      'approveSkp',
      { id: skpId, version },
      {
        code: 'INVALID_STATE',
        rule: 'INVALID_TRANSITION',
        message: 'cannot APPROVE an SKP that is APPROVED; from APPROVED the actions are EVALUATE',
      },
    );
    const rhk = await api.db
      .selectFrom('skp_rhk')
      .selectAll()
      .where('skp_id', '=', (await skpRow(skpId)).id)
      .executeTakeFirstOrThrow();
    await refused(
      pegawai,
      'updateSkpResult',
      { id: resultId, version: rhk.version, jenis: 'UTAMA', description: 'Diubah setelah disetujui' },
      { code: 'INVALID_STATE', rule: 'INVALID_TRANSITION' },
    );
  });

  it('EVAL-9: only the SKP’s own evaluator rates it: an evaluator higher up the tree is refused (FORBIDDEN)', async () => {
    const skp = await skpRow(skpId);
    await refused(
      kadisdik,
      'setAnnualPredikat',
      { id: skpId, version: skp.version },
      { code: 'FORBIDDEN', rule: 'EVAL-9' },
    );
  });

  it('EVAL-3/8: the employee records a realisation with evidence; the evaluator gives feedback', async () => {
    const out = ok(
      await mutate(
        pegawai,
        'recordRealisation',
        {
          indicatorId,
          period: 4,
          value: 14,
          description: 'Modul ajar semester ganjil dan genap',
          evidenceLinks: ['https://arsip.example.org/modul.pdf'],
        },
        'realisation { id version period value evidenceLinks }',
      ),
    );
    const realisation = out.realisation as { id: string; version: number };
    expect(out.realisation).toMatchObject({
      period: 4,
      value: 14,
      evidenceLinks: ['https://arsip.example.org/modul.pdf'],
    });
    await refused(
      pegawai,
      'recordRealisation',
      { indicatorId, period: 5, value: 1, description: 'Triwulan kelima' },
      { code: 'INVALID_INPUT', field: ['input', 'period'] },
    );
    const feedback = ok(
      await mutate(
        penilai,
        'giveRealisationFeedback',
        { id: realisation.id, version: realisation.version, feedback: 'Bagus, lanjutkan' },
        'realisation { feedback }',
      ),
    );
    expect(feedback.realisation).toMatchObject({ feedback: 'Bagus, lanjutkan' });
  });

  it('EVAL-5/6/2: the evaluator rates each result and value; the system suggests; the period gets its predikat', async () => {
    const skp = await skpRow(skpId);
    const rhk = await api.db.selectFrom('skp_rhk').selectAll().where('skp_id', '=', skp.id).executeTakeFirstOrThrow();
    const behaviours = await api.db.selectFrom('skp_behaviour').selectAll().where('skp_id', '=', skp.id).execute();
    const input = {
      id: skpId,
      version: skp.version,
      period: 4,
      results: [{ resultId, version: rhk.version, rating: 'DI_ATAS' }],
      behaviours: behaviours.map((b, i) => ({
        value: b.value,
        version: b.version,
        rating: i < 4 ? 'DI_ATAS' : 'SESUAI',
        feedback: i === 0 ? 'Pelayanan kepada siswa sangat baik' : null,
      })),
    };
    await refused(
      penilai,
      'rateSkp',
      { ...input, behaviourOverride: { rating: 'SESUAI', reason: ' ' } },
      { code: 'INVALID_INPUT', rule: 'REQUIRED' },
    );
    const out = ok(
      await mutate(
        penilai,
        'rateSkp',
        input,
        `skp { ${SKP} results { rating ratingSuggested } }
         periodEvaluation { period resultsRating behaviourRating predikat }
         resultsSuggestion { rating } behaviourSuggestion { rating checks { check ok } } predikat { predikat }`,
      ),
    );
    // 14 of 12 is 117%, at or above policy.rhkAboveRatio 110%: the indicator suggests DI_ATAS (EVAL-5).
    expect(out.skp).toMatchObject({
      resultsRating: 'DI_ATAS',
      behaviourRating: 'DI_ATAS',
      results: [{ rating: 'DI_ATAS', ratingSuggested: 'DI_ATAS' }],
    });
    expect(out.periodEvaluation).toEqual({
      period: 4,
      resultsRating: 'DI_ATAS',
      behaviourRating: 'DI_ATAS',
      predikat: 'SANGAT_BAIK',
    });
    expect(out.behaviourSuggestion).toMatchObject({ rating: 'DI_ATAS' });
  });

  it('EVAL-8: the annual predikat is the last periodic one; an override needs a reason; the read model follows', async () => {
    const skp = await skpRow(skpId);
    await refused(
      penilai,
      'setAnnualPredikat',
      { id: skpId, version: skp.version, override: { predikat: 'BAIK', reason: '' } },
      { code: 'INVALID_INPUT', rule: 'REQUIRED' },
    );
    const out = ok(
      await mutate(
        penilai,
        'setAnnualPredikat',
        { id: skpId, version: skp.version },
        `skp { ${SKP} } suggestion { predikat checks { rule check } }`,
      ),
    );
    expect(out.skp).toMatchObject({ state: 'EVALUATED', annualPredikat: 'SANGAT_BAIK' });
    expect(out.suggestion).toMatchObject({ predikat: 'SANGAT_BAIK' });
    const fact = await api.db
      .selectFrom('employee_year_fact')
      .select('annual_predikat')
      .where('employee_id', '=', ids.pegawai)
      .where('year', '=', YEAR)
      .executeTakeFirstOrThrow();
    expect(fact.annual_predikat).toBe('SANGAT_BAIK');
  });

  it('the evaluator sees the SKPs they evaluate, by state', async () => {
    const res = await penilai.gql<{ mySubordinateSkps: { id: string; state: string }[] }>(
      `query($year: Int!) { mySubordinateSkps(year: $year, state: EVALUATED) { id state } }`,
      { year: YEAR },
    );
    expect(res.data?.mySubordinateSkps).toEqual([{ id: skpId, state: 'EVALUATED' }]);
    const none = await pegawai.gql<{ mySubordinateSkps: unknown[] }>(
      `query($year: Int!) { mySubordinateSkps(year: $year) { id } }`,
      { year: YEAR },
    );
    expect(none.data?.mySubordinateSkps).toEqual([]);
  });

  it('EVAL-10: the head of the parent unit sets the organisation predikat; the school’s own head may not', async () => {
    const input = { unitId: encodeGlobalID('Unit', ids.unit), year: YEAR, predikat: 'BAIK' };
    await refused(penilai, 'setUnitOrgPredikat', input, { code: 'FORBIDDEN' });
    await refused(
      kadisdik,
      'setUnitOrgPredikat',
      { ...input, unitId: encodeGlobalID('Unit', ids.parentUnit) },
      { code: 'FORBIDDEN' },
    );
    const out = ok(await mutate(kadisdik, 'setUnitOrgPredikat', input, 'orgPredikat { year predikat version }'));
    expect(out.orgPredikat).toEqual({ year: YEAR, predikat: 'BAIK', version: 1 });
  });

  it('EVAL-7: the unit’s leader takes the results rating from the organisation predikat; their evaluator is the parent unit’s head', async () => {
    const skp = await api.db
      .selectFrom('skp')
      .selectAll()
      .where('employee_id', '=', ids.penilai)
      .where('year', '=', YEAR)
      .executeTakeFirstOrThrow();
    expect(skp.evaluator_id).toBe(ids.kadisdik);
    const rhks = await api.db.selectFrom('skp_rhk').selectAll().where('skp_id', '=', skp.id).execute();
    const behaviours = await api.db.selectFrom('skp_behaviour').selectAll().where('skp_id', '=', skp.id).execute();
    const input = {
      id: encodeGlobalID('Skp', skp.id),
      version: skp.version,
      period: 4,
      // Every result above expectation: without EVAL-7 the suggestion would be DI_ATAS.
      results: rhks.map((r) => ({ resultId: encodeGlobalID('Rhk', r.id), version: r.version, rating: 'DI_ATAS' })),
      behaviours: behaviours.map((b) => ({ value: b.value, version: b.version, rating: 'SESUAI' })),
    };
    await refused(penilai, 'rateSkp', input, { code: 'FORBIDDEN', rule: 'EVAL-9' });
    const out = ok(
      await mutate(
        kadisdik,
        'rateSkp',
        input,
        'resultsSuggestion { rating checks { rule check } } periodEvaluation { predikat }',
      ),
    );
    expect(out.resultsSuggestion).toEqual({
      rating: 'SESUAI',
      checks: [{ rule: 'EVAL-7', check: 'from-organisation-predikat' }],
    });
    expect(out.periodEvaluation).toEqual({ predikat: 'BAIK' });
  });

  it('EVAL-10: the live what-if tells the evaluator which limits a pending predikat would break', async () => {
    const res = await penilai.gql<{
      distributionWhatIf: { before: { n: number }; after: { n: number; ok: boolean }; appeared: { check: string }[] };
    }>(
      `query($unitId: ID!, $year: Int!, $changes: [PredikatChangeInput!]!) {
        distributionWhatIf(unitId: $unitId, year: $year, changes: $changes) {
          before { n } after { n ok } appeared { check }
        }
      }`,
      {
        unitId: encodeGlobalID('Unit', ids.unit),
        year: YEAR,
        changes: [{ employeeId: encodeGlobalID('Employee', ids.pegawai), predikat: 'BAIK' }],
      },
    );
    expect(res.errors).toBeUndefined();
    // One rated employee: SANGAT_BAIK → BAIK leaves BAIK the whole unit (above 70%) and nobody below BAIK.
    expect(res.data?.distributionWhatIf.before.n).toBe(1);
    expect(res.data?.distributionWhatIf.after.ok).toBe(false);
    expect(res.data?.distributionWhatIf.appeared.map((c) => c.check)).toContain('baik-at-most-70-percent');
    // An employee neither evaluates nor heads in the unit: no answer.
    const employee = await pegawai.gql<{ distributionWhatIf: null }>(
      `query($unitId: ID!, $year: Int!) { distributionWhatIf(unitId: $unitId, year: $year, changes: []) { before { n } } }`,
      { unitId: encodeGlobalID('Unit', ids.unit), year: YEAR },
    );
    expect(employee.data?.distributionWhatIf).toBeNull();
  });

  it('EVAL-9: a unit with SKPs not yet evaluated cannot be finalised (INVALID_STATE)', async () => {
    await refused(
      kadisdik,
      'finaliseUnitYear',
      { unitId: encodeGlobalID('Unit', ids.unit), year: YEAR },
      { code: 'INVALID_STATE', rule: 'INVALID_TRANSITION' },
    );
  });

  it('EVAL-10: in BLOCK mode a distribution that breaks the limits stops the finalisation, writing nothing', async () => {
    // Preconditions: the other teachers and the head are evaluated BAIK, and the instansi's policy blocks.
    await api.db
      .updateTable('skp')
      .set({ state: 'EVALUATED', annual_predikat: 'BAIK', annual_predikat_suggested: 'BAIK' })
      .where('unit_id', '=', ids.unit)
      .where('year', '=', YEAR)
      .where('employee_id', '<>', ids.pegawai)
      .execute();
    await sql`update policy_version set policy = jsonb_set(policy, '{distributionMode}', '"BLOCK"')
      where instansi_id = 1`.execute(api.db);
    const errors = await refused(
      kadisdik,
      'finaliseUnitYear',
      { unitId: encodeGlobalID('Unit', ids.unit), year: YEAR },
      { code: 'DISTRIBUTION_BLOCKED', rule: 'EVAL-10' },
    );
    expect(errors[0]?.message).toMatch(/policy.distributionMode is BLOCK/);
    await sql`update policy_version set policy = jsonb_set(policy, '{distributionMode}', '"WARN"')
      where instansi_id = 1`.execute(api.db);
  });

  it('EVAL-9/10: the unit head finalises the year; in WARN mode the violations are recorded with the decision', async () => {
    const out = ok(
      await mutate(
        kadisdik,
        'finaliseUnitYear',
        { unitId: encodeGlobalID('Unit', ids.unit), year: YEAR },
        'decision { outcome ratedCount violations { check } } skps { state }',
      ),
    );
    const skps = await api.db
      .selectFrom('skp')
      .selectAll()
      .where('unit_id', '=', ids.unit)
      .where('year', '=', YEAR)
      .execute();
    const expected = checkDistribution({
      orgPredikat: 'BAIK',
      predikats: skps.map((s) => s.annual_predikat ?? 'BAIK'),
      policy: DEFAULT_POLICY,
    });
    expect(out.decision).toEqual({
      outcome: 'WARN',
      ratedCount: skps.length,
      violations: expected.violations.map((v) => ({ check: v.check })),
    });
    expect(skps.every((s) => s.state === 'FINAL' && s.finalised_at !== null)).toBe(true);
    const decisions = await api.db
      .selectFrom('distribution_decision')
      .selectAll()
      .where('unit_id', '=', ids.unit)
      .where('year', '=', YEAR)
      .execute();
    expect(decisions.map((d) => [d.outcome, d.decided_by_id])).toEqual([['WARN', ids.kadisdik]]);
  });

  it('EVAL-9: nothing in a FINAL SKP changes except by a correction with a reason, which is audited', async () => {
    const skp = await skpRow(skpId);
    await refused(
      penilai,
      'setAnnualPredikat',
      { id: skpId, version: skp.version },
      { code: 'INVALID_STATE', rule: 'INVALID_TRANSITION' },
    );
    await refused(
      kadisdik,
      'setUnitOrgPredikat',
      { unitId: encodeGlobalID('Unit', ids.unit), year: YEAR, predikat: 'ISTIMEWA', version: 1 },
      { code: 'INVALID_STATE' },
    );
    await refused(
      kadisdik,
      'correctFinalSkp',
      { id: skpId, version: skp.version, annualPredikat: 'BAIK', reason: ' ' },
      { code: 'INVALID_INPUT' },
    );
    await refused(
      penilai,
      'correctFinalSkp',
      { id: skpId, version: skp.version, annualPredikat: 'BAIK', reason: 'Keberatan' },
      { code: 'FORBIDDEN' },
    );
    const out = ok(
      await mutate(
        kadisdik,
        'correctFinalSkp',
        { id: skpId, version: skp.version, annualPredikat: 'BAIK', reason: 'Keputusan keberatan pegawai' },
        `skp { ${SKP} annualPredikatOverrideReason }`,
      ),
    );
    expect(out.skp).toMatchObject({
      state: 'FINAL',
      annualPredikat: 'BAIK',
      annualPredikatOverrideReason: 'Keputusan keberatan pegawai',
    });
    const audit = await api.db
      .selectFrom('audit_log')
      .selectAll()
      .where('entity', '=', 'skp')
      .where('entity_id', '=', skp.id)
      .where('field', '=', 'annual_predikat')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      actor: 'kadisdik',
      old: 'SANGAT_BAIK',
      new: 'BAIK',
      reason: 'Keputusan keberatan pegawai',
    });
    const fact = await api.db
      .selectFrom('employee_year_fact')
      .select('annual_predikat')
      .where('employee_id', '=', ids.pegawai)
      .where('year', '=', YEAR)
      .executeTakeFirstOrThrow();
    expect(fact.annual_predikat).toBe('BAIK');
  });
});
