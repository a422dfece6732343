import { describe, expect, it } from 'vitest';
import {
  isPredikatAtLeast,
  ORG_PREDIKATS,
  PREDIKATS,
  parseOrgPredikat,
  parsePredikat,
  parseRating,
  predikatRank,
  RATINGS,
  ratingRank,
} from './scales.js';

describe('EVAL-1 scales', () => {
  it('EVAL-1: ratings are DI_ATAS, SESUAI, DI_BAWAH, best first', () => {
    expect(RATINGS).toEqual(['DI_ATAS', 'SESUAI', 'DI_BAWAH']);
    expect(ratingRank('DI_ATAS')).toBeLessThan(ratingRank('DI_BAWAH'));
  });

  it('EVAL-1: predikats are ordered best to worst', () => {
    expect(PREDIKATS).toEqual(['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG_MISCONDUCT', 'SANGAT_KURANG']);
    expect(PREDIKATS.map(predikatRank)).toEqual([0, 1, 2, 3, 4]);
    expect(isPredikatAtLeast('SANGAT_BAIK', 'BAIK')).toBe(true);
    expect(isPredikatAtLeast('BAIK', 'BAIK')).toBe(true);
    expect(isPredikatAtLeast('BUTUH_PERBAIKAN', 'BAIK')).toBe(false);
  });

  it('EVAL-1/EVAL-10: the organisation predikats', () => {
    expect(ORG_PREDIKATS).toEqual(['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG']);
  });

  it('EVAL-1: an unknown rating or predikat is refused with INVALID_ENUM naming the allowed values', () => {
    expect(parseRating('SESUAI')).toEqual({ ok: true, value: 'SESUAI' });
    expect(parseRating('GOOD', 'rating')).toEqual({
      ok: false,
      error: {
        code: 'INVALID_ENUM',
        message: '"GOOD" is not a rating; expected one of DI_ATAS, SESUAI, DI_BAWAH',
        path: 'rating',
      },
    });
    expect(parsePredikat('KURANG').ok).toBe(false);
    expect(parseOrgPredikat('KURANG')).toEqual({ ok: true, value: 'KURANG' });
  });
});
