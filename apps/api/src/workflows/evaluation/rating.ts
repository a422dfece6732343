import {
  applyOverride,
  type BerakhlakRatings,
  type BerakhlakValue,
  type Check,
  checkDistribution,
  checkSkpEditable,
  type DistributionCheck,
  decidePredikat,
  type OrgPredikat,
  type Predikat,
  periodOfIndex,
  type Rating,
  type RatingSuggestion,
  suggestAnnualPredikat,
  suggestBehaviourRating,
  suggestResultsRating,
  suggestRhkRating,
  transitionSkp,
  unitLeaderResultsRating,
} from '@kinerja/domain';
import { builder } from '../../builder.js';
import { audit, updateVersioned } from '../../mutation/audit.js';
import { defineMutation } from '../../mutation/define.js';
import { refreshFacts } from '../../mutation/refresh-facts.js';
import type { TxContext } from '../../mutation/run.js';
import { fail } from '../../mutation/user-error.js';
import { DistributionCheckType } from '../../schema/decision.js';
import { Predikat as PredikatEnum, Rating as RatingEnum } from '../../schema/enums.js';
import type { DbRow } from '../../schema/rows.js';
import { PeriodEvaluationType, SkpType } from '../../schema/skp.js';
import { findEmployee, keyOf } from '../merit/common.js';
import { generateRecommendations } from '../recommendations/generate.js';
import {
  checkVersion,
  lockSkp,
  now,
  orRefuse,
  policyOfYear,
  requireEvaluatorOf,
  type SkpRow,
  viewerEmployee,
  workflowSubject,
} from './common.js';
import { ikiOf, loadResultRows } from './content.js';
import { BerakhlakValueEnum, PredikatSuggestionType, RatingSuggestionType } from './types.js';

/** EVAL-5..8: the evaluator rates each result and each BerAKHLAK value; the domain suggests; the evaluator decides. */

const ResultRatingInput = builder.inputType('ResultRatingInput', {
  description: 'The evaluator’s rating of one result (RHK) (EVAL-5).',
  fields: (t) => ({
    resultId: t.id({ required: true, description: 'The result (RHK).' }),
    version: t.int({ required: true, description: 'The version of the result you read.' }),
    rating: t.field({ type: RatingEnum, required: true, description: 'The rating.' }),
  }),
});

const BehaviourRatingInput = builder.inputType('BehaviourRatingInput', {
  description: 'The evaluator’s rating of one BerAKHLAK value, with feedback (EVAL-6).',
  fields: (t) => ({
    value: t.field({ type: BerakhlakValueEnum, required: true, description: 'The BerAKHLAK value.' }),
    version: t.int({ required: true, description: 'The version of the value’s expectation you read.' }),
    rating: t.field({ type: RatingEnum, required: true, description: 'The rating.' }),
    feedback: t.string({ required: false, description: 'Feedback on this value.' }),
  }),
});

const RatingOverrideInput = builder.inputType('RatingOverrideInput', {
  description: 'The evaluator’s own rating instead of the suggested one, with the written reason kept (EVAL-5/6).',
  fields: (t) => ({
    rating: t.field({ type: RatingEnum, required: true, description: 'The rating chosen.' }),
    reason: t.string({ required: true, description: 'Why.' }),
  }),
});

const PredikatOverrideInput = builder.inputType('PredikatOverrideInput', {
  description: 'The evaluator’s annual predikat instead of the suggested one, with the written reason kept (EVAL-8).',
  fields: (t) => ({
    predikat: t.field({ type: PredikatEnum, required: true, description: 'The predikat chosen.' }),
    reason: t.string({ required: true, description: 'Why.' }),
  }),
});

/** EVAL-5: the rating a result's quantitative indicators suggest for the period (the first one realised). */
const suggestFromIkis = (
  ikis: readonly DbRow<'skp_iki'>[],
  realisations: readonly DbRow<'skp_realisation'>[],
  period: number,
  policy: Parameters<typeof suggestRhkRating>[2],
): Rating | null => {
  for (const iki of ikis) {
    const r = realisations.find((x) => x.iki_id === iki.id && x.period === period && x.value !== null);
    if (!r || iki.target_value === null) continue;
    const s = suggestRhkRating(ikiOf(iki), Number(r.value), policy);
    if (s.ok) return s.value.rating;
  }
  return null;
};

/** The organisation predikat of a unit for a year, if set. */
const orgPredikatOf = async (tx: TxContext, unitId: number, year: number) =>
  (
    await tx.db
      .selectFrom('unit_org_predikat')
      .select('predikat')
      .where('unit_id', '=', unitId)
      .where('year', '=', year)
      .executeTakeFirst()
  )?.predikat ?? null;

const overrideOf = (o: { rating?: unknown; reason: string } | null | undefined) =>
  o ? { rating: o.rating as Rating, reason: o.reason } : null;

