import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decidePredikat, predikatOf } from './predikat.js';
import { type Predikat, predikatRank, RATINGS, type Rating, ratingRank } from './scales.js';

describe('EVAL-2 predikat matrix', () => {
  const cells: readonly [Rating, Rating, Predikat][] = [
    ['DI_ATAS', 'DI_ATAS', 'SANGAT_BAIK'],
    ['DI_ATAS', 'SESUAI', 'BAIK'],
    ['DI_ATAS', 'DI_BAWAH', 'KURANG_MISCONDUCT'],
    ['SESUAI', 'DI_ATAS', 'BAIK'],
    ['SESUAI', 'SESUAI', 'BAIK'],
    ['SESUAI', 'DI_BAWAH', 'KURANG_MISCONDUCT'],
    ['DI_BAWAH', 'DI_ATAS', 'BUTUH_PERBAIKAN'],
    ['DI_BAWAH', 'SESUAI', 'BUTUH_PERBAIKAN'],
    ['DI_BAWAH', 'DI_BAWAH', 'SANGAT_KURANG'],
  ];

  it.each(cells)('EVAL-2: results %s with behaviour %s is %s', (results, behaviour, expected) => {
    expect(predikatOf(results, behaviour)).toBe(expected);
  });

  it('EVAL-2: is SANGAT_BAIK only when both ratings are DI_ATAS', () => {
    for (const r of RATINGS)
      for (const b of RATINGS) expect(predikatOf(r, b) === 'SANGAT_BAIK').toBe(r === 'DI_ATAS' && b === 'DI_ATAS');
  });

  it('EVAL-2: behaviour below expectation is KURANG_MISCONDUCT whenever results are at least SESUAI', () => {
    expect(predikatOf('DI_ATAS', 'DI_BAWAH')).toBe('KURANG_MISCONDUCT');
    expect(predikatOf('SESUAI', 'DI_BAWAH')).toBe('KURANG_MISCONDUCT');
  });

  it('EVAL-2 law: the predikat never gets worse when either rating improves', () => {
    const rating = fc.constantFrom(...RATINGS);
    fc.assert(
      fc.property(rating, rating, rating, rating, (r1, b1, r2, b2) => {
        // (r2, b2) is at least as good as (r1, b1) in both ratings
        fc.pre(ratingRank(r2) <= ratingRank(r1) && ratingRank(b2) <= ratingRank(b1));
        expect(predikatRank(predikatOf(r2, b2))).toBeLessThanOrEqual(predikatRank(predikatOf(r1, b1)));
      }),
    );
  });
});

describe('EVAL-2 decidePredikat', () => {
  it('EVAL-2: gives the matrix cell with the sentence that explains it', () => {
    expect(decidePredikat('SESUAI', 'DI_BAWAH')).toEqual({
      predikat: 'KURANG_MISCONDUCT',
      checks: [
        {
          rule: 'EVAL-2',
          check: 'predikat-matrix',
          ok: true,
          detail: 'results SESUAI and behaviour DI_BAWAH give KURANG_MISCONDUCT',
          params: { results: 'SESUAI', behaviour: 'DI_BAWAH', predikat: 'KURANG_MISCONDUCT' },
        },
      ],
    });
  });
});
