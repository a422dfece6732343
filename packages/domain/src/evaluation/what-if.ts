import type { Check } from '../core/check.js';
import { domainError, err, ok, type Result } from '../core/result.js';
import { checkDistribution, type DistributionInput, type WhatIfResult } from './distribution.js';
import type { Predikat } from './scales.js';

/** EVAL-10: one pending change of the live guard: an employee's predikat goes from `from` (null: none yet) to `to`. */
export type PredikatChange = { readonly from: Predikat | null; readonly to: Predikat };

/**
 * EVAL-10: what would change if several employees' predikats changed at once (an evaluator rating a whole unit):
 * the check before and after, and which violations would appear, disappear or remain. With one change it answers
 * as {@link whatIfPredikat}. UNKNOWN_REFERENCE (path `changes.<i>.from`) when a change starts from a predikat no
 * remaining employee of the unit has.
 */
export const whatIfPredikats = (
  current: DistributionInput,
  changes: readonly PredikatChange[],
): Result<WhatIfResult> => {
  const next = [...current.predikats];
  for (const [i, { from, to }] of changes.entries()) {
    if (from !== null) {
      const at = next.indexOf(from);
      if (at < 0)
        return err(
          domainError(
            'UNKNOWN_REFERENCE',
            `change ${i + 1}: no employee of the unit has the predikat ${from} to change`,
            `changes.${i}.from`,
          ),
        );
      next.splice(at, 1);
    }
    next.push(to);
  }
  const before = checkDistribution(current);
  const after = checkDistribution({ ...current, predikats: next });
  const violatedBefore = new Set(before.violations.map((c: Check) => c.check));
  const violatedAfter = new Set(after.violations.map((c: Check) => c.check));
  return ok({
    before,
    after,
    appeared: after.violations.filter((c) => !violatedBefore.has(c.check)),
    disappeared: before.violations.filter((c) => !violatedAfter.has(c.check)),
    remaining: after.violations.filter((c) => violatedBefore.has(c.check)),
  });
};
