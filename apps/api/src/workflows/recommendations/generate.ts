import {
  type AnnualPredikat,
  type CandidateSession,
  date,
  type EmploymentType,
  type EnrolmentFacts,
  endOfYear,
  type IsoDate,
  lastCompletedYear,
  predikatOfYear,
  type RecommendationInput,
  recommend,
  type TrainingKind,
  type TrainingStatus,
  talentBox,
  trainingGapClosed,
  trainingStatus,
  yearOf,
} from '@kinerja/domain';
import { sql } from 'kysely';
import { audit } from '../../mutation/audit.js';
import type { TxContext } from '../../mutation/run.js';
import {
  annualPredikatRows,
  enrolmentFactRows,
  policyFor,
  toAnnualPredikat,
  toEnrolmentFacts,
} from '../../schema/facts.js';
import type { DbRow } from '../../schema/rows.js';

/**
 * What made recommendations be drawn (REC-1..5): an annual predikat set or a unit finalised for a year (the year
 * of the predikat), a year's JP status changed (the training year), or a request on demand (the last completed
 * year unless given). The trigger only chooses the years the rules read; whatever triggers it, a recommendation is
 * recorded once per rule, employee and year (its trigger key), so calling this again never duplicates one.
 */
export type RecommendationTrigger =
  | { readonly kind: 'ANNUAL_PREDIKAT'; readonly year: number }
  | { readonly kind: 'UNIT_FINALISED'; readonly year: number }
  | { readonly kind: 'JP_STATUS'; readonly year: number }
  | { readonly kind: 'ON_DEMAND'; readonly year?: number | null };

const TRIGGER_NOTES: Record<RecommendationTrigger['kind'], (year: number) => string> = {
  ANNUAL_PREDIKAT: (y) => `Dibuat dari aturan domain: predikat tahunan ${y} ditetapkan`,
  UNIT_FINALISED: (y) => `Dibuat dari aturan domain: penilaian unit tahun ${y} difinalkan`,
  JP_STATUS: (y) => `Dibuat dari aturan domain: status JP tahun ${y} berubah`,
  ON_DEMAND: (y) => `Dibuat dari aturan domain atas permintaan (tahun ${y})`,
};

/** The years a trigger asks the rules about: the predikat's year (REC-1, 3, 4, 5) and the training year (REC-2). */
export const yearsOf = (trigger: RecommendationTrigger, today: IsoDate) => {
  const thisYear = yearOf(today);
  if (trigger.kind === 'JP_STATUS') return { predikatYear: lastCompletedYear(today), trainingYear: trigger.year };
  return { predikatYear: trigger.year ?? lastCompletedYear(today), trainingYear: thisYear };
};

const groupBy = <R>(rows: readonly R[], key: (r: R) => number) => {
  const map = new Map<number, R[]>();
  for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
  return map;
};

/**
 * REC-1..5: draws, inside the caller's transaction, what the domain recommends for these employees from the rows
 * as they now are, and records the new ones (status OPEN, a history row and an audit row each). A recommendation
 * already recorded for the same rule, employee and year is left as it is (whatever its status): never a duplicate.
 * REC-1 and REC-2 suggest sessions of the employee's instansi that start after today and have a free place.
 * Other workflows call it after the write that changes a trigger: setting an annual predikat, finalising a unit,
 * completing or withdrawing from training. Returns the recommendations it recorded.
 */
