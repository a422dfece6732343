import { type Check, check } from '../core/check.js';
import { domainError, err, ok, type Result } from '../core/result.js';
import type { Policy } from '../policy/policy.js';
import { compareRatio } from './exact-ratio.js';
import type { Rating } from './scales.js';
import type { Iki, IkiAspect, RhkJenis } from './skp.js';

/**
 * EVAL-5/EVAL-6/EVAL-7: a suggested rating and the conditions of the rule that produced it; each check is one
 * condition and whether it holds (a condition that does not hold is not necessarily bad news).
 */
export type RatingSuggestion = { readonly rating: Rating; readonly checks: readonly Check[] };

/** EVAL-5: one RHK as the results rating sees it. */
export type RatedRhk = { readonly jenis: RhkJenis; readonly rating: Rating };

const moreThanHalf = (count: number, of: number) => 2 * count > of;

/**
 * EVAL-5: suggests the overall results rating from the RHK ratings: DI_ATAS when more than half of all RHK are
 * DI_ATAS and no UTAMA RHK is DI_BAWAH; DI_BAWAH when more than half of all RHK, or of the UTAMA RHK, are
 * DI_BAWAH; SESUAI otherwise (also when nothing is rated yet). No weighting.
 */
export const suggestResultsRating = (rhk: readonly RatedRhk[]): RatingSuggestion => {
  const n = rhk.length;
  const atas = rhk.filter((r) => r.rating === 'DI_ATAS').length;
  const bawah = rhk.filter((r) => r.rating === 'DI_BAWAH').length;
  const utama = rhk.filter((r) => r.jenis === 'UTAMA');
  const utamaBawah = utama.filter((r) => r.rating === 'DI_BAWAH').length;
  const needed = (of: number) => Math.floor(of / 2) + 1;

  const halfAtas = moreThanHalf(atas, n);
  const noUtamaBawah = utamaBawah === 0;
  const halfBawah = moreThanHalf(bawah, n);
  const halfUtamaBawah = moreThanHalf(utamaBawah, utama.length);
  const rating: Rating = halfBawah || halfUtamaBawah ? 'DI_BAWAH' : halfAtas && noUtamaBawah ? 'DI_ATAS' : 'SESUAI';
  return {
    rating,
    checks: [
      check('EVAL-5', 'rhk-rated', n > 0, `${n} RHK rated, ${utama.length} of them UTAMA`, { n, utama: utama.length }),
      check(
        'EVAL-5',
        'more-than-half-di-atas',
        halfAtas,
        `${atas} of ${n} RHK are DI_ATAS; more than half is ${needed(n)}`,
        { count: atas, n, needed: needed(n) },
      ),
      check('EVAL-5', 'no-utama-di-bawah', noUtamaBawah, `${utamaBawah} of ${utama.length} UTAMA RHK are DI_BAWAH`, {
        count: utamaBawah,
        utama: utama.length,
      }),
      check(
        'EVAL-5',
        'more-than-half-di-bawah',
        halfBawah,
        `${bawah} of ${n} RHK are DI_BAWAH; more than half is ${needed(n)}`,
        { count: bawah, n, needed: needed(n) },
      ),
      check(
        'EVAL-5',
        'more-than-half-utama-di-bawah',
        halfUtamaBawah,
        `${utamaBawah} of ${utama.length} UTAMA RHK are DI_BAWAH; more than half is ${needed(utama.length)}`,
        { count: utamaBawah, utama: utama.length, needed: needed(utama.length) },
      ),
    ],
  };
};

/** EVAL-5: aspects where less is better (a lower cost, a shorter time). */
export const LESS_IS_BETTER: readonly IkiAspect[] = ['BIAYA', 'WAKTU'];

const percentOf = (x: number) => Number((x * 100).toFixed(1));
const percent = (x: number) => `${percentOf(x)}%`;

/**
 * EVAL-5: suggests an RHK's rating from a quantitative IKI: the achievement ratio is realisation/target, or
 * target/realisation for BIAYA and WAKTU (less is better); below `policy.rhkBelowRatio` → DI_BAWAH, at or above
 * `policy.rhkAboveRatio` → DI_ATAS, else SESUAI. Compared exactly (3.3 of 3 is 110%). INVALID_NUMBER for a
 * qualitative target (the evaluator rates it) or a negative realisation.
 */
