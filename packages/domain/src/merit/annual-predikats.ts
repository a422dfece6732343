import { type Check, check } from '../core/check.js';
import { type IsoDate, yearOf } from '../core/date.js';
import { isPredikatAtLeast, type Predikat } from '../evaluation/scales.js';

/** MERIT-2..5: an employee's annual predikat for one calendar year. */
export type AnnualPredikat = {
  readonly year: number;
  readonly predikat: Predikat;
};

/** MERIT-2..5: the annual predikat of a year, or null when there is none (the first entry wins). */
export const predikatOfYear = (annual: readonly AnnualPredikat[], year: number): Predikat | null =>
  annual.find((a) => a.year === year)?.predikat ?? null;

/**
 * MERIT-2/3/5: the last completed year on a date. A year's annual predikat is set only at its end (EVAL-8), so on
 * any day of year Y the "last 2 years" are the calendar years Y-1 and Y-2.
 */
export const lastCompletedYear = (on: IsoDate): number => yearOf(on) - 1;

/**
 * MERIT-2/3/5: one check per year that the annual predikat of `lastYear` and of the year before are BAIK or
 * better; a missing predikat is a failed check that says it is missing. Keys: `predikat-last-year-baik`,
 * `predikat-year-before-baik`.
 */
export const baikLastTwoYears = (
  rule: 'MERIT-2' | 'MERIT-3' | 'MERIT-5',
  annual: readonly AnnualPredikat[],
  lastYear: number,
): Check[] =>
  (
    [
      ['predikat-last-year-baik', lastYear],
      ['predikat-year-before-baik', lastYear - 1],
    ] as const
  ).map(([key, year]) => {
    const p = predikatOfYear(annual, year);
    if (p === null)
      return check(rule, key, false, `the annual predikat of ${year} is missing`, {
        case: 'missing',
        year,
      });
    const held = isPredikatAtLeast(p, 'BAIK');
    return check(rule, key, held, `the annual predikat of ${year} is ${p}${held ? '' : ', below BAIK'}`, {
      year,
      predikat: p,
    });
  });
