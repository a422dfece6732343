import { CHECK_NAMES, type Check, type CheckName, check } from '../core/check.js';
import { domainError, err, ok, type Result } from '../core/result.js';
import type { Policy } from '../policy/policy.js';
import { type OrgPredikat, PREDIKATS, type Predikat } from './scales.js';

/**
 * EVAL-10: one constraint of the distribution table. Percentages are whole numbers so that limits are exact
 * integers: "at most p%" allows floor(p·N/100), "at least p%" needs ceil(p·N/100). "The largest group" allows
 * ties: the group's count is at least every other predikat's count.
 */
export type DistributionConstraint =
  | { readonly kind: 'AT_MOST_PERCENT'; readonly groups: readonly Predikat[]; readonly percent: number }
  | { readonly kind: 'AT_LEAST_PERCENT'; readonly groups: readonly Predikat[]; readonly percent: number }
  | { readonly kind: 'AT_LEAST_COUNT'; readonly groups: readonly Predikat[]; readonly count: number }
  | { readonly kind: 'NONE'; readonly groups: readonly Predikat[] }
  | { readonly kind: 'LARGEST'; readonly groups: readonly [Predikat] };

/** EVAL-10: how each organisation predikat bounds the distribution of its employees' predikats. */
export const DISTRIBUTION_TABLE: Readonly<Record<OrgPredikat, readonly DistributionConstraint[]>> = {
  ISTIMEWA: [
    { kind: 'AT_MOST_PERCENT', groups: ['SANGAT_BAIK'], percent: 70 },
    { kind: 'LARGEST', groups: ['SANGAT_BAIK'] },
  ],
  BAIK: [
    { kind: 'AT_MOST_PERCENT', groups: ['BAIK'], percent: 70 },
    { kind: 'LARGEST', groups: ['BAIK'] },
    { kind: 'AT_LEAST_COUNT', groups: ['BUTUH_PERBAIKAN', 'KURANG_MISCONDUCT'], count: 1 },
  ],
  BUTUH_PERBAIKAN: [
    { kind: 'AT_LEAST_PERCENT', groups: ['BUTUH_PERBAIKAN'], percent: 60 },
    { kind: 'AT_MOST_PERCENT', groups: ['SANGAT_BAIK'], percent: 10 },
  ],
  KURANG: [
    { kind: 'AT_LEAST_PERCENT', groups: ['KURANG_MISCONDUCT'], percent: 60 },
    { kind: 'AT_LEAST_PERCENT', groups: ['BUTUH_PERBAIKAN'], percent: 10 },
    { kind: 'AT_MOST_PERCENT', groups: ['SANGAT_BAIK'], percent: 10 },
  ],
  SANGAT_KURANG: [
    { kind: 'AT_LEAST_PERCENT', groups: ['SANGAT_KURANG'], percent: 60 },
    { kind: 'AT_LEAST_PERCENT', groups: ['BUTUH_PERBAIKAN', 'KURANG_MISCONDUCT'], percent: 10 },
    { kind: 'NONE', groups: ['SANGAT_BAIK'] },
  ],
};

/** EVAL-10: what the distribution check looks at. */
export type DistributionInput = {
  readonly orgPredikat: OrgPredikat;
  /** The annual predikat of every employee of the unit that has one. */
  readonly predikats: readonly Predikat[];
  readonly policy: Pick<Policy, 'distributionMode' | 'distributionMinUnitSize'>;
};

/**
 * EVAL-10: the verdict on a unit's distribution. `ok` is true when no constraint is violated; `outcome` says
 * what finalisation may do: OK, WARN (allowed, the violations recorded and shown) or BLOCK.
 */
export type DistributionCheck = {
  readonly ok: boolean;
  readonly outcome: 'OK' | 'WARN' | 'BLOCK';
  /** Why the outcome is what it is (mode, unit size). */
  readonly outcomeReason: string;
  readonly n: number;
  readonly counts: Readonly<Record<Predikat, number>>;
  /** Every constraint of the organisation predikat's row, held or not, with counts and limits. */
  readonly checks: readonly Check[];
  /** The checks that do not hold. */
  readonly violations: readonly Check[];
};

