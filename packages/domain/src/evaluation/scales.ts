import { parseEnum } from '../core/enum.js';

/** EVAL-1: the three-step rating, for results and for behaviour alike (ekspektasi). */
export const RATINGS = ['DI_ATAS', 'SESUAI', 'DI_BAWAH'] as const;
/** EVAL-1: a rating against expectation. */
export type Rating = (typeof RATINGS)[number];

/** EVAL-1: the performance verdicts, ordered best to worst. */
export const PREDIKATS = ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG_MISCONDUCT', 'SANGAT_KURANG'] as const;
/** EVAL-1: an employee's performance verdict. */
export type Predikat = (typeof PREDIKATS)[number];

/** EVAL-10: the organisation predicate (Predikat Kinerja Organisasi) of a unit for a year. */
export const ORG_PREDIKATS = ['ISTIMEWA', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'] as const;
/** EVAL-10: a unit's organisation predicate. */
export type OrgPredikat = (typeof ORG_PREDIKATS)[number];

/** EVAL-1: parses a rating, naming the allowed values when it is not one. */
export const parseRating = (input: string, path?: string) => parseEnum(RATINGS, input, 'rating', path);
/** EVAL-1: parses a predikat, naming the allowed values when it is not one. */
export const parsePredikat = (input: string, path?: string) => parseEnum(PREDIKATS, input, 'predikat', path);
/** EVAL-10: parses an organisation predikat. */
export const parseOrgPredikat = (input: string, path?: string) =>
  parseEnum(ORG_PREDIKATS, input, 'organisation predikat', path);

/** EVAL-1: rank of a rating, 0 = DI_ATAS (best). */
export const ratingRank = (r: Rating): number => RATINGS.indexOf(r);
/** EVAL-1: rank of a predikat, 0 = SANGAT_BAIK (best). */
export const predikatRank = (p: Predikat): number => PREDIKATS.indexOf(p);
/** EVAL-1: whether predikat a is at least as good as b. */
export const isPredikatAtLeast = (a: Predikat, b: Predikat): boolean => predikatRank(a) <= predikatRank(b);
