import {
  availableSkpActions,
  BERAKHLAK_VALUES,
  type Check,
  type DistributionCheck,
  IKI_ASPECTS,
  type OrgPredikat as OrgPredikatValue,
  type Predikat as PredikatValue,
  type Rating as RatingValue,
  RHK_JENIS,
  SKP_ACTION_TYPES,
} from '@kinerja/domain';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../builder.js';
import { reads } from '../../query/columns.js';
import { enumType } from '../../query/list-types.js';
import { CheckType, DistributionCheckType } from '../../schema/decision.js';
import { OrgPredikat, Predikat, Rating } from '../../schema/enums.js';
import type { DbRow } from '../../schema/rows.js';
import { BehaviourType, IkiType, PeriodEvaluationType, RealisationType, RhkType, SkpType } from '../../schema/skp.js';
import { UnitType } from '../../schema/unit.js';
import { workflowSubject } from './common.js';

/** The GraphQL types the evaluation workflows read and write (issue #6). */

export const RhkJenisEnum = enumType('RhkJenis', RHK_JENIS, 'A result (RHK) is UTAMA (main) or TAMBAHAN (EVAL-3).');
export const IkiAspectEnum = enumType('IkiAspect', IKI_ASPECTS, 'What an indicator (IKI) measures (EVAL-3).');
export const BerakhlakValueEnum = enumType('BerakhlakValue', BERAKHLAK_VALUES, 'A BerAKHLAK core value (EVAL-4).');
export const SkpActionEnum = enumType(
  'SkpAction',
  SKP_ACTION_TYPES,
  'A step of the SKP workflow (EVAL-9): SUBMIT, APPROVE, RETURN, EVALUATE, FINALISE.',
);

const versionField = (what: string) => ({ description: `The version of the ${what} to send back with a change.` });

builder.objectFields(SkpType, (t) => ({
  version: t.exposeInt('version', {
    ...reads('version'),
    ...versionField('SKP'),
  }),
  annualPredikatOverrideReason: t.string({
    ...reads('annual_predikat_override_reason'),
    nullable: true,
    description: 'Why the evaluator set an annual predikat other than the suggested one (EVAL-8).',
    resolve: (s) => s.annual_predikat_override_reason,
  }),
  availableActions: t.field({
    ...reads('state', 'employee_id', 'evaluator_id'),
    type: [SkpActionEnum],
    description:
      'The workflow steps you may take on this SKP now (EVAL-9); FINALISE is taken for a whole unit with finaliseUnitYear.',
    resolve: (s, _a, ctx) =>
      ctx.viewer?.employeeId ? [...availableSkpActions(workflowSubject(s), { id: String(ctx.viewer.employeeId) })] : [],
  }),
}));

builder.objectFields(RhkType, (t) => ({
  id: t.id({ description: 'The opaque ID of the result.', resolve: (r) => encodeGlobalID('Rhk', r.id) }),
  version: t.exposeInt('version', versionField('result')),
}));

builder.objectFields(IkiType, (t) => ({
  id: t.id({ description: 'The opaque ID of the indicator.', resolve: (i) => encodeGlobalID('Iki', i.id) }),
  version: t.exposeInt('version', versionField('indicator')),
}));

builder.objectFields(RealisationType, (t) => ({
  id: t.id({ description: 'The opaque ID of the realisation.', resolve: (r) => encodeGlobalID('Realisation', r.id) }),
  version: t.exposeInt('version', versionField('realisation')),
}));

builder.objectFields(BehaviourType, (t) => ({
  version: t.exposeInt('version', versionField('behaviour expectation')),
}));

builder.objectFields(PeriodEvaluationType, (t) => ({
  version: t.exposeInt('version', versionField('periodic evaluation')),
}));

