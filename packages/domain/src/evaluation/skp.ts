import { type Check, check, type Decision, decide } from '../core/check.js';
import { parseEnum } from '../core/enum.js';
import { type DomainError, domainError, err, ok, type Result } from '../core/result.js';
import type { Policy } from '../policy/policy.js';
import { periodOfIndex } from './periods.js';

/** EVAL-3: an RHK is either a main (UTAMA) or an additional (TAMBAHAN) result. */
export const RHK_JENIS = ['UTAMA', 'TAMBAHAN'] as const;
/** EVAL-3: the kind of an RHK. */
export type RhkJenis = (typeof RHK_JENIS)[number];

/** EVAL-3: the aspect an IKI measures. */
export const IKI_ASPECTS = ['KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA'] as const;
/** EVAL-3: the aspect of an IKI. */
export type IkiAspect = (typeof IKI_ASPECTS)[number];

/** EVAL-4: the seven BerAKHLAK core values that work behaviour is rated on. */
export const BERAKHLAK_VALUES = [
  'BERORIENTASI_PELAYANAN',
  'AKUNTABEL',
  'KOMPETEN',
  'HARMONIS',
  'LOYAL',
  'ADAPTIF',
  'KOLABORATIF',
] as const;
/** EVAL-4: one BerAKHLAK value. */
export type BerakhlakValue = (typeof BERAKHLAK_VALUES)[number];

/** EVAL-3: parses the kind of an RHK. */
export const parseRhkJenis = (input: string, path?: string) => parseEnum(RHK_JENIS, input, 'RHK kind', path);
/** EVAL-3: parses the aspect of an IKI. */
export const parseIkiAspect = (input: string, path?: string) => parseEnum(IKI_ASPECTS, input, 'IKI aspect', path);
/** EVAL-4: parses a BerAKHLAK value. */
export const parseBerakhlakValue = (input: string, path?: string) =>
  parseEnum(BERAKHLAK_VALUES, input, 'BerAKHLAK value', path);

/** EVAL-3: an IKI target: a number with its unit, or a qualitative description. */
export type IkiTarget =
  | { readonly kind: 'QUANTITATIVE'; readonly value: number; readonly unit: string }
  | { readonly kind: 'QUALITATIVE'; readonly description: string };

/** EVAL-3: what was achieved on an IKI in one period (EVAL-8), with evidence and the evaluator's feedback. */
export type IkiRealisation = {
  /** 1-based index of the period in the year under the policy's periodicity. */
  readonly period: number;
  /** The number achieved, for a quantitative target; null for a qualitative one. */
  readonly value: number | null;
  /** What was achieved, in words. */
  readonly description: string;
  /** Links to the evidence. */
  readonly evidence: readonly string[];
  /** The evaluator's feedback, once given. */
  readonly feedback: string | null;
};

/** EVAL-3: an individual performance indicator of an RHK. */
export type Iki = {
  readonly aspect: IkiAspect;
  readonly indicator: string;
  readonly target: IkiTarget;
  readonly realisations: readonly IkiRealisation[];
};

/** EVAL-3: a planned result, optionally supporting one of the evaluator's RHK (cascading). */
export type Rhk = {
  readonly id: string;
  readonly jenis: RhkJenis;
  readonly description: string;
  /** The evaluator's RHK this one supports, or null. */
  readonly parentRhkId: string | null;
  readonly ikis: readonly Iki[];
};

/** EVAL-3: the evaluator's specific expectation for one BerAKHLAK value, and feedback once given. */
export type BehaviourExpectation = {
  readonly value: BerakhlakValue;
  readonly expectation: string;
  readonly feedback: string | null;
};

/** EVAL-3: the content of one employee's SKP for one year. */
export type SkpContent = {
  readonly employeeId: string;
  readonly year: number;
  /** The pejabat penilai. */
  readonly evaluatorId: string;
  /** The evaluator's superior (atasan pejabat penilai), or null at the top. */
  readonly evaluatorSuperiorId: string | null;
  readonly rhk: readonly Rhk[];
  readonly behaviour: readonly BehaviourExpectation[];
};

