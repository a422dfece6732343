import {
  type AnnualPredikat,
  checkDistribution,
  DEFAULT_POLICY,
  date,
  type EnrolmentStatus,
  type OrgPredikat,
  type Predikat,
  parseNip,
  predikatOf,
  type Rating,
  type RhkJenis,
  suggestResultsRating,
  talentBox,
  trainingStatus,
} from '@kinerja/domain';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../create-db.js';
import type { DB } from '../database.js';
import { openTestDb, testDrivers } from '../testing/test-db.js';
import { seed, seedIfEmpty } from './seed.js';
import { DEMO_USERS } from './users.js';

const TODAY = date('2026-11-28');
const OPTIONS = { employees: 300, today: TODAY, seed: 'test' } as const;

/** A fingerprint of the tables the seed fills: the same rows give the same hash. */
const fingerprint = async (db: Kysely<DB>) => {
  const tables: [string, string][] = [
    ['unit', 'id'],
    ['employee', 'id'],
    ['pangkat_history', 'id'],
    ['skp', 'id'],
    ['skp_rhk', 'id'],
    ['skp_realisation', 'id'],
    ['distribution_decision', 'id'],
    ['enrolment', 'id'],
    ['recommendation', 'id'],
    ['employee_year_fact', 'employee_id, year'],
  ];
  const out: Record<string, string> = {};
  for (const [table, order] of tables) {
    const { rows } = await sql<{
      h: string;
    }>`select md5(coalesce(string_agg(t::text, '|' order by ${sql.raw(order)}), '')) as h
      from ${sql.table(table)} t`.execute(db);
    out[table] = rows[0]?.h ?? '';
  }
  return out;
};

