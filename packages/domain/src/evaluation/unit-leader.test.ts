import { describe, expect, it } from 'vitest';
import type { OrgPredikat, Rating } from './scales.js';
import { unitLeaderResultsRating } from './unit-leader.js';

describe('EVAL-7 unit leader results rating', () => {
  const cases: readonly [OrgPredikat, Rating][] = [
    ['ISTIMEWA', 'DI_ATAS'],
    ['BAIK', 'SESUAI'],
    ['BUTUH_PERBAIKAN', 'DI_BAWAH'],
    ['KURANG', 'DI_BAWAH'],
    ['SANGAT_KURANG', 'DI_BAWAH'],
  ];
  it.each(cases)('EVAL-7: organisation predikat %s gives the leader %s', (org, rating) => {
    const s = unitLeaderResultsRating(org);
    expect(s.rating).toBe(rating);
    expect(s.checks).toEqual([
      {
        rule: 'EVAL-7',
        check: 'from-organisation-predikat',
        ok: true,
        detail: `the unit's organisation predikat is ${org}, so its leader's results rating is ${rating}`,
        params: { orgPredikat: org, rating },
      },
    ]);
  });
});