export const suggestRhkRating = (
  iki: Pick<Iki, 'aspect' | 'target'>,
  realisation: number,
  policy: Pick<Policy, 'rhkBelowRatio' | 'rhkAboveRatio'>,
): Result<RatingSuggestion> => {
  const { target } = iki;
  if (target.kind === 'QUALITATIVE')
    return err(
      domainError('INVALID_NUMBER', 'a qualitative IKI has no ratio to suggest from; the evaluator rates it', 'target'),
    );
  if (!Number.isFinite(target.value) || target.value <= 0)
    return err(domainError('INVALID_NUMBER', `the target ${target.value} must be above 0`, 'target.value'));
  if (!Number.isFinite(realisation) || realisation < 0)
    return err(domainError('INVALID_NUMBER', `realisation ${realisation} cannot be negative`, 'realisation'));

  const lessIsBetter = LESS_IS_BETTER.includes(iki.aspect);
  const [num, den] = lessIsBetter ? [target.value, realisation] : [realisation, target.value];
  const shown = den === 0 ? 'unbounded' : percent(num / den);
  const notBelow = compareRatio(num, den, policy.rhkBelowRatio) >= 0;
  const above = compareRatio(num, den, policy.rhkAboveRatio) >= 0;
  const rating: Rating = !notBelow ? 'DI_BAWAH' : above ? 'DI_ATAS' : 'SESUAI';
  // the ratio in percent (null: unbounded, nothing spent); `case` says the detail's shape
  const figures = {
    ratioPercent: den === 0 ? null : percentOf(num / den),
    ...(den === 0 ? { case: 'unbounded' } : {}),
  };
  const how = lessIsBetter ? `${iki.aspect}: less is better, target/realisation` : 'realisation/target';
  return ok({
    rating,
    checks: [
      check(
        'EVAL-5',
        'achievement-ratio',
        true,
        `realisation ${realisation} ${target.unit} against target ${target.value} ${target.unit}: ${shown} (${how})`,
        { ...figures, realisation, target: target.value, unit: target.unit, aspect: iki.aspect, lessIsBetter },
      ),
      check(
        'EVAL-5',
        'at-least-below-ratio',
        notBelow,
        `${shown} is ${notBelow ? 'at or above' : 'below'} policy.rhkBelowRatio ${percent(policy.rhkBelowRatio)}`,
        { ...figures, thresholdPercent: percentOf(policy.rhkBelowRatio) },
      ),
      check(
        'EVAL-5',
        'at-least-above-ratio',
        above,
        `${shown} is ${above ? 'at or above' : 'below'} policy.rhkAboveRatio ${percent(policy.rhkAboveRatio)}`,
        { ...figures, thresholdPercent: percentOf(policy.rhkAboveRatio) },
      ),
    ],
  });
};

/** EVAL-5/EVAL-6/EVAL-8: the evaluator's override of a suggestion: the value chosen and the written reason. */
export type Override<T extends string> = { readonly rating: T; readonly reason: string };

/** EVAL-5/EVAL-6/EVAL-8: the value that counts, the system's suggestion, and the reason when they were overridden. */
export type FinalRating<T extends string> = {
  readonly final: T;
  readonly suggested: T;
  readonly overridden: boolean;
  /** The evaluator's written reason, kept whenever an override was given (even one equal to the suggestion). */
  readonly reason: string | null;
};

/**
 * EVAL-5/EVAL-6: applies the evaluator's override to a suggestion (works for ratings and predikats alike). An
 * override needs a non-empty written reason (REQUIRED on `override.reason`); the reason is kept, trimmed.
 */
export const applyOverride = <T extends string>(
  suggested: T,
  override?: Override<T> | null,
): Result<FinalRating<T>> => {
  if (!override) return ok({ final: suggested, suggested, overridden: false, reason: null });
  const reason = override.reason.trim();
  if (reason === '')
    return err(
      domainError(
        'REQUIRED',
        `overriding the suggested ${suggested} with ${override.rating} needs a written reason`,
        'override.reason',
      ),
    );
  return ok({ final: override.rating, suggested, overridden: override.rating !== suggested, reason });
};
