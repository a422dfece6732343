import {
  type AnnualPredikat,
  DEFAULT_POLICY,
  date,
  type EmployeeFactsInput,
  type IsoDate,
  latestPredikat,
  type Pangkat,
  type Policy,
  type PolicyVersion,
  parsePolicy,
  policyInForce,
  rankPromotionDueOn,
  type SanctionType,
  yearFacts,
} from '@kinerja/domain';
import { sql } from 'kysely';
import {
  annualPredikatRows,
  enrolmentFactRows,
  loadSuperiorPangkat,
  toAnnualPredikat,
  toEnrolmentFacts,
} from '../schema/facts.js';
import type { DbRow } from '../schema/rows.js';
import type { TxContext } from './run.js';

const byEmployee = <R extends { employee_id: number }>(rows: readonly R[]) => {
  const map = new Map<number, R[]>();
  for (const r of rows) {
    const list = map.get(r.employee_id);
    if (list) list.push(r);
    else map.set(r.employee_id, [r]);
  }
  return map;
};

/** The policy versions of every instansi, each with its id (the read model records which one judged a fact). */
const policiesOf = async (tx: TxContext) => {
  const rows = await tx.db.selectFrom('policy_version').selectAll().execute();
  const versions = new Map<number, (PolicyVersion & { id: number })[]>();
  for (const r of rows) {
    const parsed = parsePolicy(r.policy);
    if (!parsed.ok) throw new Error(`policy_version ${r.id} is not a valid policy: ${parsed.error.message}`);
    const list = versions.get(r.instansi_id) ?? [];
    list.push({ id: r.id, effectiveFrom: date(r.effective_from), policy: parsed.value });
    versions.set(r.instansi_id, list);
  }
  return (instansiId: number, on: IsoDate): { policy: Policy; id: number | null } => {
    const list = versions.get(instansiId) ?? [];
    const inForce = policyInForce(list, on);
    if (!inForce.ok) return { policy: DEFAULT_POLICY, id: null };
    return { policy: inForce.value, id: list.find((v) => v.policy === inForce.value)?.id ?? null };
  };
};

/**
 * Recomputes, inside the mutation's transaction, the derived facts analysts filter on for these employees: every
 * year of employee_year_fact they have (and the current one), employee.latest_predikat and rank_promotion_due_on,
 * from the rows as they now are, with the domain's read-model functions (the seed uses the same ones). A read after
 * the mutation therefore never sees a stale fact. One statement per input table, whatever the number of employees.
 */