/** EVAL-3: a refused SKP: the first problem's code, every problem's sentence, and each problem with its path. */
export type SkpValidationError = DomainError & { readonly issues: readonly DomainError[] };

/** Optional context for {@link validateSkpContent}. */
export type SkpValidationContext = {
  /** The ids of the evaluator's RHK for the year; when given, `parentRhkId` must be one of them. */
  readonly evaluatorRhkIds?: readonly string[];
};

const isBlank = (s: string) => s.trim() === '';

const validateTarget = (target: IkiTarget, path: string, issues: DomainError[]) => {
  if (target.kind === 'QUALITATIVE') {
    if (isBlank(target.description))
      issues.push(
        domainError('REQUIRED', `${path}.description: a qualitative target needs a description`, `${path}.description`),
      );
    return;
  }
  if (!Number.isFinite(target.value) || target.value <= 0)
    issues.push(
      domainError(
        'INVALID_NUMBER',
        `${path}.value: the target ${target.value} must be a number above 0 (realisation is compared with it)`,
        `${path}.value`,
      ),
    );
  if (isBlank(target.unit))
    issues.push(domainError('REQUIRED', `${path}.unit: a quantitative target needs a unit`, `${path}.unit`));
};

const validateRealisations = (
  iki: Iki,
  year: number,
  path: string,
  policy: Pick<Policy, 'periodicity'>,
  issues: DomainError[],
) => {
  const seen = new Set<number>();
  iki.realisations.forEach((r, k) => {
    const at = `${path}.realisations[${k}]`;
    const period = periodOfIndex(year, r.period, policy, `${at}.period`);
    if (!period.ok) issues.push({ ...period.error, message: `${at}.period: ${period.error.message}` });
    else if (seen.has(r.period))
      issues.push(
        domainError('DUPLICATE', `${at}.period: period ${r.period} already has a realisation`, `${at}.period`),
      );
    seen.add(r.period);
    if (r.value !== null) {
      if (iki.target.kind === 'QUALITATIVE')
        issues.push(
          domainError(
            'INVALID_NUMBER',
            `${at}.value: a qualitative target is realised in words, not a number`,
            `${at}.value`,
          ),
        );
      else if (!Number.isFinite(r.value) || r.value < 0)
        issues.push(
          domainError('INVALID_NUMBER', `${at}.value: realisation ${r.value} cannot be negative`, `${at}.value`),
        );
    }
    r.evidence.forEach((link, e) => {
      if (isBlank(link))
        issues.push(
          domainError('REQUIRED', `${at}.evidence[${e}]: an evidence link cannot be empty`, `${at}.evidence[${e}]`),
        );
    });
  });
};

/**
 * EVAL-3/EVAL-4: validates the fields of an SKP, draft or not: non-empty texts, positive quantitative targets
 * with a unit, realisations in existing periods (EVAL-8) and not negative, unique RHK ids and BerAKHLAK values,
 * and an evaluator who is not the employee (EVAL-9). Every problem is returned with the path of its field.
 * Whether the SKP is complete enough to submit is {@link checkSkpComplete}.
 */
