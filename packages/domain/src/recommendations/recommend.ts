import { type Check, check } from '../core/check.js';
import { addMonths, compareDates, type IsoDate, yearOf } from '../core/date.js';
import type { TrainingKind } from '../development/training-kinds.js';
import type { TrainingStatus } from '../development/training-status.js';
import { isPredikatAtLeast, type Predikat, predikatRank } from '../evaluation/scales.js';
import { type AnnualPredikat, predikatOfYear } from '../merit/annual-predikats.js';
import type { TalentBox } from '../merit/talent-box.js';

/** REC-1..5: the kinds of recommendation, one per rule. */
export const RECOMMENDATION_KINDS = [
  'REC_1_DEVELOP',
  'REC_2_TRAINING_GAP',
  'REC_3_COACHING',
  'REC_4_DISCIPLINARY_REVIEW',
  'REC_5_COMPETENCY_TEST',
] as const;
/** REC-1..5: a kind of recommendation. */
export type RecommendationKind = (typeof RECOMMENDATION_KINDS)[number];

/** REC-1/REC-2: a training session open for enrolment that a recommendation may suggest. */
export type CandidateSession = {
  readonly id: string;
  readonly programId: string;
  readonly kind: TrainingKind;
  /** The competency area the program develops; null when general. */
  readonly competencyArea: string | null;
  readonly jp: number;
  readonly startDate: IsoDate;
  readonly freePlaces: number;
};

/** REC-1..5: what a recommendation suggests doing; `label` is the Indonesian text shown to people. */
export type SuggestedAction =
  | {
      readonly type: 'ENROL_SESSION';
      readonly label: string;
      readonly sessionId: string;
      readonly programId: string;
      readonly jp: number;
      readonly startDate: IsoDate;
    }
  | { readonly type: 'PLAN_TRAINING'; readonly label: string; readonly jp: number }
  | { readonly type: 'NOMINATE_SUCCESSION'; readonly label: string }
  | { readonly type: 'GUIDANCE'; readonly label: string }
  | { readonly type: 'COUNSELLING'; readonly label: string }
  | { readonly type: 'IMPROVEMENT_PLAN'; readonly label: string; readonly months: number; readonly until: IsoDate }
  | { readonly type: 'DISCIPLINARY_REVIEW'; readonly label: string; readonly by: 'DIRECT_SUPERIOR' }
  | { readonly type: 'COMPETENCY_TEST'; readonly label: string }
  | { readonly type: 'REPLACEMENT'; readonly label: string };

/** REC-1..5: a proposal to the instansi, never an automatic sanction. */
export type Recommendation = {
  readonly kind: RecommendationKind;
  readonly employeeId: string;
  /** The year the trigger concerns (the annual predikat's year; the training year for REC-2). */
  readonly year: number;
  /** The same trigger always gives the same key, so a recommendation is never recorded twice. */
  readonly triggerKey: string;
  /** The rules and data that triggered it: at least one, each a check that holds. */
  readonly reasons: readonly [Check, ...Check[]];
  readonly actions: readonly SuggestedAction[];
};

/** REC-1..5: the facts about one employee that recommendations are drawn from. */
export type RecommendationInput = {
  readonly employeeId: string;
  readonly on: IsoDate;
  /** The year of `annualPredikat`. */
  readonly year: number;
  readonly annualPredikat: Predikat | null;
  /** Annual predikats of earlier years (the year before `year` is read for REC-5). */
  readonly previousPredikats: readonly AnnualPredikat[];
  readonly talentBox: TalentBox | null;
  /** DEV-1 status of the year being planned (normally `on`'s year); null when unknown. */
  readonly trainingStatus: TrainingStatus | null;
  readonly competencyArea: string | null;
  readonly completedProgramIds: readonly string[];
  /** Coaching (pembinaan) under way: when it began and the latest predikat evaluated since (null: none yet). */
  readonly coaching: { readonly startedOn: IsoDate; readonly latestPredikat: Predikat | null } | null;
  /** Sessions open for enrolment; only those with a free place that start after `on` are suggested. */
  readonly sessions: readonly CandidateSession[];
};

/** REC-5: how long coaching runs before its effect is judged. */
export const COACHING_MONTHS = 6;

const BELOW_BAIK = (p: Predikat) => !isPredikatAtLeast(p, 'BAIK');
const KURANG_OR_WORSE = (p: Predikat) => p === 'KURANG_MISCONDUCT' || p === 'SANGAT_KURANG';

/** REC-1..5: the stable key of a trigger: kind, employee and year. */
export const triggerKeyOf = (kind: RecommendationKind, employeeId: string, year: number): string =>
  `${kind}:${employeeId}:${year}`;

