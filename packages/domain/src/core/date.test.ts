import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  date,
  daysBetween,
  endOfYear,
  firstOfMonth,
  isFirstOfMonth,
  isLeapYear,
  makeDate,
  parseIsoDate,
  startOfYear,
  wholeMonthsBetween,
  wholeYearsBetween,
  yearOf,
} from './date.js';
import { DomainInputError } from './result.js';

const day = fc.integer({ min: 0, max: 365 * 200 }).map((n) => addDays(date('1900-01-01'), n));

describe('core dates', () => {
  it('a PNS born on 1980-02-29 turns 45 on 2025-02-28, not a day earlier', () => {
    const born = date('1980-02-29');
    expect(wholeYearsBetween(born, date('2025-02-27'))).toBe(44);
    expect(wholeYearsBetween(born, date('2025-02-28'))).toBe(45);
    expect(addYears(born, 45)).toBe('2025-02-28');
    expect(wholeYearsBetween(born, date('2028-02-28'))).toBe(47);
    expect(wholeYearsBetween(born, date('2028-02-29'))).toBe(48);
  });

  it('addMonths clamps to the last day of a shorter month', () => {
    expect(addMonths(date('2024-01-31'), 1)).toBe('2024-02-29');
    expect(addMonths(date('2025-01-31'), 1)).toBe('2025-02-28');
    expect(addMonths(date('2024-03-31'), -1)).toBe('2024-02-29');
    expect(addMonths(date('2024-08-31'), 1)).toBe('2024-09-30');
    expect(addMonths(date('2024-01-15'), -1)).toBe('2023-12-15');
    expect(addMonths(date('2024-12-15'), 13)).toBe('2026-01-15');
  });

  it('parseIsoDate refuses dates that do not exist with INVALID_DATE', () => {
    expect(parseIsoDate('2025-02-29', 'birthDate')).toEqual({
      ok: false,
      error: { code: 'INVALID_DATE', message: '2025-02-29 is not a date', path: 'birthDate' },
    });
    expect(parseIsoDate('2024-13-01')).toMatchObject({ ok: false, error: { code: 'INVALID_DATE' } });
    expect(parseIsoDate('2024-04-31')).toMatchObject({ ok: false, error: { code: 'INVALID_DATE' } });
    expect(parseIsoDate('2024-00-10')).toMatchObject({ ok: false, error: { code: 'INVALID_DATE' } });
    expect(parseIsoDate('2024-2-1')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_DATE', message: '"2024-2-1" is not a date in the form YYYY-MM-DD' },
    });
    expect(parseIsoDate('2024-02-29')).toEqual({ ok: true, value: '2024-02-29' });
  });

  it('date() is for trusted input and throws DomainInputError on a bad one', () => {
    expect(() => date('2025-02-29')).toThrow(DomainInputError);
    expect(makeDate(2025, 2, 28)).toEqual({ ok: true, value: '2025-02-28' });
  });

  it('leap years follow the Gregorian rule', () => {
    expect([1900, 2000, 2024, 2025].map(isLeapYear)).toEqual([false, true, true, false]);
  });

  it('addDays and daysBetween cross months, years and leap days', () => {
    expect(addDays(date('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(date('2024-12-31'), 1)).toBe('2025-01-01');
    expect(addDays(date('2025-01-01'), -1)).toBe('2024-12-31');
    expect(daysBetween(date('2024-01-01'), date('2025-01-01'))).toBe(366);
    fc.assert(
      fc.property(day, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        expect(daysBetween(d, addDays(d, n))).toBe(n);
      }),
    );
  });

  it('wholeMonthsBetween counts a month complete on the same day or the last day of a shorter month', () => {
    expect(wholeMonthsBetween(date('2024-01-31'), date('2024-02-29'))).toBe(1);
    expect(wholeMonthsBetween(date('2024-01-31'), date('2024-03-30'))).toBe(1);
    expect(wholeMonthsBetween(date('2024-01-31'), date('2024-03-31'))).toBe(2);
    expect(wholeMonthsBetween(date('2024-05-10'), date('2024-05-01'))).toBe(0);
  });

  it('whole years never decrease as the later date moves on, and adding n years gives n whole years', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 60 }), fc.nat(400), (from, years, extra) => {
        expect(wholeYearsBetween(from, addYears(from, years))).toBe(years);
        const to = addDays(from, extra);
        expect(wholeYearsBetween(from, addDays(to, 1))).toBeGreaterThanOrEqual(wholeYearsBetween(from, to));
      }),
    );
  });

  it('orders dates and names the start and end of months and years', () => {
    expect(compareDates(date('2024-12-31'), date('2025-01-01'))).toBeLessThan(0);
    expect(compareDates(date('2025-01-01'), date('2025-01-01'))).toBe(0);
    expect(firstOfMonth(date('2025-07-19'))).toBe('2025-07-01');
    expect([isFirstOfMonth(date('2025-07-01')), isFirstOfMonth(date('2025-07-02'))]).toEqual([true, false]);
    expect([startOfYear(2025), endOfYear(2025), yearOf(date('2025-07-19'))]).toEqual([
      '2025-01-01',
      '2025-12-31',
      2025,
    ]);
  });
});
