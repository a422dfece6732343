import { check } from '../core/check.js';
import type { RatingSuggestion } from './results-rating.js';
import type { OrgPredikat, Rating } from './scales.js';

/** EVAL-7: the results rating a unit leader takes from the unit's organisation predikat. */
export const UNIT_LEADER_RESULTS_RATING: Readonly<Record<OrgPredikat, Rating>> = {
  ISTIMEWA: 'DI_ATAS',
  BAIK: 'SESUAI',
  BUTUH_PERBAIKAN: 'DI_BAWAH',
  KURANG: 'DI_BAWAH',
  SANGAT_KURANG: 'DI_BAWAH',
};

/** EVAL-7: the results rating of the leader of a unit: ISTIMEWA → DI_ATAS, BAIK → SESUAI, otherwise DI_BAWAH. */
export const unitLeaderResultsRating = (orgPredikat: OrgPredikat): RatingSuggestion => {
  const rating = UNIT_LEADER_RESULTS_RATING[orgPredikat];
  return {
    rating,
    checks: [
      check(
        'EVAL-7',
        'from-organisation-predikat',
        true,
        `the unit's organisation predikat is ${orgPredikat}, so its leader's results rating is ${rating}`,
        { orgPredikat, rating },
      ),
    ],
  };
};
