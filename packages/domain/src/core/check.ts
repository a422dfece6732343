/** Every rule id of the domain spec (../shared/domain-spec.md). */
export type RuleId =
  | 'ID-1'
  | `EVAL-${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10}`
  | `MERIT-${1 | 2 | 3 | 4 | 5 | 6}`
  | `DEV-${1 | 2 | 3}`
  | `REC-${1 | 2 | 3 | 4 | 5}`
  | `DISC-${1 | 2}`
  | 'DASH-1';

/**
 * The name of every check each rule can produce: the keys an app translates (and a test can walk). `check()` only
 * takes a name listed under its rule, so a new check cannot reach the app without a place here.
 */
export const CHECK_NAMES = {
  'ID-1': [],
  'EVAL-1': [],
  'EVAL-2': ['predikat-matrix'],
  'EVAL-3': ['has-utama-rhk', 'every-rhk-has-iki'],
  'EVAL-4': ['every-berakhlak-value-expected'],
  'EVAL-5': [
    'rhk-rated',
    'more-than-half-di-atas',
    'no-utama-di-bawah',
    'more-than-half-di-bawah',
    'more-than-half-utama-di-bawah',
    'achievement-ratio',
    'at-least-below-ratio',
    'at-least-above-ratio',
  ],
  'EVAL-6': ['no-value-di-bawah', 'enough-values-di-atas'],
  'EVAL-7': ['from-organisation-predikat'],
  'EVAL-8': ['last-periodic-predikat', 'final-period-evaluated'],
  'EVAL-9': ['transition-exists', 'actor-holds-role', 'annual-predikat-set', 'head-of-unit', 'head-of-parent-unit'],
  // one per constraint of DISTRIBUTION_TABLE (distributionCheckKey; its test keeps the two in step)
  'EVAL-10': [
    'has-annual-predikats',
    'sangat-baik-at-most-70-percent',
    'sangat-baik-largest-group',
    'baik-at-most-70-percent',
    'baik-largest-group',
    'butuh-perbaikan-or-kurang-misconduct-at-least-1',
    'butuh-perbaikan-at-least-60-percent',
    'sangat-baik-at-most-10-percent',
    'kurang-misconduct-at-least-60-percent',
    'butuh-perbaikan-at-least-10-percent',
    'sangat-kurang-at-least-60-percent',
    'butuh-perbaikan-or-kurang-misconduct-at-least-10-percent',
    'sangat-baik-none',
  ],
  'MERIT-1': [],
  'MERIT-2': [
    'promotion-date',
    'has-next-pangkat',
    'years-in-rank',
    'predikat-last-year-baik',
    'predikat-year-before-baik',
    'within-education-ceiling',
    'not-above-superior',
  ],
  'MERIT-3': [
    'education',
    'pangkat',
    'experience',
    'service-years',
    'max-age',
    'predikat-last-year-baik',
    'predikat-year-before-baik',
    'competency-meets-standard',
  ],
  'MERIT-4': ['kinerja-level', 'potensi-level'],
  'MERIT-5': [
    'talent-box-7-8-9',
    'predikat-last-year-baik',
    'predikat-year-before-baik',
    'jp-met-last-year',
    'competency-meets-standard',
  ],
  'MERIT-6': ['eligible-for-level'],
  'DEV-1': ['jp-done-meets-entitlement', 'jp-planned-covers-entitlement', 'pppk-within-cap'],
  'DEV-2': [],
  'DEV-3': [
    'not-already-enrolled',
    'before-session-start',
    'place-free',
    'allowed-transition',
    'jp-credited-at-most-program',
  ],
  'REC-1': ['sangat-baik', 'talent-box-7-8-9'],
  'REC-2': ['jp-planned-below-entitlement'],
  'REC-3': ['predikat-below-baik'],
  'REC-4': ['behaviour-below-expectation'],
  'REC-5': ['no-improvement-after-coaching', 'two-years-below-baik'],
  'DISC-1': [],
  'DISC-2': ['no-blocking-sanction'],
  'DASH-1': [
    'final-skp-share',
    'distribution-compliance',
    'jp-met-share',
    'posts-from-eligible-share',
    'stale-open-recommendations',
  ],
} as const satisfies { readonly [R in RuleId]: readonly string[] };

/** The name of a check of rule R. */
export type CheckName<R extends RuleId = RuleId> = (typeof CHECK_NAMES)[R][number];

/** A value a check's sentence is made of: a number, a year, a code (predikat, pangkat), an ISO date, a flag. */
export type CheckParam = string | number | boolean | null;

/**
 * The figures of a check, by name (`jpDone`, `year`, `owed`): what an app needs to say the detail in its own
 * language. Lists are given joined with ", ". When the sentence takes another shape (a value is missing, the
 * outstanding path), `case` names the shape; without `case` there is one shape.
 */
export type CheckParams = Readonly<Record<string, CheckParam>>;

/**
 * One reason of a decision: which rule, which of its checks (a stable key the app can translate), whether it
 * held, a sentence that says why with the figures (English: the fallback, for logs and tests), and the figures
 * themselves.
 */
export type Check = {
  readonly rule: RuleId;
  readonly check: string;
  readonly ok: boolean;
  readonly detail: string;
  readonly params: CheckParams;
};

/** A decision and all the checks that made it; `ok` is true only when every check holds. */
export type Decision = {
  readonly ok: boolean;
  readonly checks: readonly Check[];
};

/** Builds a check: the rule, one of its check names, whether it held, the English sentence and its figures. */
export const check = <R extends RuleId>(
  rule: R,
  key: CheckName<R>,
  ok: boolean,
  detail: string,
  params: CheckParams,
): Check => ({ rule, check: key, ok, detail, params });

/** Checks as references `RULE:check`, joined with ", " (a param naming the checks that failed: `failedChecks`). */
export const checkRefs = (checks: readonly Check[]): string => checks.map((c) => `${c.rule}:${c.check}`).join(', ');

/** Combines checks into a decision that holds when all of them do. */
export const decide = (checks: readonly Check[]): Decision => ({ ok: checks.every((c) => c.ok), checks });
