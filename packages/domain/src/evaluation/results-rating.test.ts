import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../policy/policy.js';
import { applyOverride, type RatedRhk, suggestResultsRating, suggestRhkRating } from './results-rating.js';
import { RATINGS, type Rating } from './scales.js';
import type { IkiAspect } from './skp.js';

const rhks = (spec: string): RatedRhk[] =>
  // 'U+' UTAMA DI_ATAS, 'U=' SESUAI, 'U-' DI_BAWAH, 'T…' TAMBAHAN
  spec
    .split(' ')
    .filter(Boolean)
    .map((s) => ({
      jenis: s[0] === 'U' ? 'UTAMA' : 'TAMBAHAN',
      rating: s[1] === '+' ? 'DI_ATAS' : s[1] === '-' ? 'DI_BAWAH' : 'SESUAI',
    }));

describe('EVAL-5 suggestResultsRating', () => {
  it('EVAL-5: DI_ATAS when more than half are DI_ATAS and no UTAMA is DI_BAWAH', () => {
    expect(suggestResultsRating(rhks('U+ U+ U=')).rating).toBe('DI_ATAS');
    expect(suggestResultsRating(rhks('U+ U+ T+ T-')).rating).toBe('DI_ATAS'); // a TAMBAHAN DI_BAWAH does not stop it
  });

  it('EVAL-5: exactly half DI_ATAS is not more than half: SESUAI', () => {
    expect(suggestResultsRating(rhks('U+ U+ U= U=')).rating).toBe('SESUAI');
  });

  it('EVAL-5: one UTAMA DI_BAWAH stops DI_ATAS', () => {
    const s = suggestResultsRating(rhks('U+ U+ U+ U-'));
    expect(s.rating).toBe('SESUAI');
    expect(s.checks.find((c) => c.check === 'no-utama-di-bawah')).toMatchObject({
      ok: false,
      detail: '1 of 4 UTAMA RHK are DI_BAWAH',
    });
  });

  it('EVAL-5: DI_BAWAH when more than half of all RHK are DI_BAWAH (exactly half is not)', () => {
    expect(suggestResultsRating(rhks('T- T- U=')).rating).toBe('DI_BAWAH');
    expect(suggestResultsRating(rhks('T- T- U= U=')).rating).toBe('SESUAI');
  });

  it('EVAL-5: DI_BAWAH when more than half of the UTAMA RHK are DI_BAWAH, even if most RHK are fine', () => {
    expect(suggestResultsRating(rhks('U- U- U= T+ T+ T+ T+')).rating).toBe('DI_BAWAH');
    expect(suggestResultsRating(rhks('U- U= T+ T+ T+')).rating).toBe('SESUAI');
  });

  it('EVAL-5: SESUAI when nothing is rated, and says so', () => {
    const s = suggestResultsRating([]);
    expect(s.rating).toBe('SESUAI');
    expect(s.checks[0]).toMatchObject({ check: 'rhk-rated', ok: false });
  });

  it('EVAL-5: every suggestion carries its conditions with the counts', () => {
    const s = suggestResultsRating(rhks('U+ U+ U='));
    expect(s.checks.map((c) => [c.check, c.ok, c.detail])).toEqual([
      ['rhk-rated', true, '3 RHK rated, 3 of them UTAMA'],
      ['more-than-half-di-atas', true, '2 of 3 RHK are DI_ATAS; more than half is 2'],
      ['no-utama-di-bawah', true, '0 of 3 UTAMA RHK are DI_BAWAH'],
      ['more-than-half-di-bawah', false, '0 of 3 RHK are DI_BAWAH; more than half is 2'],
      ['more-than-half-utama-di-bawah', false, '0 of 3 UTAMA RHK are DI_BAWAH; more than half is 2'],
    ]);
    expect(s.checks.every((c) => c.rule === 'EVAL-5')).toBe(true);
  });

  it('EVAL-5 law: the suggestion does not depend on the order of the RHK', () => {
    const rated = fc.record({
      jenis: fc.constantFrom('UTAMA' as const, 'TAMBAHAN' as const),
      rating: fc.constantFrom(...RATINGS),
    });
    fc.assert(
      fc.property(fc.array(rated, { maxLength: 12 }), (list) => {
        expect(suggestResultsRating([...list].reverse()).rating).toBe(suggestResultsRating(list).rating);
      }),
    );
  });
});