export const validateSkpContent = (
  skp: SkpContent,
  policy: Pick<Policy, 'periodicity'>,
  context: SkpValidationContext = {},
): Result<SkpContent, SkpValidationError> => {
  const issues: DomainError[] = [];
  const isYear = Number.isInteger(skp.year) && skp.year >= 1900 && skp.year <= 9999;
  if (!isYear) issues.push(domainError('INVALID_NUMBER', `year: ${skp.year} is not a year`, 'year'));
  if (isBlank(skp.employeeId))
    issues.push(domainError('REQUIRED', 'employeeId: the SKP needs its employee', 'employeeId'));
  if (isBlank(skp.evaluatorId))
    issues.push(domainError('REQUIRED', 'evaluatorId: the SKP needs its evaluator (pejabat penilai)', 'evaluatorId'));
  else if (skp.evaluatorId === skp.employeeId)
    issues.push(domainError('NOT_ALLOWED', 'evaluatorId: nobody evaluates themselves (EVAL-9)', 'evaluatorId'));

  const ids = new Set<string>();
  skp.rhk.forEach((rhk, i) => {
    const at = `rhk[${i}]`;
    if (isBlank(rhk.id)) issues.push(domainError('REQUIRED', `${at}.id: an RHK needs an id`, `${at}.id`));
    else if (ids.has(rhk.id))
      issues.push(domainError('DUPLICATE', `${at}.id: RHK id ${rhk.id} is used twice`, `${at}.id`));
    ids.add(rhk.id);
    if (isBlank(rhk.description))
      issues.push(domainError('REQUIRED', `${at}.description: an RHK needs a description`, `${at}.description`));
    if (rhk.parentRhkId !== null && context.evaluatorRhkIds && !context.evaluatorRhkIds.includes(rhk.parentRhkId))
      issues.push(
        domainError(
          'UNKNOWN_REFERENCE',
          `${at}.parentRhkId: ${rhk.parentRhkId} is not one of the evaluator's RHK`,
          `${at}.parentRhkId`,
        ),
      );
    rhk.ikis.forEach((iki, j) => {
      const ikiAt = `${at}.ikis[${j}]`;
      if (isBlank(iki.indicator))
        issues.push(
          domainError('REQUIRED', `${ikiAt}.indicator: an IKI needs its indicator text`, `${ikiAt}.indicator`),
        );
      validateTarget(iki.target, `${ikiAt}.target`, issues);
      if (isYear) validateRealisations(iki, skp.year, ikiAt, policy, issues);
    });
  });

  const values = new Set<string>();
  skp.behaviour.forEach((b, i) => {
    const at = `behaviour[${i}]`;
    if (values.has(b.value))
      issues.push(domainError('DUPLICATE', `${at}.value: ${b.value} has more than one expectation`, `${at}.value`));
    values.add(b.value);
    if (isBlank(b.expectation))
      issues.push(
        domainError('REQUIRED', `${at}.expectation: ${b.value} needs the evaluator's expectation`, `${at}.expectation`),
      );
  });

  const [first] = issues;
  if (!first) return ok(skp);
  return err({ ...first, message: issues.map((i) => i.message).join('; '), issues });
};

/**
 * EVAL-3/EVAL-4: whether an SKP has what a plan needs before it is submitted: at least one UTAMA RHK, at least
 * one IKI on every RHK, and an expectation for each of the 7 BerAKHLAK values.
 */
export const checkSkpComplete = (skp: Pick<SkpContent, 'rhk' | 'behaviour'>): Decision => {
  const utama = skp.rhk.filter((r) => r.jenis === 'UTAMA').length;
  const withoutIki = skp.rhk.filter((r) => r.ikis.length === 0).map((r) => r.id);
  const given = new Set(skp.behaviour.map((b) => b.value));
  const missing = BERAKHLAK_VALUES.filter((v) => !given.has(v));
  const checks: Check[] = [
    check('EVAL-3', 'has-utama-rhk', utama > 0, `${utama} UTAMA RHK of ${skp.rhk.length} RHK; at least 1 is needed`, {
      utama,
      rhk: skp.rhk.length,
      needed: 1,
    }),
    check(
      'EVAL-3',
      'every-rhk-has-iki',
      withoutIki.length === 0,
      withoutIki.length === 0 ? 'every RHK has at least one IKI' : `RHK without IKI: ${withoutIki.join(', ')}`,
      withoutIki.length === 0 ? {} : { case: 'missing', rhk: withoutIki.join(', '), missingCount: withoutIki.length },
    ),
    check(
      'EVAL-4',
      'every-berakhlak-value-expected',
      missing.length === 0,
      missing.length === 0
        ? 'all 7 BerAKHLAK values have an expectation'
        : `BerAKHLAK values without an expectation: ${missing.join(', ')}`,
      missing.length === 0
        ? { of: BERAKHLAK_VALUES.length }
        : { case: 'missing', values: missing.join(', '), missingCount: missing.length },
    ),
  ];
  return decide(checks);
};