describe.each(testDrivers())('the demo seed on %s', (driver) => {
  let first: Db;
  let second: Db;
  let other: Db;
  beforeAll(async () => {
    [first, second, other] = await Promise.all([openTestDb(driver), openTestDb(driver), openTestDb(driver)]);
    await seed(first.db, OPTIONS);
    await seed(second.db, OPTIONS);
    await seed(other.db, { ...OPTIONS, seed: 'another' });
  });
  afterAll(async () => {
    await Promise.all([first.close(), second.close(), other.close()]);
  });

  it('is deterministic: the same options give the same rows, another seed other rows', async () => {
    const a = await fingerprint(first.db);
    expect(await fingerprint(second.db)).toEqual(a);
    const b = await fingerprint(other.db);
    expect(b.employee).not.toBe(a.employee);
    expect(b.skp).not.toBe(a.skp);
  });

  it('loads the number of employees asked for, Dinas Pendidikan with its schools, and the BKN instansi', async () => {
    const { db } = first;
    expect(
      (
        await db
          .selectFrom('employee')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ).toBe(300);
    const names = (await db.selectFrom('unit').select('name').execute()).map((u) => u.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Pemerintah Kota Tebing Tinggi',
        'Sekretariat Daerah',
        'Dinas Pendidikan',
        'Dinas Kesehatan',
        'RSUD dr. H. Kumpulan Pane',
        'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
        'Dinas Komunikasi dan Informatika',
        'Kecamatan Padang Hulu',
        'Kecamatan Padang Hilir',
        'Badan Kepegawaian Negara',
        'Kantor Regional VI Medan',
      ]),
    );
    expect(names.some((n) => n.startsWith('SD Negeri'))).toBe(true);
    expect(names.some((n) => n.startsWith('Puskesmas'))).toBe(true);
  });

  it('ID-1: every NIP is valid for its employee (birth date, start of service, gender) on the seed’s today', async () => {
    const rows = await first.db
      .selectFrom('employee')
      .select(['nip', 'gender', 'birth_date', 'service_start'])
      .execute();
    for (const e of rows) {
      const parsed = parseNip(e.nip, { today: TODAY, gender: e.gender });
      expect(parsed.ok && parsed.value.birthDate).toBe(e.birth_date);
      expect(parsed.ok && parsed.value.serviceStart).toEqual({
        year: Number(e.service_start.slice(0, 4)),
        month: Number(e.service_start.slice(5, 7)),
      });
    }
  });

  it('EVAL-2: every evaluated SKP’s annual predikat is predikatOf its final ratings, and every periodic one too', async () => {
    const skps = await first.db
      .selectFrom('skp')
      .select(['id', 'state', 'results_rating_final', 'behaviour_rating_final', 'annual_predikat'])
      .execute();
    const evaluated = skps.filter((s) => s.state === 'EVALUATED' || s.state === 'FINAL');
    expect(evaluated.length).toBeGreaterThan(600);
    for (const s of evaluated)
      expect(s.annual_predikat).toBe(predikatOf(s.results_rating_final as Rating, s.behaviour_rating_final as Rating));
    expect(skps.filter((s) => s.annual_predikat === null).every((s) => !['EVALUATED', 'FINAL'].includes(s.state))).toBe(
      true,
    );
    const periodic = await first.db.selectFrom('skp_period_evaluation').selectAll().execute();
    expect(periodic.length).toBeGreaterThan(0);
    for (const p of periodic) expect(p.predikat).toBe(predikatOf(p.results_rating, p.behaviour_rating));
  });

  it('EVAL-5/7: each suggested results rating is what the domain suggests from the RHK ratings (or the unit’s predikat for its head)', async () => {
    const { db } = first;
    const rhks = await db
      .selectFrom('skp_rhk')
      .innerJoin('skp', 'skp.id', 'skp_rhk.skp_id')
      .select(['skp_rhk.skp_id', 'skp_rhk.jenis', 'skp_rhk.rating'])
      .where('skp.state', 'in', ['EVALUATED', 'FINAL'])
      .execute();
    const bySkp = new Map<number, { jenis: RhkJenis; rating: Rating }[]>();
    for (const r of rhks)
      bySkp.set(r.skp_id, [...(bySkp.get(r.skp_id) ?? []), { jenis: r.jenis, rating: r.rating as Rating }]);
    const skps = await db
      .selectFrom('skp')
      .innerJoin('unit', 'unit.id', 'skp.unit_id')
      .select(['skp.id', 'skp.employee_id', 'skp.results_rating_suggested', 'unit.head_id'])
      .where('skp.id', 'in', [...bySkp.keys()])
      .execute();
    const members = skps.filter((s) => s.head_id !== s.employee_id);
    expect(members.length).toBeGreaterThan(100);
    for (const s of members)
      expect(s.results_rating_suggested).toBe(suggestResultsRating(bySkp.get(s.id) ?? []).rating);
  });

  it('EVAL-10: every distribution decision is the domain’s verdict on the unit’s FINAL predikats', async () => {
    const { db } = first;
    const decisions = await db.selectFrom('distribution_decision').selectAll().execute();
    expect(decisions.length).toBeGreaterThan(10);
    const finals = await db
      .selectFrom('skp')
      .select(['unit_id', 'year', 'annual_predikat'])
      .where('state', '=', 'FINAL')
      .execute();
    for (const d of decisions) {
      const predikats = finals
        .filter((s) => s.unit_id === d.unit_id && s.year === d.year)
        .map((s) => s.annual_predikat as Predikat);
      const verdict = checkDistribution({
        orgPredikat: d.org_predikat as OrgPredikat,
        predikats,
        policy: DEFAULT_POLICY,
      });
      expect({ outcome: d.outcome, n: d.rated_count, violations: d.violations }).toEqual({
        outcome: verdict.outcome,
        n: verdict.n,
        violations: JSON.parse(JSON.stringify(verdict.violations)),
      });
    }
    expect(new Set(decisions.map((d) => d.outcome))).toEqual(new Set(['OK', 'WARN']));
  });

  it('DEV-1/MERIT-4: the yearly facts are the domain’s training status and talent box of the stored rows', async () => {
    const { db } = first;
    const facts = await db.selectFrom('employee_year_fact').selectAll().execute();
    const enrolments = await db
      .selectFrom('enrolment')
      .innerJoin('training_session', 'training_session.id', 'enrolment.session_id')
      .innerJoin('training_program', 'training_program.id', 'training_session.program_id')
      .select([
        'enrolment.employee_id',
        'enrolment.status',
        'enrolment.jp_credited',
        'training_program.jp',
        'training_session.start_date',
      ])
      .execute();
    const predikats = await db.selectFrom('skp').select(['employee_id', 'year', 'annual_predikat']).execute();
    const potentials = await db
      .selectFrom('assessment')
      .select(['employee_id', 'score', 'assessed_on'])
      .where('kind', '=', 'POTENSI')
      .orderBy('assessed_on')
      .execute();
    const employees = new Map(
      (await db.selectFrom('employee').select(['id', 'employment']).execute()).map((e) => [e.id, e.employment]),
    );
    expect(facts.length).toBeGreaterThan(900);
    for (const f of facts) {
      const status = trainingStatus({
        year: f.year,
        employment: employees.get(f.employee_id) ?? 'PNS',
        enrolments: enrolments
          .filter((e) => e.employee_id === f.employee_id)
          .map((e) => ({
            status: e.status as EnrolmentStatus,
            jpCredited: e.jp_credited,
            programJp: e.jp,
            sessionStart: date(e.start_date),
          })),
        policy: DEFAULT_POLICY,
      });
      expect([f.jp_done, f.jp_planned, f.jp_shortfall, f.jp_met]).toEqual([
        status.jpDone,
        status.jpPlanned,
        status.shortfall,
        status.met,
      ]);
      const annual: AnnualPredikat[] = predikats
        .filter((p) => p.employee_id === f.employee_id && p.annual_predikat !== null)
        .map((p) => ({ year: p.year, predikat: p.annual_predikat as Predikat }));
      const yearEnd = f.year === 2026 ? TODAY : `${f.year}-12-31`;
      const potential = potentials.filter((a) => a.employee_id === f.employee_id && a.assessed_on <= yearEnd).at(-1);
      const box = talentBox({
        year: f.year,
        annualPredikats: annual,
        potentialScore: potential?.score ?? null,
        policy: DEFAULT_POLICY,
      });
      expect([f.talent_box, f.kinerja_level, f.potensi_level]).toEqual([box.box, box.kinerja, box.potensi]);
    }
    expect(facts.some((f) => f.talent_box !== null && f.talent_box >= 7)).toBe(true);
  });

  it('makes a demo user for every role, linked to the employees they are', async () => {
    const users = await first.db
      .selectFrom('app_user')
      .leftJoin('employee', 'employee.id', 'app_user.employee_id')
      .innerJoin('user_role', 'user_role.user_id', 'app_user.id')
      .select(['app_user.username', 'user_role.role', 'employee.current_jabatan_title'])
      .execute();
    expect(new Set(users.map((u) => u.username))).toEqual(new Set(DEMO_USERS.map((u) => u.username)));
    expect(new Set(users.map((u) => u.role))).toEqual(
      new Set(['ADMIN', 'ANALYST', 'UNIT_HEAD', 'EVALUATOR', 'EMPLOYEE']),
    );
    expect(users.find((u) => u.username === 'kadisdik')?.current_jabatan_title).toBe('Kepala Dinas Pendidikan');
    expect(users.find((u) => u.username === 'pegawai')?.current_jabatan_title).toMatch(/^Guru /);
  });

  it('leaves the schema as the migrations made it (bulk-load drops and restores keys and indexes)', async () => {
    const catalog = async (db: Kysely<DB>) =>
      (
        await sql<{ d: string }>`
          select conname || ' ' || pg_get_constraintdef(oid) as d from pg_constraint where connamespace = 'public'::regnamespace
          union all select indexname || ' ' || indexdef from pg_indexes where schemaname = 'public'
          order by 1`.execute(db)
      ).rows.map((r) => r.d);
    const fresh = await openTestDb(driver);
    try {
      expect(await catalog(first.db)).toEqual(await catalog(fresh.db));
    } finally {
      await fresh.close();
    }
  });

  it('follows another "today": its year is the one in progress, the three before are evaluated', async () => {
    const later = await openTestDb(driver);
    try {
      const today = date('2027-03-15');
      await seed(later.db, { employees: 200, today });
      const years = await later.db
        .selectFrom('skp')
        .select(['year', 'state'])
        .groupBy(['year', 'state'])
        .orderBy('year')
        .execute();
      expect(new Set(years.map((y) => y.year))).toEqual(new Set([2024, 2025, 2026, 2027]));
      expect(
        years.filter((y) => y.year === 2027).every((y) => ['DRAFT', 'SUBMITTED', 'APPROVED'].includes(y.state)),
      ).toBe(true);
      const nips = await later.db.selectFrom('employee').select(['nip', 'gender']).execute();
      expect(nips.every((e) => parseNip(e.nip, { today, gender: e.gender }).ok)).toBe(true);
    } finally {
      await later.close();
    }
  });

  it('refuses to seed over data, seeds nothing when not empty, and starts over with reset', async () => {
    await expect(seed(first.db, OPTIONS)).rejects.toThrow(/already has data/);
    expect(await seedIfEmpty(first.db, OPTIONS)).toBe(false);
    const before = await fingerprint(first.db);
    await first.db.insertInto('audit_log').values({ actor: 'test', entity: 'skp', entity_id: 1 }).execute();
    await seed(first.db, { ...OPTIONS, reset: true });
    expect(await fingerprint(first.db)).toEqual(before);
    expect(await first.db.selectFrom('audit_log').selectAll().execute()).toEqual([]);
  });
});
