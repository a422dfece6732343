import type { Database } from '@kinerja/db';
import {
  type AnnualPredikat,
  DEFAULT_POLICY,
  date,
  type EnrolmentFacts,
  evaluatorOf,
  type IsoDate,
  type JabatanPeriod,
  type Pangkat,
  type Policy,
  type PolicyVersion,
  type Predikat,
  parsePolicy,
  policyInForce,
  type Sanction,
  type SanctionType,
} from '@kinerja/domain';
import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Context } from '../context.js';
import { loadUnscoped } from '../query/load.js';
import type { DbRow } from './rows.js';

/**
 * The facts the domain's decisions read, loaded for every employee asked at one level in one statement each:
 * what a resolver hands to `rankPromotion`, `talentBox`, `trainingStatus`, `positionEligibility`.
 */

/** Rows grouped by a key, each group in the rows' order. */
export const groupBy = <R, K>(rows: readonly R[], key: (r: R) => K) => {
  const map = new Map<K, R[]>();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
};

/**
 * Loads the rows of every employee asked at one level with one statement, and hands each employee its own rows
 * (in the statement's order).
 */
const perEmployee = <R extends { employee_id: number }, T>(
  ctx: Context,
  name: string,
  employeeId: number,
  fetch: (ids: number[]) => Promise<R[]>,
  shape: (rows: R[]) => T,
): Promise<T> =>
  ctx
    .loader(name, async (ids: readonly number[]) => {
      const by = groupBy(await fetch([...new Set(ids)]), (r) => r.employee_id);
      return ids.map((id) => shape(by.get(id) ?? []));
    })
    .load(employeeId);

/** The employees facts are asked for: their ids, or a subquery that selects them (a whole instansi at once). */
export type EmployeeIds = readonly number[] | SelectQueryBuilder<Database, 'employee', { id: number }>;

/** Each employee's annual predikats (EVAL-8), newest year first; {@link toAnnualPredikat} reads a row. */
export const annualPredikatRows = (db: Kysely<Database>, ids: EmployeeIds) =>
  db
    .selectFrom('skp')
    .select(['employee_id', 'year', 'annual_predikat'])
    .where('employee_id', 'in', ids)
    .where('annual_predikat', 'is not', null)
    .orderBy('year', 'desc');

/** A row of {@link annualPredikatRows} as the domain reads it. */
export const toAnnualPredikat = (r: { year: number; annual_predikat: string | null }): AnnualPredikat => ({
  year: r.year,
  predikat: r.annual_predikat as Predikat,
});

/**
 * Each employee's enrolments with their session's start and their program's JP (DEV-1), of sessions starting in
 * `year` when it is given; {@link toEnrolmentFacts} reads a row.
 */
export const enrolmentFactRows = (db: Kysely<Database>, ids: EmployeeIds, year?: number) => {
  const all = db
    .selectFrom('enrolment as e')
    .innerJoin('training_session as s', 's.id', 'e.session_id')
    .innerJoin('training_program as p', 'p.id', 's.program_id')
    .select(['e.employee_id', 'e.status', 'e.jp_credited', 'p.jp', 's.start_date'])
    .where('e.employee_id', 'in', ids);
  return year === undefined
    ? all
    : all.where('s.start_date', '>=', `${year}-01-01`).where('s.start_date', '<=', `${year}-12-31`);
};

/** A row of {@link enrolmentFactRows} as the domain reads it. */
export const toEnrolmentFacts = (r: {
  status: string;
  jp_credited: number | null;
  jp: number;
  start_date: string;
}): EnrolmentFacts => ({
  status: r.status as EnrolmentFacts['status'],
  jpCredited: r.jp_credited,
  programJp: r.jp,
  sessionStart: date(r.start_date),
});

/** Annual predikats by year, newest first (MERIT-2..5). */
export const loadAnnualPredikats = (ctx: Context, employeeId: number): Promise<AnnualPredikat[]> =>
  perEmployee(
    ctx,
    'annualPredikats',
    employeeId,
    (ids) => annualPredikatRows(ctx.db, ids).execute(),
    (rows) => rows.map(toAnnualPredikat),
  );

/** Discipline sanctions (DISC-2). */
export const loadSanctions = (ctx: Context, employeeId: number): Promise<(Sanction & { row: DbRow<'sanction'> })[]> =>
  perEmployee(
    ctx,
    'sanctions',
    employeeId,
    (ids) =>
      ctx.db.selectFrom('sanction').selectAll().where('employee_id', 'in', ids).orderBy('start_date', 'desc').execute(),
    (rows) => rows.map((row) => ({ type: row.type as SanctionType, start: date(row.start_date), row })),
  );