const make = (
  kind: RecommendationKind,
  input: RecommendationInput,
  year: number,
  reasons: readonly Check[],
  actions: readonly SuggestedAction[],
): Recommendation | null => {
  const [first, ...rest] = reasons.filter((r) => r.ok);
  if (first === undefined) return null;
  return {
    kind,
    employeeId: input.employeeId,
    year,
    triggerKey: triggerKeyOf(kind, input.employeeId, year),
    reasons: [first, ...rest],
    actions,
  };
};

/** Sessions the employee can still join: a free place, starting after `on`, a program not completed; one per program. */
const openSessions = (input: RecommendationInput): CandidateSession[] => {
  const done = new Set(input.completedProgramIds);
  const seen = new Set<string>();
  return [...input.sessions]
    .filter((s) => s.freePlaces > 0 && compareDates(s.startDate, input.on) > 0 && !done.has(s.programId))
    .sort((a, b) => compareDates(a.startDate, b.startDate) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .filter((s) => {
      if (seen.has(s.programId)) return false;
      seen.add(s.programId);
      return true;
    });
};

const enrolAction = (s: CandidateSession): SuggestedAction => ({
  type: 'ENROL_SESSION',
  label: `Ikuti sesi ${s.id} (${s.jp} JP, mulai ${s.startDate})`,
  sessionId: s.id,
  programId: s.programId,
  jp: s.jp,
  startDate: s.startDate,
});

/**
 * REC-1: a top performer (SANGAT_BAIK, or talent box 7-9) is offered training or a seminar in their competency
 * area that they have not completed, and nomination to the succession group (MERIT-5 decides membership).
 */
export const recommendDevelop = (input: RecommendationInput): Recommendation | null => {
  const reasons = [
    check(
      'REC-1',
      'sangat-baik',
      input.annualPredikat === 'SANGAT_BAIK',
      `the annual predikat of ${input.year} is ${input.annualPredikat ?? 'missing'}`,
      { year: input.year, predikat: input.annualPredikat },
    ),
    check(
      'REC-1',
      'talent-box-7-8-9',
      input.talentBox !== null && input.talentBox >= 7,
      `talent box ${input.talentBox ?? 'not given'}`,
      { talentBox: input.talentBox },
    ),
  ];
  const area = input.competencyArea;
  const sessions = area === null ? [] : openSessions(input).filter((s) => s.competencyArea === area);
  return make('REC_1_DEVELOP', input, input.year, reasons, [
    ...sessions.map(enrolAction),
    { type: 'NOMINATE_SUCCESSION', label: 'Usulkan masuk kelompok rencana suksesi (MERIT-5)' },
  ]);
};

/**
 * REC-2: fewer JP done and planned than owed for the year (DEV-1) → sessions of that year that close the gap,
 * chosen in order (the employee's competency area first, then the earliest), until the gap is closed; what no
 * session covers becomes a PLAN_TRAINING action.
 */
export const recommendTrainingGap = (input: RecommendationInput): Recommendation | null => {
  const status = input.trainingStatus;
  if (status === null) return null;
  const reason = check(
    'REC-2',
    'jp-planned-below-entitlement',
    status.shortfall > 0,
    `${status.jpDone} JP done and ${status.jpPlanned} planned in ${status.year}: ${status.shortfall} JP short of the ${status.jpTarget} owed`,
    {
      jpDone: status.jpDone,
      jpPlanned: status.jpPlanned,
      year: status.year,
      shortfall: status.shortfall,
      jpTarget: status.jpTarget,
    },
  );
  const inArea = (s: CandidateSession) =>
    input.competencyArea !== null && s.competencyArea === input.competencyArea ? 0 : 1;
  const candidates = openSessions(input)
    .filter((s) => yearOf(s.startDate) === status.year && s.jp > 0)
    .sort((a, b) => inArea(a) - inArea(b));
  const chosen: CandidateSession[] = [];
  let covered = 0;
  for (const s of candidates) {
    if (covered >= status.shortfall) break;
    chosen.push(s);
    covered += s.jp;
  }
  const actions: SuggestedAction[] = chosen.map(enrolAction);
  if (covered < status.shortfall) {
    const jp = status.shortfall - covered;
    actions.push({ type: 'PLAN_TRAINING', label: `Rencanakan pengembangan kompetensi ${jp} JP lagi`, jp });
  }
  return make('REC_2_TRAINING_GAP', input, status.year, [reason], actions);
};

/** REC-3: an annual predikat below BAIK → pembinaan: guidance, counselling and a 6-month improvement plan. */
export const recommendCoaching = (input: RecommendationInput): Recommendation | null => {
  const p = input.annualPredikat;
  const reason = check(
    'REC-3',
    'predikat-below-baik',
    p !== null && BELOW_BAIK(p),
    `the annual predikat of ${input.year} is ${p ?? 'missing'}`,
    { year: input.year, predikat: p },
  );
  return make(
    'REC_3_COACHING',
    input,
    input.year,
    [reason],
    [
      { type: 'GUIDANCE', label: 'Bimbingan kinerja oleh atasan langsung' },
      { type: 'COUNSELLING', label: 'Konseling kinerja' },
      {
        type: 'IMPROVEMENT_PLAN',
        label: `Rencana perbaikan kinerja ${COACHING_MONTHS} bulan`,
        months: COACHING_MONTHS,
        until: addMonths(input.on, COACHING_MONTHS),
      },
    ],
  );
};

/**
 * REC-4: KURANG_MISCONDUCT (behaviour below expectation) → a disciplinary review by the direct superior under
 * PP 94/2021; the system never applies a sanction itself.
 */
export const recommendDisciplinaryReview = (input: RecommendationInput): Recommendation | null => {
  const reason = check(
    'REC-4',
    'behaviour-below-expectation',
    input.annualPredikat === 'KURANG_MISCONDUCT',
    `the annual predikat of ${input.year} is ${input.annualPredikat ?? 'missing'}; KURANG_MISCONDUCT means behaviour below expectation`,
    { year: input.year, predikat: input.annualPredikat },
  );
  return make(
    'REC_4_DISCIPLINARY_REVIEW',
    input,
    input.year,
    [reason],
    [
      {
        type: 'DISCIPLINARY_REVIEW',
        label: 'Pemeriksaan disiplin oleh atasan langsung (PP 94/2021); sistem tidak menjatuhkan hukuman',
        by: 'DIRECT_SUPERIOR',
      },
    ],
  );
};

/**
 * REC-5: uji kompetensi, then re-placement, when (a) the annual predikat is KURANG_MISCONDUCT or SANGAT_KURANG,
 * coaching began at least 6 months before `on` and the latest predikat since is no better (with no predikat since,
 * nothing is concluded), or (b) the annual predikats of `year` and the year before are both below BAIK. Dismissal
 * with honour can only follow by a person's decision.
 */
export const recommendCompetencyTest = (input: RecommendationInput): Recommendation | null => {
  const p = input.annualPredikat;
  const coaching = input.coaching;
  const judgedFrom = coaching === null ? null : addMonths(coaching.startedOn, COACHING_MONTHS);
  const noImprovement =
    p !== null &&
    KURANG_OR_WORSE(p) &&
    coaching !== null &&
    judgedFrom !== null &&
    compareDates(input.on, judgedFrom) >= 0 &&
    coaching.latestPredikat !== null &&
    predikatRank(coaching.latestPredikat) >= predikatRank(p);
  const previous = predikatOfYear(input.previousPredikats, input.year - 1);
  const twoBelow = p !== null && BELOW_BAIK(p) && previous !== null && BELOW_BAIK(previous);
  const reasons = [
    check(
      'REC-5',
      'no-improvement-after-coaching',
      noImprovement,
      coaching === null
        ? 'no coaching under way'
        : `the annual predikat of ${input.year} is ${p ?? 'missing'}; coaching began on ${coaching.startedOn}, and the latest predikat since is ${coaching.latestPredikat ?? 'not yet evaluated'} (judged from ${judgedFrom})`,
      coaching === null
        ? { case: 'no-coaching' }
        : {
            year: input.year,
            predikat: p,
            startedOn: coaching.startedOn,
            latestPredikat: coaching.latestPredikat,
            judgedFrom,
          },
    ),
    check(
      'REC-5',
      'two-years-below-baik',
      twoBelow,
      `the annual predikats of ${input.year - 1} and ${input.year} are ${previous ?? 'missing'} and ${p ?? 'missing'}`,
      { previousYear: input.year - 1, year: input.year, previousPredikat: previous, predikat: p },
    ),
  ];
  return make('REC_5_COMPETENCY_TEST', input, input.year, reasons, [
    { type: 'COMPETENCY_TEST', label: 'Uji kompetensi' },
    {
      type: 'REPLACEMENT',
      label:
        'Penempatan kembali sesuai hasil uji kompetensi; pemberhentian dengan hormat hanya melalui keputusan pejabat yang berwenang',
    },
  ]);
};

/**
 * REC-1..5: every recommendation the facts trigger, in rule order. Each has at least one reason and a
 * deterministic trigger key; the same facts always give the same recommendations.
 */
export const recommend = (input: RecommendationInput): readonly Recommendation[] =>
  [
    recommendDevelop(input),
    recommendTrainingGap(input),
    recommendCoaching(input),
    recommendDisciplinaryReview(input),
    recommendCompetencyTest(input),
  ].filter((r) => r !== null);
