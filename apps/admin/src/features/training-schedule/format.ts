import { dateLocaleOf, dayFormat, utcDay } from '../../i18n/dates.js';
import type { IsoDate, YearMonth } from './schedule.js';

const format = (language: string, options: Intl.DateTimeFormatOptions) => dayFormat(dateLocaleOf(language), options);
const utc = utcDay;

/** Monday to Sunday in the language ("Senin" … "Minggu"; "Monday" … "Sunday"). */
export const weekdayNames = (language: string): string[] => {
  const long = format(language, { weekday: 'long' });
  // 1 January 2024 was a Monday
  return Array.from({ length: 7 }, (_, i) => long.format(Date.UTC(2024, 0, 1 + i)));
};

/** "November 2026". */
export const monthLabel = ({ year, month }: YearMonth, language: string): string =>
  format(language, { month: 'long', year: 'numeric' }).format(Date.UTC(year, month - 1, 1));

/** "Selasa, 3 November 2026". */
export const dayLabel = (date: IsoDate, language: string): string =>
  format(language, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(utc(date));

/** "3–5 Nov 2026", or one date for a one-day session. */
export const dateRangeLabel = (startDate: IsoDate, endDate: IsoDate, language: string): string => {
  const f = format(language, { day: 'numeric', month: 'short', year: 'numeric' });
  return endDate > startDate ? f.formatRange(utc(startDate), utc(endDate)) : f.format(utc(startDate));
};