/** Enrolments with their session's start and program's JP (DEV-1), for one year. */
export const loadEnrolmentFacts = (ctx: Context, year: number, employeeId: number): Promise<EnrolmentFacts[]> =>
  perEmployee(
    ctx,
    `enrolmentFacts:${year}`,
    employeeId,
    (ids) => enrolmentFactRows(ctx.db, ids, year).execute(),
    (rows) => rows.map(toEnrolmentFacts),
  );

/** The latest assessment of a kind: its score and whether it meets the standard (MERIT-3/4/5). */
export const loadLatestAssessment = (ctx: Context, kind: 'POTENSI' | 'KOMPETENSI', employeeId: number) =>
  perEmployee(
    ctx,
    `latestAssessment:${kind}`,
    employeeId,
    (ids) =>
      ctx.db
        .selectFrom('assessment')
        .select(['employee_id', 'score', 'assessed_on', 'competency_meets_standard'])
        .where('employee_id', 'in', ids)
        .where('kind', '=', kind)
        .orderBy('assessed_on', 'desc')
        .orderBy('id', 'desc')
        .execute(),
    (rows) => rows[0] ?? null,
  );

/** Positions held (MERIT-3). */
export const loadJabatanHistory = (ctx: Context, employeeId: number) =>
  perEmployee(
    ctx,
    'jabatanHistory',
    employeeId,
    (ids) =>
      ctx.db
        .selectFrom('jabatan_history')
        .selectAll()
        .where('employee_id', 'in', ids)
        .orderBy('tmt_from', 'desc')
        .execute(),
    (rows) => rows,
  );

/** Pangkat held (MERIT-1). */
export const loadPangkatHistory = (ctx: Context, employeeId: number) =>
  perEmployee(
    ctx,
    'pangkatHistory',
    employeeId,
    (ids) =>
      ctx.db
        .selectFrom('pangkat_history')
        .selectAll()
        .where('employee_id', 'in', ids)
        .orderBy('tmt_from', 'desc')
        .execute(),
    (rows) => rows,
  );

export const toJabatanPeriods = (
  rows: readonly Pick<DbRow<'jabatan_history'>, 'level' | 'tmt_from' | 'tmt_to'>[],
): JabatanPeriod[] =>
  rows.map((r) => ({
    level: r.level as JabatanPeriod['level'],
    from: date(r.tmt_from),
    to: r.tmt_to ? date(r.tmt_to) : null,
  }));

/** Every policy version, once per request (a small table), by instansi. */
const loadPolicyVersions = (ctx: Context): Promise<Map<number, PolicyVersion[]>> =>
  ctx
    .loader('policyVersions', async (keys: readonly number[]) => {
      const rows = await ctx.db.selectFrom('policy_version').selectAll().execute();
      const map = new Map<number, PolicyVersion[]>();
      for (const r of rows) {
        const parsed = parsePolicy(r.policy);
        if (!parsed.ok) throw new Error(`policy_version ${r.id} is not a valid policy: ${parsed.error.message}`);
        const list = map.get(r.instansi_id) ?? [];
        list.push({ effectiveFrom: date(r.effective_from), policy: parsed.value });
        map.set(r.instansi_id, list);
      }
      return keys.map(() => map);
    })
    .load(0);

/** The policy of an instansi in force on a date (section 8); the defaults when none was recorded. */
export const policyFor = async (ctx: Context, instansiId: number, on: IsoDate): Promise<Policy> => {
  const versions = (await loadPolicyVersions(ctx)).get(instansiId) ?? [];
  const inForce = policyInForce(versions, on);
  return inForce.ok ? inForce.value : DEFAULT_POLICY;
};

/** The pangkat of an employee's evaluator, the direct superior (EVAL-9), or null when there is none. */
export const loadSuperiorPangkat = async (ctx: Context, employee: DbRow<'employee'>): Promise<Pangkat | null> => {
  const unit = await loadUnscoped(ctx, 'unit', 'id', employee.unit_id);
  if (!unit) return null;
  const parent = unit.parent_id ? await loadUnscoped(ctx, 'unit', 'id', Number(unit.parent_id)) : null;
  const evaluator = evaluatorOf({
    employeeId: String(employee.id),
    unit: {
      headId: unit.head_id === null || unit.head_id === undefined ? null : String(unit.head_id),
      parentHeadId: parent?.head_id === null || parent?.head_id === undefined ? null : String(parent.head_id),
    },
  });
  if (!evaluator.ok) return null;
  const head = await loadUnscoped(ctx, 'employee', 'id', Number(evaluator.value.evaluatorId));
  return (head?.current_pangkat as Pangkat | null | undefined) ?? null;
};
