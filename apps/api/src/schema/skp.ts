import { PREDIKATS, type Predikat, RATINGS, type Rating as RatingValue, SKP_STATES } from '@kinerja/domain';
import { builder } from '../builder.js';
import type { Context } from '../context.js';
import { reads } from '../query/columns.js';
import { listTypes } from '../query/list-types.js';
import { loadManyByKey } from '../query/load.js';
import { type EntitySpec, enumKind, toOne } from '../query/spec.js';
import { EmployeeType, employeeSpec } from './employee.js';
import { rootListField, specFields, toOneField, withinUnit } from './entity.js';
import { Predikat as PredikatEnum, Rating } from './enums.js';
import { implementNode, nodeRef } from './node.js';
import type { DbRow } from './rows.js';
import { UnitType, unitSpec } from './unit.js';

/** An SKP: one employee's performance plan and evaluation for one year (EVAL-3..9). */
export const skpSpec: EntitySpec = {
  name: 'Skp',
  table: 'skp',
  key: 'id',
  fields: {
    id: { column: 'id', kind: { type: 'ID', of: 'Skp' }, description: 'The SKP.', hidden: true },
    year: {
      column: 'year',
      kind: { type: 'Int' },
      description: 'The year (tahun penilaian).',
      orderable: true,
      groupBy: 'YEAR',
    },
    state: {
      column: 'state',
      kind: enumKind('SkpState', SKP_STATES),
      description: 'Workflow state (EVAL-9).',
      groupBy: 'STATE',
    },
    resultsRatingSuggested: {
      column: 'results_rating_suggested',
      kind: enumKind('Rating', RATINGS),
      description: 'Suggested results rating (EVAL-5).',
      nullable: true,
    },
    resultsRating: {
      column: 'results_rating_final',
      kind: enumKind('Rating', RATINGS),
      description: 'Final results rating (hasil kerja).',
      nullable: true,
      groupBy: 'RESULTS_RATING',
    },
    resultsRatingOverrideReason: {
      column: 'results_rating_override_reason',
      kind: { type: 'String' },
      description: 'Why the evaluator departed from the suggestion.',
      nullable: true,
    },
    behaviourRatingSuggested: {
      column: 'behaviour_rating_suggested',
      kind: enumKind('Rating', RATINGS),
      description: 'Suggested behaviour rating (EVAL-6).',
      nullable: true,
    },
    behaviourRating: {
      column: 'behaviour_rating_final',
      kind: enumKind('Rating', RATINGS),
      description: 'Final behaviour rating (perilaku kerja).',
      nullable: true,
      groupBy: 'BEHAVIOUR_RATING',
    },
    behaviourRatingOverrideReason: {
      column: 'behaviour_rating_override_reason',
      kind: { type: 'String' },
      description: 'Why the evaluator departed from the suggestion.',
      nullable: true,
    },
    annualPredikatSuggested: {
      column: 'annual_predikat_suggested',
      kind: enumKind('Predikat', PREDIKATS),
      description: 'Suggested annual predikat (EVAL-8).',
      nullable: true,
    },
    annualPredikat: {
      column: 'annual_predikat',
      kind: enumKind('Predikat', PREDIKATS),
      description: 'The annual predikat (EVAL-2/8).',
      nullable: true,
      groupBy: 'ANNUAL_PREDIKAT',
    },
    returnNote: {
      column: 'return_note',
      kind: { type: 'String' },
      description: 'The evaluator’s note when returned to draft.',
      nullable: true,
    },
    employeeId: {
      column: 'employee_id',
      kind: { type: 'ID', of: 'Employee' },
      description: 'The employee.',
      hidden: true,
    },
    unitId: {
      column: 'unit_id',
      kind: { type: 'ID', of: 'Unit' },
      description: 'The unit that year.',
      hidden: true,
      groupBy: 'UNIT',
    },
    evaluatorId: {
      column: 'evaluator_id',
      kind: { type: 'ID', of: 'Employee' },
      description: 'The evaluator (pejabat penilai).',
      hidden: true,
      groupBy: 'EVALUATOR',
    },
  },
  relations: {
    employee: toOne(() => employeeSpec, 'employee_id', 'The employee matches.'),
    evaluator: toOne(() => employeeSpec, 'evaluator_id', 'The evaluator matches.'),
    unit: toOne(() => unitSpec, 'unit_id', 'The unit matches.'),
  },
  customFilters: {
    withinUnit: withinUnit('unit_id', 'The SKP’s unit is this unit or below it.'),
  },
  defaultOrder: [{ field: 'year', desc: true }],
};

type SkpRow = DbRow<'skp'>;

export const IkiType = builder.objectRef<DbRow<'skp_iki'>>('Iki').implement({
  description: 'An indicator (IKI) of a result with its target (EVAL-3).',
  fields: (t) => ({
    aspect: t.exposeString('aspect', { description: 'KUANTITAS, KUALITAS, WAKTU or BIAYA.' }),
    indicator: t.exposeString('indicator', { description: 'The indicator text.' }),
    targetValue: t.float({
      nullable: true,
      description: 'A quantitative target.',
      resolve: (i) => (i.target_value === null ? null : Number(i.target_value)),
    }),
    targetUnit: t.string({
      nullable: true,
      description: 'The unit of a quantitative target.',
      resolve: (i) => i.target_unit,
    }),
    targetText: t.string({ nullable: true, description: 'A qualitative target.', resolve: (i) => i.target_text }),
    realisations: t.field({
      type: [RealisationType],
      description: 'What was achieved per period, with evidence and feedback.',
      resolve: (i, _, ctx) => loadManyByKey(ctx, 'skp_realisation', 'iki_id', i.id, 'period') as never,
    }),
  }),
});

