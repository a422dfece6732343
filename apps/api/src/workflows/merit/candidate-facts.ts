import type { Database } from '@kinerja/db';
import {
  type AnnualPredikat,
  date,
  type Education,
  type EmploymentType,
  type EnrolmentFacts,
  type Pangkat,
  type Sanction,
  type SanctionType,
} from '@kinerja/domain';
import { expressionBuilder, type SelectQueryBuilder } from 'kysely';
import type { Context } from '../../context.js';
import {
  annualPredikatRows,
  enrolmentFactRows,
  groupBy,
  toAnnualPredikat,
  toEnrolmentFacts,
  toJabatanPeriods,
} from '../../schema/facts.js';

/**
 * The facts MERIT-6 judges every candidate of an instansi on, read with one statement per fact table for the whole
 * instansi (the candidates are a sub-query, never a list of ids), so the statements do not grow with the instansi.
 * Only the columns the domain reads are selected; the page's employees are loaded whole afterwards.
 */

/** The employee columns a candidate is judged on. */
type CandidateEmployee = {
  readonly id: number;
  readonly birthDate: string;
  readonly education: Education;
  readonly pangkat: Pangkat;
  readonly serviceStart: string;
  readonly employment: EmploymentType;
  readonly competencyArea: string;
};

export type CandidateFacts = {
  readonly employee: CandidateEmployee;
  readonly annualPredikats: readonly AnnualPredikat[];
  readonly sanctions: readonly Sanction[];
  readonly jabatanHistory: ReturnType<typeof toJabatanPeriods>;
  readonly competency: { readonly score: number; readonly meetsStandard: boolean | null } | null;
  readonly potentialScore: number | null;
  readonly enrolments: readonly EnrolmentFacts[];
};

const NONE: readonly never[] = [];

/** MERIT-6's candidates: the PNS of the instansi who hold a pangkat. */
const candidatesIn =
  (instansiId: number) =>
  <O>(qb: SelectQueryBuilder<Database, 'employee', O>) =>
    qb.where('instansi_id', '=', instansiId).where('employment', '=', 'PNS').where('current_pangkat', 'is not', null);

/** Every PNS of an instansi who holds a pangkat, with the facts MERIT-3/5/6 read; in id order. */
export const loadCandidateFacts = async (ctx: Context, instansiId: number, year: number): Promise<CandidateFacts[]> => {
  // The instansi's candidates as a sub-query of each fact table's statement (built apart from `ctx.db`, so it is part
  // of those statements and not counted as one of its own).
  const ids = expressionBuilder<Database>().selectFrom('employee').select('id').$call(candidatesIn(instansiId));
  const [employees, predikats, sanctions, jabatan, assessments, enrolments] = await Promise.all([
    ctx.db
      .selectFrom('employee')
      .$call(candidatesIn(instansiId))
      .select(['id', 'birth_date', 'education', 'current_pangkat', 'service_start', 'employment', 'competency_area'])
      .orderBy('id')
      .execute(),
    annualPredikatRows(ctx.db, ids).execute(),
    ctx.db
      .selectFrom('sanction')
      .select(['employee_id', 'type', 'start_date'])
      .where('employee_id', 'in', ids)
      .orderBy('start_date', 'desc')
      .execute(),
    ctx.db
      .selectFrom('jabatan_history')
      .select(['employee_id', 'level', 'tmt_from', 'tmt_to'])
      .where('employee_id', 'in', ids)
      .orderBy('tmt_from', 'desc')
      .execute(),
    // The latest assessment of each kind per employee.
    ctx.db
      .selectFrom('assessment')
      .distinctOn(['employee_id', 'kind'])
      .select(['employee_id', 'kind', 'score', 'competency_meets_standard'])
      .where('employee_id', 'in', ids)
      .where('kind', 'in', ['KOMPETENSI', 'POTENSI'])
      .orderBy('employee_id')
      .orderBy('kind')
      .orderBy('assessed_on', 'desc')
      .orderBy('id', 'desc')
      .execute(),
    enrolmentFactRows(ctx.db, ids, year).execute(),
  ]);
  const predikatsOf = groupBy(predikats, (r) => r.employee_id);
  const sanctionsOf = groupBy(sanctions, (r) => r.employee_id);
  const jabatanOf = groupBy(jabatan, (r) => r.employee_id);
  const enrolmentsOf = groupBy(enrolments, (r) => r.employee_id);
  const competencyOf = new Map<number, { score: number; meetsStandard: boolean | null }>();
  const potentialOf = new Map<number, number>();
  for (const a of assessments) {
    if (a.kind === 'POTENSI') potentialOf.set(a.employee_id, Number(a.score));
    else competencyOf.set(a.employee_id, { score: Number(a.score), meetsStandard: a.competency_meets_standard });
  }
  return employees.map((e) => ({
    employee: {
      id: e.id,
      birthDate: e.birth_date,
      education: e.education as Education,
      pangkat: e.current_pangkat as Pangkat,
      serviceStart: e.service_start,
      employment: e.employment as EmploymentType,
      competencyArea: e.competency_area,
    },
    annualPredikats: (predikatsOf.get(e.id) ?? NONE).map(toAnnualPredikat),
    sanctions: (sanctionsOf.get(e.id) ?? NONE).map((r) => ({
      type: r.type as SanctionType,
      start: date(r.start_date),
    })),
    jabatanHistory: toJabatanPeriods(jabatanOf.get(e.id) ?? NONE),
    competency: competencyOf.get(e.id) ?? null,
    potentialScore: potentialOf.get(e.id) ?? null,
    enrolments: (enrolmentsOf.get(e.id) ?? NONE).map(toEnrolmentFacts),
  }));
};
