import { BERAKHLAK_VALUES } from '@kinerja/domain';
import { describe, expect, it } from 'vitest';
import { previewRating, type RatingFormValues, ratingSchema, toRateInput } from './rating-form.js';

const OFF = { on: false, rating: '' as const, reason: '' };
const values = (over: Partial<RatingFormValues> = {}): RatingFormValues => ({
  period: '4',
  results: [
    { id: 'r1', version: 1, jenis: 'UTAMA', description: 'Laporan', rating: 'DI_ATAS' },
    { id: 'r2', version: 1, jenis: 'UTAMA', description: 'Layanan', rating: 'DI_ATAS' },
    { id: 'r3', version: 1, jenis: 'TAMBAHAN', description: 'Tim', rating: 'SESUAI' },
  ],
  behaviours: BERAKHLAK_VALUES.map((value) => ({
    value,
    version: 1,
    expectation: '',
    rating: 'DI_ATAS',
    feedback: '',
  })),
  resultsOverride: OFF,
  behaviourOverride: OFF,
  ...over,
});
const m = (k: string) => k;

describe('rating an SKP', () => {
  it('suggests DI_ATAS results when more than half are DI_ATAS and no UTAMA is DI_BAWAH, and SANGAT_BAIK with DI_ATAS behaviour (EVAL-5, EVAL-6, EVAL-2)', () => {
    expect(previewRating(values())).toEqual({
      resultsSuggested: 'DI_ATAS',
      behaviourSuggested: 'DI_ATAS',
      results: 'DI_ATAS',
      behaviour: 'DI_ATAS',
      predikat: 'SANGAT_BAIK',
    });
  });

  it('suggests nothing until every result and value is rated', () => {
    const v = values();
    const partial = { ...v, results: v.results.map((r, i) => (i === 0 ? { ...r, rating: '' as const } : r)) };
    expect(previewRating(partial)).toMatchObject({ resultsSuggested: null, predikat: null });
  });

  it('takes the override instead of the suggestion once it is chosen', () => {
    const preview = previewRating(
      values({ resultsOverride: { on: true, rating: 'SESUAI', reason: 'Target diturunkan' } }),
    );
    expect(preview).toMatchObject({ resultsSuggested: 'DI_ATAS', results: 'SESUAI', predikat: 'BAIK' });
  });

  it('asks a reason for an override and a rating for every result', () => {
    const v = values({ resultsOverride: { on: true, rating: 'SESUAI', reason: ' ' } });
    const checked = ratingSchema(m).safeParse({ ...v, results: [{ ...v.results[0], rating: '' }] });
    expect(checked.success).toBe(false);
    const paths = checked.error?.issues.map((i) => `${i.path.join('.')}:${i.message}`);
    expect(paths).toEqual(['results.0.rating:required', 'resultsOverride.reason:reasonRequired']);
  });

  it('sends a rating per result and value, and the override with its reason', () => {
    const input = toRateInput(
      { id: 'skp', version: 7 },
      values({ behaviourOverride: { on: true, rating: 'SESUAI', reason: ' Teguran lisan ' } }),
    );
    expect(input).toMatchObject({
      id: 'skp',
      version: 7,
      period: 4,
      behaviourOverride: { rating: 'SESUAI', reason: 'Teguran lisan' },
    });
    expect(input.results[0]).toEqual({ resultId: 'r1', version: 1, rating: 'DI_ATAS' });
    expect(input.behaviours).toHaveLength(7);
    expect('resultsOverride' in input).toBe(false);
  });
});
