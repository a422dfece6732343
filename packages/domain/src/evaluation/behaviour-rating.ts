import { check } from '../core/check.js';
import { domainError, err, ok, type Result } from '../core/result.js';
import type { Policy } from '../policy/policy.js';
import type { RatingSuggestion } from './results-rating.js';
import type { Rating } from './scales.js';
import { BERAKHLAK_VALUES, type BerakhlakValue } from './skp.js';

/** EVAL-6: the evaluator's rating of each BerAKHLAK value; a value may still be missing while rating. */
export type BerakhlakRatings = Readonly<Partial<Record<BerakhlakValue, Rating>>>;

/**
 * EVAL-6: suggests the overall behaviour rating: DI_BAWAH if any value is DI_BAWAH; DI_ATAS if at least
 * `policy.behaviourAboveMin` of the 7 values are DI_ATAS and none is below; SESUAI otherwise. All 7 values must
 * be rated: REQUIRED (path `ratings.<VALUE>` of the first missing one) names every missing value.
 */
export const suggestBehaviourRating = (
  ratings: BerakhlakRatings,
  policy: Pick<Policy, 'behaviourAboveMin'>,
): Result<RatingSuggestion> => {
  const missing = BERAKHLAK_VALUES.filter((v) => ratings[v] === undefined);
  if (missing.length > 0)
    return err(
      domainError(
        'REQUIRED',
        `every BerAKHLAK value must be rated before the behaviour rating; not rated: ${missing.join(', ')}`,
        `ratings.${missing[0]}`,
      ),
    );
  const below = BERAKHLAK_VALUES.filter((v) => ratings[v] === 'DI_BAWAH');
  const above = BERAKHLAK_VALUES.filter((v) => ratings[v] === 'DI_ATAS');
  const noneBelow = below.length === 0;
  const enoughAbove = above.length >= policy.behaviourAboveMin;
  const rating: Rating = !noneBelow ? 'DI_BAWAH' : enoughAbove ? 'DI_ATAS' : 'SESUAI';
  return ok({
    rating,
    checks: [
      check(
        'EVAL-6',
        'no-value-di-bawah',
        noneBelow,
        noneBelow ? 'no BerAKHLAK value is DI_BAWAH' : `DI_BAWAH on ${below.join(', ')}: behaviour below expectation`,
        noneBelow ? {} : { case: 'below', values: below.join(', '), belowCount: below.length },
      ),
      check(
        'EVAL-6',
        'enough-values-di-atas',
        enoughAbove,
        `${above.length} of 7 values are DI_ATAS${above.length > 0 ? ` (${above.join(', ')})` : ''}; policy.behaviourAboveMin is ${policy.behaviourAboveMin}`,
        { aboveCount: above.length, of: 7, values: above.join(', '), aboveMin: policy.behaviourAboveMin },
      ),
    ],
  });
};