/** EVAL-10: a unit's organisation predikat for a year. */
export const UnitOrgPredikatType = builder.objectRef<DbRow<'unit_org_predikat'>>('UnitOrgPredikat').implement({
  description:
    'The organisation predikat (Predikat Kinerja Organisasi) of a unit for a year, set by the head of the parent unit (EVAL-10).',
  fields: (t) => ({
    unit: t.field({
      type: UnitType,
      description: 'The unit.',
      resolve: async (r, _a, ctx) =>
        ctx.db.selectFrom('unit').selectAll().where('id', '=', r.unit_id).executeTakeFirstOrThrow(),
    }),
    year: t.exposeInt('year', { description: 'The year.' }),
    predikat: t.field({
      type: OrgPredikat,
      description: 'The organisation predikat.',
      resolve: (r) => r.predikat as OrgPredikatValue,
    }),
    version: t.exposeInt('version', versionField('organisation predikat')),
  }),
});

/** EVAL-10: the record of a unit head finalising a unit's year. */
export const DistributionDecisionType = builder
  .objectRef<DbRow<'distribution_decision'>>('DistributionDecision')
  .implement({
    description:
      "A unit head's finalisation of a unit's year (EVAL-10): the organisation predikat, the distribution check's outcome and its violations.",
    fields: (t) => ({
      id: t.id({ description: 'The opaque ID.', resolve: (d) => encodeGlobalID('DistributionDecision', d.id) }),
      year: t.exposeInt('year', { description: 'The year finalised.' }),
      orgPredikat: t.field({
        type: OrgPredikat,
        description: 'The organisation predikat the distribution was checked against.',
        resolve: (d) => d.org_predikat,
      }),
      outcome: t.exposeString('outcome', { description: 'OK, or WARN (finalised with the violations recorded).' }),
      ratedCount: t.exposeInt('rated_count', { description: 'Employees of the unit with an annual predikat.' }),
      violations: t.field({
        type: [CheckType],
        description: 'The constraints that did not hold when it was finalised.',
        resolve: (d) => d.violations as unknown as Check[],
      }),
    }),
  });

/** EVAL-5/6/8: a suggestion of the domain with its reasons. */
export const RatingSuggestionType = builder
  .objectRef<{ rating: RatingValue; checks: readonly Check[] }>('RatingSuggestion')
  .implement({
    description: 'A rating the system suggests (EVAL-5/6/7), with the conditions of the rule that produced it.',
    fields: (t) => ({
      rating: t.field({ type: Rating, description: 'The suggested rating.', resolve: (s) => s.rating }),
      checks: t.field({ type: [CheckType], description: 'Why.', resolve: (s) => [...s.checks] }),
    }),
  });

export const PredikatSuggestionType = builder
  .objectRef<{ predikat: PredikatValue; checks: readonly Check[] }>('PredikatSuggestion')
  .implement({
    description: 'A predikat the domain derives (EVAL-2 matrix, EVAL-8 last periodic predikat), with its reasons.',
    fields: (t) => ({
      predikat: t.field({ type: Predikat, description: 'The predikat.', resolve: (s) => s.predikat }),
      checks: t.field({ type: [CheckType], description: 'Why.', resolve: (s) => [...s.checks] }),
    }),
  });

/** EVAL-10: the live guard's answer. */
export const DistributionWhatIfType = builder
  .objectRef<{
    before: DistributionCheck;
    after: DistributionCheck;
    appeared: readonly Check[];
    disappeared: readonly Check[];
    remaining: readonly Check[];
  }>('DistributionWhatIf')
  .implement({
    description:
      "What a unit's distribution (EVAL-10) would look like if some employees' predikats changed: before, after, and which violations appear, disappear or remain.",
    fields: (t) => ({
      before: t.field({ type: DistributionCheckType, description: 'The check as it is.', resolve: (w) => w.before }),
      after: t.field({
        type: DistributionCheckType,
        description: 'The check after the changes.',
        resolve: (w) => w.after,
      }),
      appeared: t.field({
        type: [CheckType],
        description: 'Violations the changes would cause.',
        resolve: (w) => [...w.appeared],
      }),
      disappeared: t.field({
        type: [CheckType],
        description: 'Violations the changes would repair.',
        resolve: (w) => [...w.disappeared],
      }),
      remaining: t.field({
        type: [CheckType],
        description: 'Violations before and after the changes.',
        resolve: (w) => [...w.remaining],
      }),
    }),
  });