export const generateRecommendations = async (
  tx: TxContext,
  employeeIds: readonly number[],
  trigger: RecommendationTrigger,
): Promise<DbRow<'recommendation'>[]> => {
  const ids = [...new Set(employeeIds)];
  if (ids.length === 0) return [];
  const today = tx.today;
  const { predikatYear, trainingYear } = yearsOf(trigger, today);
  const employees = await tx.db.selectFrom('employee').selectAll().where('id', 'in', ids).execute();
  const instansiIds = [...new Set(employees.map((e) => e.instansi_id))];
  const [predikats, enrolments, potentials, coachings, sessions] = await Promise.all([
    annualPredikatRows(tx.db, ids).execute(),
    enrolmentFactRows(tx.db, ids).select('s.program_id').execute(),
    tx.db
      .selectFrom('assessment')
      .select(['employee_id', 'score', 'assessed_on'])
      .where('employee_id', 'in', ids)
      .where('kind', '=', 'POTENSI')
      .where('assessed_on', '<=', endOfYear(predikatYear))
      .orderBy('assessed_on', 'desc')
      .orderBy('id', 'desc')
      .execute(),
    // REC-5: coaching (an accepted REC-3) began when it was accepted.
    tx.db
      .selectFrom('recommendation as r')
      .innerJoin('recommendation_status_history as h', 'h.recommendation_id', 'r.id')
      .select(['r.employee_id', 'r.year', sql<string>`to_char(h.changed_at, 'YYYY-MM-DD')`.as('started_on')])
      .where('r.employee_id', 'in', ids)
      .where('r.kind', '=', 'REC_3_COACHING')
      .where('h.to_status', '=', 'ACCEPTED')
      .orderBy('h.changed_at', 'desc')
      .execute(),
    tx.db
      .selectFrom('training_session as s')
      .innerJoin('training_program as p', 'p.id', 's.program_id')
      .select([
        's.id',
        's.program_id',
        's.start_date',
        's.capacity',
        'p.instansi_id',
        'p.kind',
        'p.competency_area',
        'p.jp',
        sql<number>`(select count(*) from enrolment x where x.session_id = s.id
          and x.status not in ('WAITLISTED', 'WITHDRAWN'))::int`.as('taken'),
      ])
      .where('p.instansi_id', 'in', instansiIds)
      .where('p.retired_at', 'is', null)
      .where('s.start_date', '>', today)
      .execute(),
  ]);
  const predikatsOf = groupBy(predikats, (r) => r.employee_id);
  const enrolmentsOf = groupBy(enrolments, (r) => r.employee_id);
  const potentialOf = groupBy(potentials, (r) => r.employee_id);
  const coachingOf = groupBy(coachings, (r) => r.employee_id);
  const sessionsOf = groupBy(sessions, (r) => r.instansi_id);
  const policies = new Map(
    await Promise.all(instansiIds.map(async (id) => [id, await policyFor(tx, id, today)] as const)),
  );

  const trainingOf = new Map<number, TrainingStatus>();
  const drawn = employees.flatMap((e) => {
    const policy = policies.get(e.instansi_id);
    if (!policy) return [];
    const annual: AnnualPredikat[] = (predikatsOf.get(e.id) ?? []).map(toAnnualPredikat);
    const own = enrolmentsOf.get(e.id) ?? [];
    const facts: EnrolmentFacts[] = own.map(toEnrolmentFacts);
    const potential = potentialOf.get(e.id)?.[0];
    const box = talentBox({
      year: predikatYear,
      annualPredikats: annual,
      potentialScore: potential ? Number(potential.score) : null,
      policy,
    });
    const training = trainingStatus({
      year: trainingYear,
      employment: e.employment as EmploymentType,
      enrolments: facts,
      policy,
    });
    trainingOf.set(e.id, training);
    const coaching = coachingOf.get(e.id)?.[0];
    const latestSince = coaching
      ? (annual.filter((a) => a.year > coaching.year).sort((a, b) => b.year - a.year)[0]?.predikat ?? null)
      : null;
    const input: RecommendationInput = {
      employeeId: String(e.id),
      on: today,
      year: predikatYear,
      annualPredikat: predikatOfYear(annual, predikatYear),
      previousPredikats: annual.filter((a) => a.year < predikatYear),
      talentBox: box.box,
      trainingStatus: training,
      competencyArea: e.competency_area,
      completedProgramIds: own.filter((r) => r.status === 'COMPLETED').map((r) => String(r.program_id)),
      coaching: coaching ? { startedOn: date(coaching.started_on), latestPredikat: latestSince } : null,
      sessions: (sessionsOf.get(e.instansi_id) ?? []).map(
        (s): CandidateSession => ({
          id: String(s.id),
          programId: String(s.program_id),
          kind: s.kind as TrainingKind,
          competencyArea: s.competency_area === 'UMUM' ? null : s.competency_area,
          jp: s.jp,
          startDate: date(s.start_date),
          freePlaces: Math.max(0, s.capacity - s.taken),
        }),
      ),
    };
    return recommend(input);
  });
  await closeTrainingGaps(tx, trainingYear, trainingOf);
  if (drawn.length === 0) return [];

  const created = await tx.db
    .insertInto('recommendation')
    .values(
      drawn.map((r) => ({
        employee_id: Number(r.employeeId),
        kind: r.kind,
        year: r.year,
        trigger_key: r.triggerKey,
        reasons: JSON.stringify(r.reasons),
        actions: JSON.stringify(r.actions),
        status: 'OPEN' as const,
      })),
    )
    .onConflict((oc) => oc.column('trigger_key').doNothing())
    .returningAll()
    .execute();
  if (created.length === 0) return [];
  const note = TRIGGER_NOTES[trigger.kind](trigger.kind === 'JP_STATUS' ? trainingYear : predikatYear);
  await tx.db
    .insertInto('recommendation_status_history')
    .values(
      created.map((r) => ({
        recommendation_id: r.id,
        from_status: null,
        to_status: 'OPEN' as const,
        changed_by_id: tx.viewer.userId,
        note,
      })),
    )
    .execute();
  await audit(
    tx,
    created.map((r) => ({ entity: 'recommendation', entityId: r.id, new: r, reason: note })),
  );
  return created.sort((a, b) => a.employee_id - b.employee_id || a.id - b.id);
};