type RateResult = {
  skp: SkpRow;
  periodEvaluation: DbRow<'skp_period_evaluation'>;
  resultsSuggestion: RatingSuggestion;
  behaviourSuggestion: RatingSuggestion;
  predikat: { predikat: Predikat; checks: readonly Check[] };
};

defineMutation({
  name: 'rateSkp',
  description:
    'The evaluator rates each result (RHK) and each BerAKHLAK value for a period (EVAL-5/6/8); the system suggests the overall results rating (or takes it from the unit’s organisation predikat for its leader, EVAL-7) and the behaviour rating, which the evaluator may override with a reason; the period’s predikat follows from the matrix (EVAL-2). APPROVED or EVALUATED SKP; the evaluator of the SKP.',
  input: (t) => ({
    id: t.id({ required: true, description: 'The SKP.' }),
    version: t.int({ required: true, description: 'The version of the SKP you read.' }),
    period: t.int({ required: true, description: 'The period evaluated (EVAL-8).' }),
    results: t.field({ type: [ResultRatingInput], required: true, description: 'A rating for every result.' }),
    behaviours: t.field({
      type: [BehaviourRatingInput],
      required: true,
      description: 'A rating for every BerAKHLAK value.',
    }),
    resultsOverride: t.field({
      type: RatingOverrideInput,
      required: false,
      description: 'Your overall results rating instead of the suggested one.',
    }),
    behaviourOverride: t.field({
      type: RatingOverrideInput,
      required: false,
      description: 'Your overall behaviour rating instead of the suggested one.',
    }),
  }),
  run: async (tx, input): Promise<RateResult> => {
    const skp = await lockSkp(tx, String(input.id));
    requireEvaluatorOf(tx, skp, 'rate it');
    checkVersion(skp, input.version, `SKP ${skp.id}`);
    orRefuse(checkSkpEditable(skp.state, 'RATING'));
    const employee = await findEmployee(tx, skp.employee_id, ['id']);
    const policy = await policyOfYear(tx, employee.instansi_id, skp.year);
    const period = orRefuse(periodOfIndex(skp.year, input.period, policy, 'period'), ['input', 'period']);

    const { rhks, ikis, realisations } = await loadResultRows(tx, skp.id, true);
    const results = input.results as { resultId: string | number; version: number; rating: Rating }[];
    const rated = new Map<number, { version: number; rating: Rating; at: number }>();
    for (const [i, r] of results.entries()) {
      const id = keyOf(String(r.resultId), 'Rhk', ['results', String(i), 'resultId']);
      if (!rhks.some((x) => x.id === id))
        fail('NOT_FOUND', `result (RHK) ${id} is not a result of this SKP`, [
          'input',
          'results',
          String(i),
          'resultId',
        ]);
      if (rated.has(id)) fail('DUPLICATE', `result ${id} is rated twice`, ['input', 'results', String(i), 'resultId']);
      rated.set(id, { version: r.version, rating: r.rating, at: i });
    }
    const unrated = rhks.filter((r) => !rated.has(r.id));
    if (unrated.length > 0 || rhks.length === 0)
      fail(
        'INVALID_INPUT',
        rhks.length === 0
          ? 'the SKP has no results to rate'
          : `the evaluator rates each result (EVAL-5); not rated: ${unrated.map((r) => r.description).join('; ')}`,
        ['input', 'results'],
        'EVAL-5',
      );
    for (const rhk of rhks) {
      const r = rated.get(rhk.id);
      if (!r) continue;
      checkVersion(rhk, r.version, `result (RHK) ${rhk.id}`, ['results', String(r.at), 'version']);
      const suggested = suggestFromIkis(
        ikis.filter((i) => i.rhk_id === rhk.id),
        realisations,
        input.period,
        policy,
      );
      await updateVersioned(tx, {
        table: 'skp_rhk',
        id: rhk.id,
        version: r.version,
        set: { rating: r.rating, rating_suggested: suggested },
      });
    }

    const behaviourRows = await tx.db
      .selectFrom('skp_behaviour')
      .selectAll()
      .where('skp_id', '=', skp.id)
      .forUpdate()
      .execute();
    const ratings: Partial<Record<BerakhlakValue, Rating>> = {};
    const behaviours = input.behaviours as {
      value: BerakhlakValue;
      version: number;
      rating: Rating;
      feedback?: string | null;
    }[];
    for (const [i, b] of behaviours.entries()) {
      const row = behaviourRows.find((x) => x.value === b.value);
      if (!row)
        fail('NOT_FOUND', `${b.value} has no expectation on this SKP to rate against`, [
          'input',
          'behaviours',
          String(i),
          'value',
        ]);
      if (ratings[b.value]) fail('DUPLICATE', `${b.value} is rated twice`, ['input', 'behaviours', String(i), 'value']);
      const found = row as DbRow<'skp_behaviour'>;
      checkVersion(found, b.version, `the expectation for ${b.value}`, ['behaviours', String(i), 'version']);
      ratings[b.value] = b.rating;
      const feedback = b.feedback?.trim() || found.feedback;
      await updateVersioned(tx, {
        table: 'skp_behaviour',
        id: found.id,
        version: b.version,
        set: { rating: b.rating, feedback },
      });
    }

    // EVAL-7: the unit's leader takes the results rating from the organisation predikat, when it is set.
    const unit = await tx.db
      .selectFrom('unit')
      .select('head_id')
      .where('id', '=', skp.unit_id)
      .executeTakeFirstOrThrow();
    const orgPredikat = unit.head_id === skp.employee_id ? await orgPredikatOf(tx, skp.unit_id, skp.year) : null;
    const resultsSuggestion = orgPredikat
      ? unitLeaderResultsRating(orgPredikat as OrgPredikat)
      : suggestResultsRating(
          rhks.map((r) => ({ jenis: r.jenis as 'UTAMA' | 'TAMBAHAN', rating: rated.get(r.id)?.rating ?? 'SESUAI' })),
        );
    const behaviourSuggestion = orRefuse(suggestBehaviourRating(ratings as BerakhlakRatings, policy), [
      'input',
      'behaviours',
    ]);
    const resultsFinal = orRefuse(applyOverride(resultsSuggestion.rating, overrideOf(input.resultsOverride)), [
      'input',
      'resultsOverride',
      'reason',
    ]);
    const behaviourFinal = orRefuse(applyOverride(behaviourSuggestion.rating, overrideOf(input.behaviourOverride)), [
      'input',
      'behaviourOverride',
      'reason',
    ]);
    const predikat = decidePredikat(resultsFinal.final, behaviourFinal.final);

    const updated = await updateVersioned(tx, {
      table: 'skp',
      id: skp.id,
      version: input.version,
      set: {
        results_rating_suggested: resultsFinal.suggested,
        results_rating_final: resultsFinal.final,
        results_rating_override_reason: resultsFinal.reason,
        behaviour_rating_suggested: behaviourFinal.suggested,
        behaviour_rating_final: behaviourFinal.final,
        behaviour_rating_override_reason: behaviourFinal.reason,
      },
    });
    const values = {
      results_rating: resultsFinal.final,
      behaviour_rating: behaviourFinal.final,
      predikat: predikat.predikat,
      evaluated_at: now(),
    };
    const existing = await tx.db
      .selectFrom('skp_period_evaluation')
      .selectAll()
      .where('skp_id', '=', skp.id)
      .where('period', '=', period.index)
      .forUpdate()
      .executeTakeFirst();
    let periodEvaluation: DbRow<'skp_period_evaluation'>;
    if (existing) {
      // The SKP's version guards the period's evaluation: it is derived from the ratings just written.
      periodEvaluation = await updateVersioned(tx, {
        table: 'skp_period_evaluation',
        id: existing.id,
        version: null,
        set: { ...values, periodicity: policy.periodicity },
      });
    } else {
      periodEvaluation = await tx.db
        .insertInto('skp_period_evaluation')
        .values({ skp_id: skp.id, periodicity: policy.periodicity, period: period.index, ...values })
        .returningAll()
        .executeTakeFirstOrThrow();
      await audit(tx, [{ entity: 'skp_period_evaluation', entityId: periodEvaluation.id, new: periodEvaluation }]);
    }
    return { skp: updated, periodEvaluation, resultsSuggestion, behaviourSuggestion, predikat };
  },
  payload: (t) => ({
    skp: t.field({ type: SkpType, nullable: true, description: 'The SKP with its ratings.', resolve: (p) => p.skp }),
    periodEvaluation: t.field({
      type: PeriodEvaluationType,
      nullable: true,
      description: 'The period’s evaluation: its ratings and predikat (EVAL-8).',
      resolve: (p) => p.periodEvaluation,
    }),
    resultsSuggestion: t.field({
      type: RatingSuggestionType,
      nullable: true,
      description: 'The results rating the system suggested, and why (EVAL-5/7).',
      resolve: (p) => p.resultsSuggestion,
    }),
    behaviourSuggestion: t.field({
      type: RatingSuggestionType,
      nullable: true,
      description: 'The behaviour rating the system suggested, and why (EVAL-6).',
      resolve: (p) => p.behaviourSuggestion,
    }),
    predikat: t.field({
      type: PredikatSuggestionType,
      nullable: true,
      description: 'The period’s predikat from the matrix (EVAL-2).',
      resolve: (p) => p.predikat,
    }),
  }),
});