export const RealisationType = builder.objectRef<DbRow<'skp_realisation'>>('Realisation').implement({
  description: 'A periodic realisation of an IKI (EVAL-3/8).',
  fields: (t) => ({
    period: t.exposeInt('period', { description: 'The period number in the year.' }),
    value: t.float({
      nullable: true,
      description: 'The value achieved.',
      resolve: (r) => (r.value === null ? null : Number(r.value)),
    }),
    description: t.exposeString('description', { description: 'What was done.' }),
    evidenceLinks: t.stringList({
      description: 'Links to the evidence (bukti dukung).',
      resolve: (r) => r.evidence_links,
    }),
    feedback: t.string({
      nullable: true,
      description: 'The evaluator’s feedback (umpan balik).',
      resolve: (r) => r.feedback,
    }),
  }),
});

export const RhkType = builder.objectRef<DbRow<'skp_rhk'>>('Rhk').implement({
  description: 'A planned result (rencana hasil kerja, RHK), UTAMA or TAMBAHAN, with its indicators (EVAL-3).',
  fields: (t) => ({
    jenis: t.exposeString('jenis', { description: 'UTAMA or TAMBAHAN.' }),
    description: t.exposeString('description', { description: 'The planned result.' }),
    ratingSuggested: t.field({
      description: 'The rating suggested from the indicators (EVAL-5).',
      type: Rating,
      nullable: true,
      resolve: (r) => r.rating_suggested as RatingValue | null,
    }),
    rating: t.field({
      type: Rating,
      nullable: true,
      description: 'The evaluator’s rating.',
      resolve: (r) => r.rating as RatingValue | null,
    }),
    parentRhkId: t.int({
      nullable: true,
      description: 'The evaluator’s RHK this one supports (cascading).',
      resolve: (r) => r.parent_rhk_id,
    }),
    ikis: t.field({
      type: [IkiType],
      description: 'The indicators (IKI).',
      resolve: (r, _, ctx) => loadManyByKey(ctx, 'skp_iki', 'rhk_id', r.id, 'position, id') as never,
    }),
  }),
});

export const BehaviourType = builder.objectRef<DbRow<'skp_behaviour'>>('Behaviour').implement({
  description: 'One BerAKHLAK value with the evaluator’s expectation, rating and feedback (EVAL-4/6).',
  fields: (t) => ({
    value: t.exposeString('value', { description: 'The BerAKHLAK value.' }),
    expectation: t.exposeString('expectation', { description: 'The evaluator’s specific expectation.' }),
    rating: t.field({
      type: Rating,
      nullable: true,
      description: 'The rating.',
      resolve: (b) => b.rating as RatingValue | null,
    }),
    feedback: t.string({ nullable: true, description: 'Feedback.', resolve: (b) => b.feedback }),
  }),
});

export const PeriodEvaluationType = builder.objectRef<DbRow<'skp_period_evaluation'>>('PeriodEvaluation').implement({
  description: 'A periodic evaluation: results and behaviour ratings and their predikat (EVAL-8).',
  fields: (t) => ({
    periodicity: t.exposeString('periodicity', { description: 'MONTHLY, QUARTERLY or SEMESTER.' }),
    period: t.exposeInt('period', { description: 'The period number in the year.' }),
    resultsRating: t.field({
      type: Rating,
      description: 'Results rating of the period.',
      resolve: (p) => p.results_rating as RatingValue,
    }),
    behaviourRating: t.field({
      type: Rating,
      description: 'Behaviour rating of the period.',
      resolve: (p) => p.behaviour_rating as RatingValue,
    }),
    predikat: t.field({
      type: PredikatEnum,
      description: 'The period’s predikat (EVAL-2).',
      resolve: (p) => p.predikat as Predikat,
    }),
  }),
});

export const SkpType = nodeRef<SkpRow>('Skp', 'skp');
implementNode(
  SkpType,
  'skp',
  'An SKP (sasaran kinerja pegawai): one employee’s plan and evaluation for a year.',
  (t) => ({
    ...specFields(t, skpSpec),
    employee: toOneField(t, EmployeeType, 'employee', 'employee_id', 'The employee.'),
    evaluator: toOneField(
      t,
      EmployeeType,
      'employee',
      'evaluator_id',
      'The evaluator (pejabat penilai); null when the caller may not read that employee.',
      true,
    ),
    evaluatorSuperior: toOneField(
      t,
      EmployeeType,
      'employee',
      'evaluator_superior_id',
      'The evaluator’s superior (atasan pejabat penilai); null when there is none or the caller may not read them.',
      true,
    ),
    unit: toOneField(t, UnitType, 'unit', 'unit_id', 'The unit that year.'),
    results: t.field({
      ...reads('id'),
      type: [RhkType],
      description: 'Planned results (RHK) with indicators.',
      resolve: (s: SkpRow, _: unknown, ctx: Context) =>
        loadManyByKey(ctx, 'skp_rhk', 'skp_id', s.id, 'position, id') as never,
    }),
    behaviours: t.field({
      ...reads('id'),
      type: [BehaviourType],
      description: 'The 7 BerAKHLAK values.',
      resolve: (s: SkpRow, _: unknown, ctx: Context) => loadManyByKey(ctx, 'skp_behaviour', 'skp_id', s.id) as never,
    }),
    periodEvaluations: t.field({
      ...reads('id'),
      type: [PeriodEvaluationType],
      description: 'Periodic evaluations in order.',
      resolve: (s: SkpRow, _: unknown, ctx: Context) =>
        loadManyByKey(ctx, 'skp_period_evaluation', 'skp_id', s.id, 'period') as never,
    }),
  }),
);

builder.queryFields((t) => ({
  skps: rootListField(t, listTypes(skpSpec, SkpType), 'SKPs (evaluations), with filters, order, pages and aggregates.'),
}));