describe('EVAL-5 suggestRhkRating', () => {
  const quantity = (value: number, aspect: IkiAspect = 'KUANTITAS') => ({
    aspect,
    target: { kind: 'QUANTITATIVE' as const, value, unit: 'dokumen' },
  });
  const rate = (aspect: IkiAspect, target: number, realisation: number): Rating | string => {
    const r = suggestRhkRating(quantity(target, aspect), realisation, DEFAULT_POLICY);
    return r.ok ? r.value.rating : r.error.code;
  };

  it('EVAL-5: more is better: below 100% DI_BAWAH, 100% SESUAI, 110% (exactly, even 3.3 of 3) DI_ATAS', () => {
    expect(rate('KUANTITAS', 3, 3.3)).toBe('DI_ATAS');
    expect(rate('KUANTITAS', 30, 29)).toBe('DI_BAWAH');
    expect(rate('KUANTITAS', 30, 30)).toBe('SESUAI');
    expect(rate('KUANTITAS', 30, 32.99)).toBe('SESUAI');
    expect(rate('KUANTITAS', 30, 33)).toBe('DI_ATAS');
    expect(rate('KUALITAS', 100, 110)).toBe('DI_ATAS');
  });

  it('EVAL-5: BIAYA and WAKTU: less is better (target/realisation)', () => {
    expect(rate('BIAYA', 110, 100)).toBe('DI_ATAS'); // spent 100 of a 110 budget
    expect(rate('BIAYA', 100, 100)).toBe('SESUAI');
    expect(rate('BIAYA', 100, 101)).toBe('DI_BAWAH');
    expect(rate('WAKTU', 11, 10)).toBe('DI_ATAS'); // 10 days against 11
    expect(rate('WAKTU', 10, 12)).toBe('DI_BAWAH');
    expect(rate('WAKTU', 10, 0)).toBe('DI_ATAS');
  });

  it('EVAL-5: the boundaries follow policy.rhkBelowRatio and policy.rhkAboveRatio', () => {
    const policy = { rhkBelowRatio: 0.9, rhkAboveRatio: 1.2 };
    const at = (realisation: number) => {
      const r = suggestRhkRating(quantity(10), realisation, policy);
      return r.ok ? r.value.rating : r.error.code;
    };
    expect([at(8.9), at(9), at(11.9), at(12)]).toEqual(['DI_BAWAH', 'SESUAI', 'SESUAI', 'DI_ATAS']);
  });

  it('EVAL-5: explains the ratio and both boundaries', () => {
    const r = suggestRhkRating(quantity(12, 'WAKTU'), 10, DEFAULT_POLICY);
    expect(r.ok && r.value.checks.map((c) => c.detail)).toEqual([
      'realisation 10 dokumen against target 12 dokumen: 120% (WAKTU: less is better, target/realisation)',
      '120% is at or above policy.rhkBelowRatio 100%',
      '120% is at or above policy.rhkAboveRatio 110%',
    ]);
  });

  it('EVAL-5: refuses a qualitative IKI and a negative realisation with INVALID_NUMBER', () => {
    const qualitative = { aspect: 'KUALITAS' as const, target: { kind: 'QUALITATIVE' as const, description: 'x' } };
    expect(suggestRhkRating(qualitative, 1, DEFAULT_POLICY)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_NUMBER' },
    });
    expect(rate('KUANTITAS', 10, -1)).toBe('INVALID_NUMBER');
  });

  it('EVAL-5 law: a better realisation never gives a worse suggestion', () => {
    const rank = (r: Rating) => RATINGS.indexOf(r);
    fc.assert(
      fc.property(
        fc.constantFrom<IkiAspect>('KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA'),
        fc.integer({ min: 1, max: 1000 }),
        fc.nat(2000),
        fc.nat(2000),
        (aspect, target, a, b) => {
          const [worse, better] =
            aspect === 'BIAYA' || aspect === 'WAKTU'
              ? [Math.max(a, b), Math.min(a, b)]
              : [Math.min(a, b), Math.max(a, b)];
          const rw = suggestRhkRating(quantity(target, aspect), worse, DEFAULT_POLICY);
          const rb = suggestRhkRating(quantity(target, aspect), better, DEFAULT_POLICY);
          if (!rw.ok || !rb.ok) throw new Error('valid input refused');
          expect(rank(rb.value.rating)).toBeLessThanOrEqual(rank(rw.value.rating));
        },
      ),
    );
  });
});

describe('EVAL-5 applyOverride', () => {
  it('EVAL-5: without an override the suggestion is final', () => {
    expect(applyOverride<Rating>('SESUAI')).toEqual({
      ok: true,
      value: { final: 'SESUAI', suggested: 'SESUAI', overridden: false, reason: null },
    });
  });

  it('EVAL-5: an override with a reason replaces the suggestion and keeps both and the reason', () => {
    expect(applyOverride<Rating>('SESUAI', { rating: 'DI_ATAS', reason: '  Target tambahan dari walikota  ' })).toEqual(
      {
        ok: true,
        value: { final: 'DI_ATAS', suggested: 'SESUAI', overridden: true, reason: 'Target tambahan dari walikota' },
      },
    );
  });

  it('EVAL-5: an override without a written reason is refused with REQUIRED on override.reason', () => {
    const r = applyOverride<Rating>('SESUAI', { rating: 'DI_BAWAH', reason: '   ' });
    expect(!r.ok && r.error).toEqual({
      code: 'REQUIRED',
      message: 'overriding the suggested SESUAI with DI_BAWAH needs a written reason',
      path: 'override.reason',
    });
  });
});