/** EVAL-10: the unit's distribution for a year as it now stands, or null until its organisation predikat is set. */
export const unitDistribution = async (
  tx: TxContext,
  unitId: number,
  year: number,
): Promise<DistributionCheck | null> => {
  const orgPredikat = await orgPredikatOf(tx, unitId, year);
  if (!orgPredikat) return null;
  const unit = await tx.db.selectFrom('unit').select('instansi_id').where('id', '=', unitId).executeTakeFirstOrThrow();
  const rows = await tx.db
    .selectFrom('skp')
    .select('annual_predikat')
    .where('unit_id', '=', unitId)
    .where('year', '=', year)
    .where('annual_predikat', 'is not', null)
    .execute();
  return checkDistribution({
    orgPredikat: orgPredikat as OrgPredikat,
    predikats: rows.map((r) => r.annual_predikat as Predikat),
    policy: await policyOfYear(tx, unit.instansi_id, year),
  });
};

defineMutation({
  name: 'setAnnualPredikat',
  description:
    'The evaluator sets the annual predikat of an APPROVED (or re-sets that of an EVALUATED) SKP: suggested from the last periodic predikat of the year (EVAL-8), each from the matrix (EVAL-2); an override keeps its reason. The SKP becomes EVALUATED (EVAL-9) and the read model is refreshed. The evaluator of the SKP.',
  input: (t) => ({
    id: t.id({ required: true, description: 'The SKP.' }),
    version: t.int({ required: true, description: 'The version of the SKP you read.' }),
    override: t.field({
      type: PredikatOverrideInput,
      required: false,
      description: 'Your annual predikat instead of the suggested one.',
    }),
  }),
  run: async (tx, input) => {
    const skp = await lockSkp(tx, String(input.id));
    requireEvaluatorOf(tx, skp, 'set its annual predikat');
    checkVersion(skp, input.version, `SKP ${skp.id}`);
    const employee = await findEmployee(tx, skp.employee_id, ['id']);
    const policy = await policyOfYear(tx, employee.instansi_id, skp.year);
    const periodic = await tx.db.selectFrom('skp_period_evaluation').selectAll().where('skp_id', '=', skp.id).execute();
    const periods = periodic.flatMap((p) => {
      const period = periodOfIndex(skp.year, p.period, { periodicity: p.periodicity as typeof policy.periodicity });
      return period.ok ? [{ period: period.value, predikat: p.predikat as Predikat }] : [];
    });
    // The state first: an SKP that is not APPROVED or EVALUATED is refused with the workflow's reason.
    const suggestion = suggestAnnualPredikat(skp.year, periods);
    const probe: Predikat = suggestion.ok ? suggestion.value.predikat : 'BAIK';
    orRefuse(
      transitionSkp(
        workflowSubject(skp),
        { type: 'EVALUATE', annualPredikat: probe },
        { id: String(viewerEmployee(tx)) },
      ),
    );
    const suggested = orRefuse(suggestion, null, 'INVALID_STATE');
    const override = input.override
      ? { rating: input.override.predikat as Predikat, reason: input.override.reason }
      : null;
    const chosen = orRefuse(applyOverride(suggested.predikat, override), ['input', 'override', 'reason']);
    const transition = orRefuse(
      transitionSkp(
        workflowSubject(skp),
        { type: 'EVALUATE', annualPredikat: chosen.final },
        { id: String(viewerEmployee(tx)) },
      ),
    );
    const updated = await updateVersioned(tx, {
      table: 'skp',
      id: skp.id,
      version: input.version,
      set: {
        state: transition.to,
        annual_predikat_suggested: chosen.suggested,
        annual_predikat: chosen.final,
        annual_predikat_override_reason: chosen.reason,
        evaluated_at: now(),
      },
      reason: chosen.reason,
    });
    await refreshFacts(tx, [skp.employee_id], [skp.year]);
    // REC-1..5: an annual predikat set is a trigger (recorded once per rule, employee and year).
    await generateRecommendations(tx, [skp.employee_id], { kind: 'ANNUAL_PREDIKAT', year: skp.year });
    return {
      skp: updated,
      suggestion: { predikat: suggested.predikat, checks: [...suggested.checks, ...transition.checks] },
      distribution: await unitDistribution(tx, skp.unit_id, skp.year),
    };
  },
  payload: (t) => ({
    skp: t.field({ type: SkpType, nullable: true, description: 'The SKP, EVALUATED.', resolve: (p) => p.skp }),
    suggestion: t.field({
      type: PredikatSuggestionType,
      nullable: true,
      description: 'The suggested annual predikat and why (EVAL-8/9).',
      resolve: (p) => p.suggestion,
    }),
    distribution: t.field({
      type: DistributionCheckType,
      nullable: true,
      description:
        'The unit’s distribution for the year with this predikat (EVAL-10); null until its organisation predikat is set.',
      resolve: (p) => p.distribution,
    }),
  }),
});