export const refreshFacts = async (
  tx: TxContext,
  employeeIds: readonly number[],
  /** Years to compute beyond those the employees already have facts for (e.g. a past year's new predikat). */
  years: readonly number[] = [],
): Promise<void> => {
  const ids = [...new Set(employeeIds)];
  if (ids.length === 0) return;
  const today = tx.today;
  const thisYear = Number(today.slice(0, 4));
  const [employees, pangkats, jabatans, predikats, enrolments, assessments, sanctions, factYearRows, policyOf] =
    await Promise.all([
      tx.db.selectFrom('employee').selectAll().where('id', 'in', ids).execute(),
      tx.db.selectFrom('pangkat_history').selectAll().where('employee_id', 'in', ids).orderBy('tmt_from').execute(),
      tx.db.selectFrom('jabatan_history').selectAll().where('employee_id', 'in', ids).orderBy('tmt_from').execute(),
      annualPredikatRows(tx.db, ids).execute(),
      enrolmentFactRows(tx.db, ids).execute(),
      tx.db
        .selectFrom('assessment')
        .select(['employee_id', 'kind', 'score', 'assessed_on', 'competency_meets_standard'])
        .where('employee_id', 'in', ids)
        .orderBy('assessed_on')
        .orderBy('id')
        .execute(),
      tx.db.selectFrom('sanction').selectAll().where('employee_id', 'in', ids).execute(),
      tx.db.selectFrom('employee_year_fact').select(['employee_id', 'year']).where('employee_id', 'in', ids).execute(),
      policiesOf(tx),
    ]);
  const pangkatsOf = byEmployee(pangkats);
  const jabatansOf = byEmployee(jabatans);
  const predikatsOf = byEmployee(predikats);
  const enrolmentsOf = byEmployee(enrolments);
  const assessmentsOf = byEmployee(assessments);
  const sanctionsOf = byEmployee(sanctions);
  const yearsOf = byEmployee(factYearRows);
  const superiors = await Promise.all(employees.map((e) => loadSuperiorPangkat(tx, e as DbRow<'employee'>)));

  const factRows: Record<string, unknown>[] = [];
  const employeeUpdates: { id: number; latest: AnnualPredikat | null; due: IsoDate | null }[] = [];
  employees.forEach((e, i) => {
    const annual: AnnualPredikat[] = (predikatsOf.get(e.id) ?? []).map(toAnnualPredikat);
    const assessed = assessmentsOf.get(e.id) ?? [];
    const input: EmployeeFactsInput = {
      employment: e.employment as EmployeeFactsInput['employment'],
      education: e.education as EmployeeFactsInput['education'],
      serviceStart: date(e.service_start),
      pangkats: (pangkatsOf.get(e.id) ?? []).map((r) => ({
        pangkat: r.pangkat as Pangkat,
        from: date(r.tmt_from),
        to: r.tmt_to ? date(r.tmt_to) : null,
      })),
      jabatans: (jabatansOf.get(e.id) ?? []).map((r) => ({
        level: r.level as EmployeeFactsInput['jabatans'][number]['level'],
        kind: r.kind as EmployeeFactsInput['jabatans'][number]['kind'],
        from: date(r.tmt_from),
        to: r.tmt_to ? date(r.tmt_to) : null,
      })),
      annualPredikats: annual,
      enrolments: (enrolmentsOf.get(e.id) ?? []).map(toEnrolmentFacts),
      potentials: assessed
        .filter((a) => a.kind === 'POTENSI')
        .map((a) => ({ on: date(a.assessed_on), score: Number(a.score) })),
      competencyMeetsStandard:
        assessed.filter((a) => a.kind === 'KOMPETENSI').at(-1)?.competency_meets_standard ?? null,
      sanctions: (sanctionsOf.get(e.id) ?? []).map((s) => ({
        type: s.type as SanctionType,
        start: date(s.start_date),
      })),
    };
    const factYears = new Set([thisYear, ...years, ...(yearsOf.get(e.id) ?? []).map((r) => r.year)]);
    for (const year of factYears) {
      const yearEnd = year === thisYear ? today : date(`${year}-12-31`);
      const { policy, id: policyVersionId } = policyOf(e.instansi_id, yearEnd);
      const facts = yearFacts(input, year, today, policy);
      if (!facts) continue;
      factRows.push({
        employee_id: e.id,
        year,
        instansi_id: e.instansi_id,
        unit_id: e.unit_id,
        employment: e.employment,
        gender: e.gender,
        education: e.education,
        pangkat: facts.pangkat,
        jabatan_level: facts.jabatanLevel,
        jabatan_kind: facts.jabatanKind,
        annual_predikat: facts.annualPredikat,
        jp_done: facts.training.jpDone,
        jp_planned: facts.training.jpPlanned,
        jp_shortfall: facts.training.shortfall,
        jp_met: facts.training.met,
        kinerja_level: facts.talent.kinerja,
        potensi_level: facts.talent.potensi,
        talent_box: facts.talent.box,
        succession_member: facts.successionMember,
        policy_version_id: policyVersionId,
        computed_at: sql`now()`,
      });
    }
    const { policy } = policyOf(e.instansi_id, today);
    employeeUpdates.push({
      id: e.id,
      latest: latestPredikat(annual, today),
      due: rankPromotionDueOn(input, superiors[i] ?? null, today, policy),
    });
  });

  if (factRows.length > 0)
    await tx.db
      .insertInto('employee_year_fact')
      .values(factRows as never)
      .onConflict((oc) =>
        oc.columns(['employee_id', 'year']).doUpdateSet((eb) => ({
          instansi_id: eb.ref('excluded.instansi_id'),
          unit_id: eb.ref('excluded.unit_id'),
          employment: eb.ref('excluded.employment'),
          gender: eb.ref('excluded.gender'),
          education: eb.ref('excluded.education'),
          pangkat: eb.ref('excluded.pangkat'),
          jabatan_level: eb.ref('excluded.jabatan_level'),
          jabatan_kind: eb.ref('excluded.jabatan_kind'),
          annual_predikat: eb.ref('excluded.annual_predikat'),
          jp_done: eb.ref('excluded.jp_done'),
          jp_planned: eb.ref('excluded.jp_planned'),
          jp_shortfall: eb.ref('excluded.jp_shortfall'),
          jp_met: eb.ref('excluded.jp_met'),
          kinerja_level: eb.ref('excluded.kinerja_level'),
          potensi_level: eb.ref('excluded.potensi_level'),
          talent_box: eb.ref('excluded.talent_box'),
          succession_member: eb.ref('excluded.succession_member'),
          policy_version_id: eb.ref('excluded.policy_version_id'),
          computed_at: eb.ref('excluded.computed_at'),
        })),
      )
      .execute();

  // One statement for every employee's own derived columns.
  const values = sql.join(
    employeeUpdates.map(
      (u) => sql`(${u.id}::int, ${u.latest?.predikat ?? null}::text, ${u.latest?.year ?? null}::int, ${u.due}::date)`,
    ),
  );
  await sql`update employee set latest_predikat = v.predikat, latest_predikat_year = v.year,
      rank_promotion_due_on = v.due
    from (values ${values}) as v(id, predikat, year, due) where employee.id = v.id`.execute(tx.db);
};
