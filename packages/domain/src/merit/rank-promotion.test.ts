import { describe, expect, it } from 'vitest';
import { date } from '../core/date.js';
import { DEFAULT_POLICY } from '../policy/policy.js';
import { type RankPromotionInput, rankPromotion } from './rank-promotion.js';

/** Eligible for a regular promotion III/b → III/c on 2025-04-01, exactly 4 years in rank. */
const base: RankPromotionInput = {
  on: date('2025-04-01'),
  pangkat: 'III_B',
  pangkatSince: date('2021-04-01'),
  education: 'S1_D4',
  annualPredikats: [
    { year: 2024, predikat: 'BAIK' },
    { year: 2023, predikat: 'BAIK' },
  ],
  superiorPangkat: 'IV_A',
  sanctions: [],
  policy: DEFAULT_POLICY,
};

const failing = (input: RankPromotionInput) =>
  rankPromotion(input)
    .checks.filter((c) => !c.ok)
    .map((c) => c.check);

describe('MERIT-2 regular rank promotion', () => {
  it('MERIT-2: eligible on the 1st of a month after 4 years in rank with BAIK in both of the last 2 years', () => {
    const d = rankPromotion(base);
    expect(d).toMatchObject({ ok: true, path: 'REGULAR', nextPangkat: 'III_C' });
    expect(d.checks.map((c) => c.check)).toEqual([
      'promotion-date',
      'has-next-pangkat',
      'years-in-rank',
      'predikat-last-year-baik',
      'predikat-year-before-baik',
      'within-education-ceiling',
      'not-above-superior',
      'no-blocking-sanction',
    ]);
  });

  it('MERIT-2: fails alone when the date is not the 1st of a month', () => {
    expect(failing({ ...base, on: date('2025-04-02') })).toEqual(['promotion-date']);
  });

  it('MERIT-2: fails alone at IV/e, which has no next rank', () => {
    const d = rankPromotion({ ...base, pangkat: 'IV_E', education: 'S3', superiorPangkat: null });
    expect(d.checks.filter((c) => !c.ok).map((c) => c.check)).toEqual(['has-next-pangkat']);
    expect(d).toMatchObject({ ok: false, path: null, nextPangkat: null });
  });

  it('MERIT-2: fails alone one day short of 4 years in rank', () => {
    const f = rankPromotion({ ...base, pangkatSince: date('2021-04-02') });
    expect(f.checks.filter((c) => !c.ok).map((c) => c.check)).toEqual(['years-in-rank']);
    expect(f.checks.find((c) => c.check === 'years-in-rank')?.detail).toBe(
      '3 year(s) in III/b since 2021-04-02; at least 4 needed (2 with SANGAT_BAIK in 2024)',
    );
  });

  it('MERIT-2: the years in rank follow policy.yearsInRank', () => {
    expect(failing({ ...base, policy: { ...DEFAULT_POLICY, yearsInRank: 5 } })).toEqual(['years-in-rank']);
  });

  it("MERIT-2: fails alone when last year's predikat is below BAIK", () => {
    const predikats = [
      { year: 2024, predikat: 'BUTUH_PERBAIKAN' },
      { year: 2023, predikat: 'BAIK' },
    ] as const;
    expect(failing({ ...base, annualPredikats: predikats })).toEqual(['predikat-last-year-baik']);
  });

  it("MERIT-2: fails alone when the year before's predikat is missing, saying it is missing", () => {
    const d = rankPromotion({ ...base, annualPredikats: [{ year: 2024, predikat: 'BAIK' }] });
    expect(d.checks.filter((c) => !c.ok)).toEqual([
      {
        rule: 'MERIT-2',
        check: 'predikat-year-before-baik',
        ok: false,
        detail: 'the annual predikat of 2023 is missing',
        params: { case: 'missing', year: 2023 },
      },
    ]);
  });

  it("MERIT-2: fails alone when the next rank is above the education's ceiling (SLTA: III/b)", () => {
    const d = rankPromotion({ ...base, education: 'SLTA' });
    expect(d.checks.filter((c) => !c.ok).map((c) => c.check)).toEqual(['within-education-ceiling']);
    expect(d.checks.find((c) => c.check === 'within-education-ceiling')?.detail).toBe(
      'III/c is above the ceiling III/b of education SLTA',
    );
    expect(failing({ ...base, pangkat: 'III_A', education: 'SLTA' })).toEqual([]);
  });

  it("MERIT-2: fails alone when the next rank would exceed the direct superior's pangkat; equal is allowed", () => {
    expect(failing({ ...base, superiorPangkat: 'III_B' })).toEqual(['not-above-superior']);
    expect(failing({ ...base, superiorPangkat: 'III_C' })).toEqual([]);
  });

  it('MERIT-2: fails alone with an active SEDANG sanction (DISC-2), not with an ended one', () => {
    const sanction = { type: 'POTONGAN_TUKIN_25_12_BULAN', start: date('2024-06-01') } as const;
    const d = rankPromotion({ ...base, sanctions: [sanction] });
    expect(d.checks.filter((c) => !c.ok).map((c) => [c.rule, c.check])).toEqual([['DISC-2', 'no-blocking-sanction']]);
    expect(failing({ ...base, sanctions: [{ ...sanction, start: date('2024-04-01') }] })).toEqual([]);
  });
});

describe('MERIT-2 outstanding achievement path', () => {
  const outstanding: RankPromotionInput = {
    ...base,
    pangkatSince: date('2023-04-01'),
    annualPredikats: [
      { year: 2024, predikat: 'SANGAT_BAIK' },
      { year: 2023, predikat: 'BAIK' },
    ],
  };

  it('MERIT-2: SANGAT_BAIK in the last year allows promotion after 2 years in rank', () => {
    const d = rankPromotion(outstanding);
    expect(d).toMatchObject({ ok: true, path: 'OUTSTANDING', nextPangkat: 'III_C' });
    expect(d.checks.find((c) => c.check === 'years-in-rank')?.detail).toBe(
      '2 year(s) in III/b since 2023-04-01; SANGAT_BAIK in 2024 allows the outstanding path after 2',
    );
  });

  it('MERIT-2: one day short of 2 years is not enough, even with SANGAT_BAIK', () => {
    expect(failing({ ...outstanding, pangkatSince: date('2023-04-02') })).toEqual(['years-in-rank']);
  });

  it('MERIT-2: SANGAT_BAIK only in the year before does not open the outstanding path', () => {
    const d = rankPromotion({
      ...outstanding,
      annualPredikats: [
        { year: 2024, predikat: 'BAIK' },
        { year: 2023, predikat: 'SANGAT_BAIK' },
      ],
    });
    expect(d.checks.filter((c) => !c.ok).map((c) => c.check)).toEqual(['years-in-rank']);
  });

  it('MERIT-2: with 4 years in rank and SANGAT_BAIK the path is REGULAR', () => {
    expect(rankPromotion({ ...outstanding, pangkatSince: date('2021-04-01') }).path).toBe('REGULAR');
  });
});