const kebab = (p: Predikat) => p.toLowerCase().replaceAll('_', '-');

/** EVAL-10: the stable key of a constraint's check, e.g. `sangat-baik-at-most-70-percent`. */
export const distributionCheckKey = (c: DistributionConstraint): CheckName<'EVAL-10'> => {
  const key = constraintKey(c);
  const known = CHECK_NAMES['EVAL-10'].find((k) => k === key);
  // a new row of the table needs its name in CHECK_NAMES (for the apps' translations): a bug until it has one
  if (known === undefined) throw new Error(`EVAL-10: ${key} is missing from CHECK_NAMES`);
  return known;
};

const constraintKey = (c: DistributionConstraint): string => {
  const groups = c.groups.map(kebab).join('-or-');
  switch (c.kind) {
    case 'AT_MOST_PERCENT':
      return `${groups}-at-most-${c.percent}-percent`;
    case 'AT_LEAST_PERCENT':
      return `${groups}-at-least-${c.percent}-percent`;
    case 'AT_LEAST_COUNT':
      return `${groups}-at-least-${c.count}`;
    case 'NONE':
      return `${groups}-none`;
    case 'LARGEST':
      return `${groups}-largest-group`;
  }
};

/** EVAL-10: floor(p·N/100) for whole p and N, exactly. */
const atMostLimit = (percent: number, n: number) => Math.floor((percent * n) / 100);
/** EVAL-10: ceil(p·N/100) for whole p and N, exactly. */
const atLeastLimit = (percent: number, n: number) => Math.ceil((percent * n) / 100);

/** EVAL-10: counts per predikat, every predikat present. */
export const countPredikats = (predikats: readonly Predikat[]): Record<Predikat, number> => {
  const counts = Object.fromEntries(PREDIKATS.map((p) => [p, 0])) as Record<Predikat, number>;
  for (const p of predikats) counts[p] += 1;
  return counts;
};

const evaluateConstraint = (
  c: DistributionConstraint,
  counts: Readonly<Record<Predikat, number>>,
  n: number,
): Check => {
  const key = distributionCheckKey(c);
  const label = c.groups.join(' + ');
  const count = c.groups.reduce((sum, g) => sum + counts[g], 0);
  const head = `${label}: ${count} of ${n}`;
  const figures = { groups: c.groups.join(', '), count, n };
  switch (c.kind) {
    case 'AT_MOST_PERCENT': {
      const limit = atMostLimit(c.percent, n);
      const held = count <= limit;
      const tail = held ? '' : `: ${count - limit} too many`;
      return check('EVAL-10', key, held, `${head}; at most ${c.percent}% of ${n} is ${limit}${tail}`, {
        ...figures,
        percent: c.percent,
        limit,
        excess: held ? 0 : count - limit,
      });
    }
    case 'AT_LEAST_PERCENT': {
      const limit = atLeastLimit(c.percent, n);
      const held = count >= limit;
      const tail = held ? '' : `: ${limit - count} too few`;
      return check('EVAL-10', key, held, `${head}; at least ${c.percent}% of ${n} is ${limit}${tail}`, {
        ...figures,
        percent: c.percent,
        limit,
        shortfall: held ? 0 : limit - count,
      });
    }
    case 'AT_LEAST_COUNT': {
      const held = count >= c.count;
      return check('EVAL-10', key, held, `${head}; at least ${c.count} ${c.count === 1 ? 'is' : 'are'} needed`, {
        ...figures,
        limit: c.count,
      });
    }
    case 'NONE':
      return check('EVAL-10', key, count === 0, `${head}; none is allowed`, figures);
    case 'LARGEST': {
      const [group] = c.groups;
      const others = PREDIKATS.filter((p) => p !== group);
      const rival = others.reduce((best, p) => (counts[p] > counts[best] ? p : best));
      const held = count >= counts[rival];
      return check(
        'EVAL-10',
        key,
        held,
        `${head}; it must be the largest group (ties allowed), and the largest other is ${rival} with ${counts[rival]}`,
        { ...figures, rival, rivalCount: counts[rival] },
      );
    }
  }
};

