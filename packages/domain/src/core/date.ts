import { domainError, err, ok, type Result, unwrap } from './result.js';

/**
 * A calendar date as `YYYY-MM-DD`, with no time and no time zone: the form the database and the API use too.
 * Arithmetic works on the numbers, never on JS `Date`, so nothing shifts with the server's zone.
 */
export type IsoDate = string & { readonly __brand: 'IsoDate' };

/** A calendar month as `YYYY-MM`. */
export type YearMonth = { readonly year: number; readonly month: number };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a year is a leap year in the Gregorian calendar. */
export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The number of days in a month (1-12) of a year. */
export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/** Whether year, month and day name a real date. */
export const isRealDate = (year: number, month: number, day: number): boolean =>
  Number.isInteger(year) &&
  Number.isInteger(month) &&
  Number.isInteger(day) &&
  year >= 1 &&
  year <= 9999 &&
  month >= 1 &&
  month <= 12 &&
  day >= 1 &&
  day <= daysInMonth(year, month);

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Builds an IsoDate from its parts, or says which part is not real. */
export const makeDate = (year: number, month: number, day: number, path?: string): Result<IsoDate> =>
  isRealDate(year, month, day)
    ? ok(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate)
    : err(domainError('INVALID_DATE', `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)} is not a date`, path));

/** Parses `YYYY-MM-DD`, refusing dates that do not exist (2025-02-29, 2024-13-01). */
export const parseIsoDate = (text: string, path?: string): Result<IsoDate> => {
  const m = ISO_DATE.exec(text);
  if (!m) return err(domainError('INVALID_DATE', `"${text}" is not a date in the form YYYY-MM-DD`, path));
  return makeDate(Number(m[1]), Number(m[2]), Number(m[3]), path);
};

/** Parses a date known to be valid (constants, seed data, tests); throws DomainInputError otherwise. */
export const date = (text: string): IsoDate => unwrap(parseIsoDate(text));

/** The year, month and day of a date. */
export const dateParts = (d: IsoDate): { year: number; month: number; day: number } => ({
  year: Number(d.slice(0, 4)),
  month: Number(d.slice(5, 7)),
  day: Number(d.slice(8, 10)),
});

/** The year of a date. */
export const yearOf = (d: IsoDate): number => Number(d.slice(0, 4));

/** Orders two dates: negative when a is earlier, 0 when equal, positive when later. */
export const compareDates = (a: IsoDate, b: IsoDate): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Adds whole months; a day that does not exist in the target month becomes its last day
 * (2024-01-31 + 1 month = 2024-02-29; 1980-02-29 + 45 years = 2025-02-28).
 */
export const addMonths = (d: IsoDate, months: number): IsoDate => {
  const { year, month, day } = dateParts(d);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return unwrap(makeDate(y, m, Math.min(day, daysInMonth(y, m))));
};

/** Adds whole years, with the same end-of-month rule as {@link addMonths}. */
export const addYears = (d: IsoDate, years: number): IsoDate => addMonths(d, years * 12);

/** Adds days (may be negative). */
export const addDays = (d: IsoDate, days: number): IsoDate => {
  const { year, month, day } = dateParts(d);
  const t = Date.UTC(year, month - 1, day) + days * 86_400_000;
  const u = new Date(t);
  return unwrap(makeDate(u.getUTCFullYear(), u.getUTCMonth() + 1, u.getUTCDate()));
};

/** Days from a to b (negative when b is earlier). */
export const daysBetween = (a: IsoDate, b: IsoDate): number => {
  const pa = dateParts(a);
  const pb = dateParts(b);
  return Math.round((Date.UTC(pb.year, pb.month - 1, pb.day) - Date.UTC(pa.year, pa.month - 1, pa.day)) / 86_400_000);
};

/**
 * Whole months completed from `from` to `to` (0 when `to` is earlier). A month is complete on the same day of
 * the month, or on the last day of a shorter month.
 */
export const wholeMonthsBetween = (from: IsoDate, to: IsoDate): number => {
  if (compareDates(to, from) < 0) return 0;
  const a = dateParts(from);
  const b = dateParts(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (compareDates(addMonths(from, months), to) > 0) months -= 1;
  return Math.max(0, months);
};

/**
 * Whole years completed from `from` to `to`: an age, or years of service. Someone born on 1980-02-29 turns 45
 * on 2025-02-28, the last day of February in a year without the 29th.
 */
export const wholeYearsBetween = (from: IsoDate, to: IsoDate): number => Math.floor(wholeMonthsBetween(from, to) / 12);

/** The first day of the month of a date. */
export const firstOfMonth = (d: IsoDate): IsoDate => `${d.slice(0, 8)}01` as IsoDate;

/** Whether a date is the first day of its month. */
export const isFirstOfMonth = (d: IsoDate): boolean => d.endsWith('-01');

/** The last day of a year. */
export const endOfYear = (year: number): IsoDate => unwrap(makeDate(year, 12, 31));

/** The first day of a year. */
export const startOfYear = (year: number): IsoDate => unwrap(makeDate(year, 1, 1));