/**
 * REC-2: the training-gap recommendations of the year that are still OPEN or ACCEPTED become DONE for the employees
 * whose gap is now closed (the domain's `trainingGapClosed`), with a history row and an audit row each.
 */
const closeTrainingGaps = async (tx: TxContext, year: number, trainingOf: ReadonlyMap<number, TrainingStatus>) => {
  if (trainingOf.size === 0) return;
  const open = await tx.db
    .selectFrom('recommendation')
    .selectAll()
    .where('employee_id', 'in', [...trainingOf.keys()])
    .where('kind', '=', 'REC_2_TRAINING_GAP')
    .where('year', '=', year)
    .where('status', 'in', ['OPEN', 'ACCEPTED'])
    .forUpdate()
    .execute();
  const closing = open.flatMap((r) => {
    const training = trainingOf.get(r.employee_id);
    const verdict = training ? trainingGapClosed(r.status as 'OPEN' | 'ACCEPTED', training) : null;
    return verdict?.closes ? [{ row: r, reason: verdict.reason }] : [];
  });
  if (closing.length === 0) return;
  await tx.db
    .updateTable('recommendation')
    .set({ status: 'DONE', version: sql`version + 1` })
    .where(
      'id',
      'in',
      closing.map((c) => c.row.id),
    )
    .execute();
  await tx.db
    .insertInto('recommendation_status_history')
    .values(
      closing.map((c) => ({
        recommendation_id: c.row.id,
        from_status: c.row.status,
        to_status: 'DONE' as const,
        changed_by_id: tx.viewer.userId,
        note: c.reason,
      })),
    )
    .execute();
  await audit(
    tx,
    closing.map((c) => ({
      entity: 'recommendation',
      entityId: c.row.id,
      field: 'status',
      old: c.row.status,
      new: 'DONE',
      reason: c.reason,
    })),
  );
};

/**
 * REC-2 after planned JP rose (an enrolment): closes the year's training-gap recommendations whose gap is now
 * closed, without drawing new ones (a gap is drawn when the year's JP status is judged: completions, withdrawals,
 * the annual triggers, on demand).
 */
export const closeResolvedTrainingGaps = async (tx: TxContext, employeeIds: readonly number[], year: number) => {
  const ids = [...new Set(employeeIds)];
  if (ids.length === 0) return;
  const [employees, enrolments] = await Promise.all([
    tx.db.selectFrom('employee').select(['id', 'employment', 'instansi_id']).where('id', 'in', ids).execute(),
    enrolmentFactRows(tx.db, ids).execute(),
  ]);
  const enrolmentsOf = groupBy(enrolments, (r) => r.employee_id);
  const trainingOf = new Map<number, TrainingStatus>();
  for (const e of employees)
    trainingOf.set(
      e.id,
      trainingStatus({
        year,
        employment: e.employment as EmploymentType,
        enrolments: (enrolmentsOf.get(e.id) ?? []).map(toEnrolmentFacts),
        policy: await policyFor(tx, e.instansi_id, tx.today),
      }),
    );
  await closeTrainingGaps(tx, year, trainingOf);
};