/**
 * EVAL-10: checks a unit's employee predikats against its organisation predikat. Every constraint of the row is
 * a check with the counts and the limit; violations are the checks that fail. Outcome: OK without violations;
 * otherwise WARN when N is below `policy.distributionMinUnitSize` or the mode is WARN, and BLOCK when the mode
 * is BLOCK. With N = 0 there is nothing to check. Independent of the order of the predikats.
 */
export const checkDistribution = ({ orgPredikat, predikats, policy }: DistributionInput): DistributionCheck => {
  const n = predikats.length;
  const counts = countPredikats(predikats);
  if (n === 0)
    return {
      ok: true,
      outcome: 'OK',
      outcomeReason: 'no employee of the unit has an annual predikat yet',
      n,
      counts,
      checks: [
        check('EVAL-10', 'has-annual-predikats', true, 'no employee has an annual predikat yet; nothing to check', {
          n: 0,
        }),
      ],
      violations: [],
    };
  const checks = DISTRIBUTION_TABLE[orgPredikat].map((c) => evaluateConstraint(c, counts, n));
  const violations = checks.filter((c) => !c.ok);
  const small = n < policy.distributionMinUnitSize;
  const outcome = violations.length === 0 ? 'OK' : small || policy.distributionMode === 'WARN' ? 'WARN' : 'BLOCK';
  const outcomeReason =
    violations.length === 0
      ? `the ${n} predikats meet every constraint of an organisation predikat ${orgPredikat}`
      : small
        ? `${violations.length} constraint(s) violated; the unit has ${n} rated employees, fewer than policy.distributionMinUnitSize ${policy.distributionMinUnitSize}, so it is only warned`
        : `${violations.length} constraint(s) violated; policy.distributionMode is ${policy.distributionMode}`;
  return { ok: violations.length === 0, outcome, outcomeReason, n, counts, checks, violations };
};

/** EVAL-10: a question for the live guard: one employee's predikat changes from `from` (null: none yet) to `to`. */
export type WhatIfInput = {
  readonly current: DistributionInput;
  readonly from: Predikat | null;
  readonly to: Predikat;
};

/** EVAL-10: the check before and after the change, and which violations it would make appear or disappear. */
export type WhatIfResult = {
  readonly before: DistributionCheck;
  readonly after: DistributionCheck;
  /** Violations after the change that were not violated before. */
  readonly appeared: readonly Check[];
  /** Violations before the change that hold after it (as they read before). */
  readonly disappeared: readonly Check[];
  /** Violations before and after (as they read after). */
  readonly remaining: readonly Check[];
};

/**
 * EVAL-10: what would change if one employee's predikat went from `from` to `to`. UNKNOWN_REFERENCE when `from`
 * is not among the current predikats.
 */
export const whatIfPredikat = ({ current, from, to }: WhatIfInput): Result<WhatIfResult> => {
  const next = [...current.predikats];
  if (from !== null) {
    const at = next.indexOf(from);
    if (at < 0)
      return err(
        domainError('UNKNOWN_REFERENCE', `no employee of the unit has the predikat ${from} to change`, 'from'),
      );
    next.splice(at, 1);
  }
  next.push(to);
  const before = checkDistribution(current);
  const after = checkDistribution({ ...current, predikats: next });
  const violatedBefore = new Set(before.violations.map((c) => c.check));
  const violatedAfter = new Set(after.violations.map((c) => c.check));
  return ok({
    before,
    after,
    appeared: after.violations.filter((c) => !violatedBefore.has(c.check)),
    disappeared: before.violations.filter((c) => !violatedAfter.has(c.check)),
    remaining: after.violations.filter((c) => violatedBefore.has(c.check)),
  });
};
