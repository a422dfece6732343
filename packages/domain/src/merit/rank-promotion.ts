import { type Check, check } from '../core/check.js';
import { type IsoDate, isFirstOfMonth, wholeYearsBetween } from '../core/date.js';
import { type Sanction, sanctionBlocks } from '../discipline/active-sanction.js';
import type { Education } from '../identity/education.js';
import type { Policy } from '../policy/policy.js';
import { type AnnualPredikat, baikLastTwoYears, lastCompletedYear, predikatOfYear } from './annual-predikats.js';
import { comparePangkat, nextPangkat, PANGKAT_INFO, type Pangkat } from './pangkat.js';

/** MERIT-2: the facts a regular rank promotion is judged on. */
export type RankPromotionInput = {
  /** The promotion date asked for (TMT): the 1st of a month. */
  readonly on: IsoDate;
  readonly pangkat: Pangkat;
  /** The TMT of the current pangkat. */
  readonly pangkatSince: IsoDate;
  /** The highest education. */
  readonly education: Education;
  readonly annualPredikats: readonly AnnualPredikat[];
  /** The direct superior's pangkat; null when the superior is not a PNS with a pangkat (the check is moot). */
  readonly superiorPangkat: Pangkat | null;
  readonly sanctions: readonly Sanction[];
  readonly policy: Pick<
    Policy,
    'yearsInRank' | 'yearsInRankOutstanding' | 'educationCeilings' | 'lightSanctionBlocks' | 'lightSanctionMonths'
  >;
};

/** MERIT-2: the path of a promotion: regular, or outstanding achievement (SANGAT_BAIK in the last year). */
export type PromotionPath = 'REGULAR' | 'OUTSTANDING';

/** MERIT-2: the decision, with the path (null when not eligible), the rank it leads to, and every check. */
export type RankPromotionDecision = {
  readonly ok: boolean;
  readonly path: PromotionPath | null;
  readonly nextPangkat: Pangkat | null;
  readonly checks: readonly Check[];
};

const g = (p: Pangkat) => PANGKAT_INFO[p].golongan;

/**
 * MERIT-2: whether an employee may be promoted to the next pangkat on a date. Checks (keys): `promotion-date`
 * (the 1st of a month), `has-next-pangkat`, `years-in-rank` (policy.yearsInRank, or policy.yearsInRankOutstanding
 * when the last year's predikat is SANGAT_BAIK), `predikat-last-year-baik` and `predikat-year-before-baik` (the
 * two calendar years before the year of `on`), `within-education-ceiling`, `not-above-superior`, and DISC-2's
 * `no-blocking-sanction`. At IV/e only `has-next-pangkat` speaks for the rank; the ceiling and superior checks
 * are left out.
 */
export const rankPromotion = (input: RankPromotionInput): RankPromotionDecision => {
  const { on, pangkat, pangkatSince, education, annualPredikats, superiorPangkat, sanctions, policy } = input;
  const next = nextPangkat(pangkat);
  const lastYear = lastCompletedYear(on);
  const outstanding = predikatOfYear(annualPredikats, lastYear) === 'SANGAT_BAIK';
  const years = wholeYearsBetween(pangkatSince, on);
  const regularOk = years >= policy.yearsInRank;
  const outstandingOk = outstanding && years >= policy.yearsInRankOutstanding;

  const checks: Check[] = [
    check(
      'MERIT-2',
      'promotion-date',
      isFirstOfMonth(on),
      isFirstOfMonth(on)
        ? `${on} is the 1st of a month`
        : `${on} is not the 1st of a month; promotions take effect on the 1st`,
      { on },
    ),
    check(
      'MERIT-2',
      'has-next-pangkat',
      next !== null,
      next === null
        ? `${g(pangkat)} is the top of the ladder; there is no next pangkat`
        : `the next pangkat is ${g(next)}`,
      next === null ? { case: 'top', pangkat } : { nextPangkat: next },
    ),
    check(
      'MERIT-2',
      'years-in-rank',
      regularOk || outstandingOk,
      regularOk
        ? `${years} year(s) in ${g(pangkat)} since ${pangkatSince}; at least ${policy.yearsInRank} needed`
        : outstanding
          ? `${years} year(s) in ${g(pangkat)} since ${pangkatSince}; SANGAT_BAIK in ${lastYear} allows the outstanding path after ${policy.yearsInRankOutstanding}`
          : `${years} year(s) in ${g(pangkat)} since ${pangkatSince}; at least ${policy.yearsInRank} needed (${policy.yearsInRankOutstanding} with SANGAT_BAIK in ${lastYear})`,
      {
        ...(regularOk ? {} : { case: outstanding ? 'outstanding' : 'short' }),
        years,
        pangkat,
        pangkatSince,
        yearsInRank: policy.yearsInRank,
        yearsInRankOutstanding: policy.yearsInRankOutstanding,
        lastYear,
      },
    ),
    ...baikLastTwoYears('MERIT-2', annualPredikats, lastYear),
  ];
  if (next !== null) {
    const ceiling = policy.educationCeilings[education];
    const withinCeiling = comparePangkat(next, ceiling) <= 0;
    checks.push(
      check(
        'MERIT-2',
        'within-education-ceiling',
        withinCeiling,
        `${g(next)} is ${withinCeiling ? 'within' : 'above'} the ceiling ${g(ceiling)} of education ${education}`,
        { nextPangkat: next, ceiling, education },
      ),
    );
    const underSuperior = superiorPangkat === null || comparePangkat(next, superiorPangkat) <= 0;
    checks.push(
      check(
        'MERIT-2',
        'not-above-superior',
        underSuperior,
        superiorPangkat === null
          ? 'the direct superior has no pangkat to compare with'
          : `${g(next)} ${underSuperior ? 'does not exceed' : 'exceeds'} the direct superior's ${g(superiorPangkat)}`,
        superiorPangkat === null ? { case: 'no-superior' } : { nextPangkat: next, superiorPangkat },
      ),
    );
  }
  checks.push(...sanctionBlocks({ sanctions, on, policy }).checks);

  const ok = checks.every((c) => c.ok);
  return { ok, path: ok ? (regularOk ? 'REGULAR' : 'OUTSTANDING') : null, nextPangkat: next, checks };
};
