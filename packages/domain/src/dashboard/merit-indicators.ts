import { type Check, type CheckName, type CheckParams, check, checkRefs } from '../core/check.js';
import { compareDates, daysBetween, type IsoDate } from '../core/date.js';
import { checkDistribution, type DistributionCheck } from '../evaluation/distribution.js';
import type { OrgPredikat, Predikat } from '../evaluation/scales.js';
import type { SkpState } from '../evaluation/workflow.js';
import type { Policy } from '../policy/policy.js';
import type { RecommendationStatus } from '../recommendations/status.js';

/** DASH-1: an OPEN recommendation older than this many days is overdue. */
export const STALE_RECOMMENDATION_DAYS = 90;

/** DASH-1: one employee of the unit, for the year. */
export type DashboardEmployee = {
  readonly id: string;
  /** The state of the employee's SKP of the year; null when there is none. */
  readonly skpState: SkpState | null;
  readonly annualPredikat: Predikat | null;
  /** DEV-1 JP done in the year. */
  readonly jpDone: number;
};

/** DASH-1: a managerial post filled in the year, and whether the appointee was on the MERIT-6 list as eligible. */
export type DashboardAppointment = {
  readonly positionId: string;
  readonly appointeeEligible: boolean;
};

/** DASH-1: a recommendation about an employee of the unit. */
export type DashboardRecommendation = {
  readonly status: RecommendationStatus;
  readonly createdOn: IsoDate;
};

/** DASH-1: the input of {@link meritIndicators}. */
export type MeritIndicatorsInput = {
  readonly unitId: string;
  readonly year: number;
  /** The day the indicators are read (for the age of recommendations). */
  readonly on: IsoDate;
  readonly employees: readonly DashboardEmployee[];
  /** The unit's organisation predikat of the year; null when not yet set. */
  readonly orgPredikat: OrgPredikat | null;
  readonly appointments: readonly DashboardAppointment[];
  readonly recommendations: readonly DashboardRecommendation[];
  readonly policy: Pick<Policy, 'annualJp' | 'distributionMode' | 'distributionMinUnitSize'>;
};

/** DASH-1: a share: how many of how many, and the fraction (null when there is no one to count). */
export type ShareIndicator = {
  readonly numerator: number;
  readonly denominator: number;
  readonly share: number | null;
  /** Holds when the share is complete (every one counted); the detail gives the figures. */
  readonly check: Check;
};

/** DASH-1: the merit indicators of one unit and year. */
export type MeritIndicators = {
  readonly unitId: string;
  readonly year: number;
  readonly finalSkp: ShareIndicator;
  /** EVAL-10 on the unit's annual predikats; null when the organisation predikat is not set. */
  readonly distribution: { readonly result: DistributionCheck | null; readonly check: Check };
  readonly jpMet: ShareIndicator;
  readonly postsFromEligible: ShareIndicator;
  readonly staleRecommendations: { readonly count: number; readonly oldest: IsoDate | null; readonly check: Check };
  /** Every indicator's check, in the order above: each holds when the indicator is at its ideal. */
  readonly checks: readonly Check[];
};

const percent = (share: number | null) => (share === null ? '-' : `${Math.round(share * 1000) / 10}%`);

const shareOf = (
  key: CheckName<'DASH-1'>,
  numerator: number,
  denominator: number,
  what: string,
  none: string,
  params: CheckParams,
): ShareIndicator => {
  const share = denominator === 0 ? null : numerator / denominator;
  const detail = denominator === 0 ? none : `${numerator} of ${denominator} ${what} (${percent(share)})`;
  const figures =
    share === null
      ? { ...params, case: 'none' }
      : { ...params, numerator, denominator, percent: Math.round(share * 1000) / 10 };
  return { numerator, denominator, share, check: check('DASH-1', key, numerator === denominator, detail, figures) };
};

/**
 * DASH-1: the instansi merit indicators of section 7 for one unit and year (the caller passes the unit's
 * employees, including sub-units when it wants them): the share of employees with a FINAL SKP; distribution
 * compliance (EVAL-10, via checkDistribution on the annual predikats); the share with at least policy.annualJp JP;
 * the share of managerial posts filled from eligible candidates (MERIT-6); and OPEN recommendations older than
 * 90 days. Each indicator carries a check that holds when it is at its ideal.
 */
export const meritIndicators = (input: MeritIndicatorsInput): MeritIndicators => {
  const { unitId, year, on, employees, orgPredikat, appointments, recommendations, policy } = input;
  const n = employees.length;
  const finalSkp = shareOf(
    'final-skp-share',
    employees.filter((e) => e.skpState === 'FINAL').length,
    n,
    `employees with a FINAL SKP of ${year}`,
    'the unit has no employees',
    { year },
  );
  const predikats = employees.flatMap((e) => (e.annualPredikat === null ? [] : [e.annualPredikat]));
  const result = orgPredikat === null ? null : checkDistribution({ orgPredikat, predikats, policy });
  const distributionCheck =
    result === null
      ? check('DASH-1', 'distribution-compliance', false, `the organisation predikat of ${year} is not set`, {
          case: 'no-org-predikat',
          year,
        })
      : check(
          'DASH-1',
          'distribution-compliance',
          result.ok,
          result.ok
            ? `the ${result.n} annual predikats meet EVAL-10 for ${orgPredikat}`
            : `${result.violations.length} EVAL-10 constraint(s) violated for ${orgPredikat} (${result.outcome}): ${result.violations.map((v) => v.detail).join('; ')}`,
          result.ok
            ? { n: result.n, orgPredikat }
            : {
                case: 'violated',
                violations: result.violations.length,
                orgPredikat,
                outcome: result.outcome,
                failedChecks: checkRefs(result.violations),
              },
        );
  const jpMet = shareOf(
    'jp-met-share',
    employees.filter((e) => e.jpDone >= policy.annualJp).length,
    n,
    `employees with at least ${policy.annualJp} JP in ${year}`,
    'the unit has no employees',
    { annualJp: policy.annualJp, year },
  );
  const postsFromEligible = shareOf(
    'posts-from-eligible-share',
    appointments.filter((a) => a.appointeeEligible).length,
    appointments.length,
    `managerial posts filled in ${year} from eligible candidates`,
    `no managerial post was filled in ${year}`,
    { year },
  );
  const stale = recommendations.filter(
    (r) => r.status === 'OPEN' && daysBetween(r.createdOn, on) > STALE_RECOMMENDATION_DAYS,
  );
  const oldest = stale.map((r) => r.createdOn).sort(compareDates)[0] ?? null;
  const staleCheck = check(
    'DASH-1',
    'stale-open-recommendations',
    stale.length === 0,
    stale.length === 0
      ? `no OPEN recommendation older than ${STALE_RECOMMENDATION_DAYS} days on ${on}`
      : `${stale.length} OPEN recommendation(s) older than ${STALE_RECOMMENDATION_DAYS} days on ${on}, the oldest from ${oldest}`,
    stale.length === 0
      ? { days: STALE_RECOMMENDATION_DAYS, on }
      : { case: 'stale', count: stale.length, days: STALE_RECOMMENDATION_DAYS, on, oldest },
  );
  return {
    unitId,
    year,
    finalSkp,
    distribution: { result, check: distributionCheck },
    jpMet,
    postsFromEligible,
    staleRecommendations: { count: stale.length, oldest, check: staleCheck },
    checks: [finalSkp.check, distributionCheck, jpMet.check, postsFromEligible.check, staleCheck],
  };
};
