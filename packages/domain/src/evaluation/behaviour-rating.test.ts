import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../policy/policy.js';
import { suggestBehaviourRating } from './behaviour-rating.js';
import { applyOverride } from './results-rating.js';
import { RATINGS, type Rating } from './scales.js';
import { BERAKHLAK_VALUES, type BerakhlakValue } from './skp.js';

/** The first `above` values DI_ATAS, the last `below` DI_BAWAH, the rest SESUAI. */
const behaviourRatingsFor = (above: number, below: number) =>
  Object.fromEntries(
    BERAKHLAK_VALUES.map((v, i) => [v, i < above ? 'DI_ATAS' : i >= 7 - below ? 'DI_BAWAH' : 'SESUAI']),
  ) as Record<BerakhlakValue, Rating>;

const suggest = (above: number, below = 0, policy = DEFAULT_POLICY) => {
  const r = suggestBehaviourRating(behaviourRatingsFor(above, below), policy);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('EVAL-6 suggestBehaviourRating', () => {
  it('EVAL-6: DI_ATAS from 4 of 7 values DI_ATAS (the default behaviourAboveMin), SESUAI with 3', () => {
    expect(DEFAULT_POLICY.behaviourAboveMin).toBe(4);
    expect(suggest(4).rating).toBe('DI_ATAS');
    expect(suggest(3).rating).toBe('SESUAI');
    expect(suggest(0).rating).toBe('SESUAI');
  });

  it('EVAL-6: any value DI_BAWAH makes it DI_BAWAH, even with 6 values DI_ATAS', () => {
    const s = suggest(6, 1);
    expect(s.rating).toBe('DI_BAWAH');
    expect(s.checks[0]).toMatchObject({
      rule: 'EVAL-6',
      ok: false,
      detail: 'DI_BAWAH on KOLABORATIF: behaviour below expectation',
    });
  });

  it('EVAL-6: the threshold follows policy.behaviourAboveMin', () => {
    const policy = { ...DEFAULT_POLICY, behaviourAboveMin: 6 };
    expect(suggest(5, 0, policy).rating).toBe('SESUAI');
    expect(suggest(6, 0, policy).rating).toBe('DI_ATAS');
    expect(suggest(6, 0, policy).checks[1]?.detail).toBe(
      '6 of 7 values are DI_ATAS (BERORIENTASI_PELAYANAN, AKUNTABEL, KOMPETEN, HARMONIS, LOYAL, ADAPTIF); policy.behaviourAboveMin is 6',
    );
  });

  it('EVAL-6: all 7 values are required; the error names every missing one', () => {
    const { LOYAL: _l, ADAPTIF: _a, ...partial } = behaviourRatingsFor(7, 0);
    const r = suggestBehaviourRating(partial, DEFAULT_POLICY);
    expect(!r.ok && r.error).toEqual({
      code: 'REQUIRED',
      message: 'every BerAKHLAK value must be rated before the behaviour rating; not rated: LOYAL, ADAPTIF',
      path: 'ratings.LOYAL',
    });
  });

  it('EVAL-6: an override needs a reason, as in EVAL-5', () => {
    expect(applyOverride<Rating>(suggest(3).rating, { rating: 'DI_ATAS', reason: '' }).ok).toBe(false);
    expect(applyOverride<Rating>(suggest(3).rating, { rating: 'DI_ATAS', reason: 'Teladan di unit' })).toMatchObject({
      ok: true,
      value: { final: 'DI_ATAS', suggested: 'SESUAI', overridden: true },
    });
  });

  it('EVAL-6 law: improving any one value never worsens the suggestion', () => {
    const rank = (r: Rating) => RATINGS.indexOf(r);
    const ratings = fc.tuple(...BERAKHLAK_VALUES.map(() => fc.constantFrom(...RATINGS)));
    fc.assert(
      fc.property(ratings, fc.nat(6), (list, i) => {
        const before = Object.fromEntries(BERAKHLAK_VALUES.map((v, k) => [v, list[k]]));
        const value = BERAKHLAK_VALUES[i] ?? 'LOYAL';
        const current = before[value] as Rating;
        const after = { ...before, [value]: RATINGS[Math.max(0, rank(current) - 1)] };
        const a = suggestBehaviourRating(before, DEFAULT_POLICY);
        const b = suggestBehaviourRating(after, DEFAULT_POLICY);
        if (!a.ok || !b.ok) throw new Error('complete ratings refused');
        expect(rank(b.value.rating)).toBeLessThanOrEqual(rank(a.value.rating));
      }),
    );
  });
});
