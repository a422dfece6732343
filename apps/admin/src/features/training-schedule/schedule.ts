import type { UrlCodec } from '../../components/data-table/use-url-state.js';

/** A calendar date as the API's `Date` scalar writes it: `YYYY-MM-DD`, no time, no time zone. */
export type IsoDate = string;
/** A month of a year; `month` runs 1 (January) to 12. */
export type YearMonth = { readonly year: number; readonly month: number };
/** One cell of the month grid. */
export type CalendarDay = {
  readonly date: IsoDate;
  /** Day of the month, 1 to 31. */
  readonly day: number;
  /** False for the days of the previous and next month that fill the first and last week. */
  readonly inMonth: boolean;
  readonly isToday: boolean;
};
/** What the schedule needs of a session to place it on days: its first and last day. */
export type DateSpan = { readonly startDate: IsoDate; readonly endDate: IsoDate };

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const DAY_MS = 86_400_000;
const toUtc = (date: IsoDate) => Date.parse(`${date}T00:00:00Z`);
const fromUtc = (ms: number): IsoDate => new Date(ms).toISOString().slice(0, 10);

/** `YYYY-MM-DD` of a year, month (1–12) and day. */
export const isoDate = (year: number, month: number, day: number): IsoDate =>
  `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

/** The date `days` days after (or before, when negative) the given one. */
export const addDays = (date: IsoDate, days: number): IsoDate => fromUtc(toUtc(date) + days * DAY_MS);

/** Today on this computer's calendar (not UTC's: at 06:00 in Medan it is already the 1st here). */
export const todayIso = (now: Date = new Date()): IsoDate =>
  isoDate(now.getFullYear(), now.getMonth() + 1, now.getDate());

/** The month a date falls in. */
export const monthOf = (date: IsoDate): YearMonth => ({
  year: Number(date.slice(0, 4)),
  month: Number(date.slice(5, 7)),
});

/** A month as the URL writes it: `YYYY-MM`. */
export const formatMonth = ({ year, month }: YearMonth): string => `${pad(year, 4)}-${pad(month)}`;

/** A `YYYY-MM` month with a four-digit year from 1000 and a month 01–12; anything else is null. */
export const parseMonth = (value: string | null | undefined): YearMonth | null => {
  const match = /^(\d{4})-(\d{2})$/.exec(value ?? '');
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  return year >= 1000 && month >= 1 && month <= 12 ? { year, month } : null;
};

/** The month `n` months after (or before, when negative) the given one. */
export const addMonths = ({ year, month }: YearMonth, n: number): YearMonth => {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (((index % 12) + 12) % 12) + 1 };
};

/** The month's first and last day, the bounds of the schedule's query. */
export const monthBounds = ({ year, month }: YearMonth): { firstDay: IsoDate; lastDay: IsoDate } => ({
  firstDay: isoDate(year, month, 1),
  lastDay: fromUtc(Date.UTC(year, month, 0)),
});

/** 0 for Monday to 6 for Sunday. */
const weekdayFromMonday = (date: IsoDate) => (new Date(toUtc(date)).getUTCDay() + 6) % 7;

/**
 * The month as weeks of Monday to Sunday: from the Monday on or before the 1st to the Sunday on or after the last
 * day, so four to six weeks; the days of the neighbouring months fill the first and last week.
 */
export const monthWeeks = (month: YearMonth, today: IsoDate): CalendarDay[][] => {
  const { firstDay, lastDay } = monthBounds(month);
  const start = addDays(firstDay, -weekdayFromMonday(firstDay));
  const end = addDays(lastDay, 6 - weekdayFromMonday(lastDay));
  const weeks: CalendarDay[][] = [];
  for (let date = start; date <= end; date = addDays(date, 7)) {
    weeks.push(
      Array.from({ length: 7 }, (_, i) => {
        const d = addDays(date, i);
        return { date: d, day: Number(d.slice(8, 10)), inMonth: d >= firstDay && d <= lastDay, isToday: d === today };
      }),
    );
  }
  return weeks;
};

/** Whether a session runs on a day: from its first to its last day, both included (a reversed span: its first day). */
export const runsOn = (session: DateSpan, date: IsoDate): boolean =>
  session.startDate <= date && (date <= session.endDate || date === session.startDate);

/**
 * The sessions of each day of the month, in the order given (the query's: by first day). Only the month's own days
 * get sessions: the neighbouring months' days in the first and last week are outside the query, so what they would
 * show is incomplete.
 */
export const sessionsByDay = <S extends DateSpan>(
  sessions: readonly S[],
  weeks: readonly (readonly CalendarDay[])[],
): ReadonlyMap<IsoDate, readonly S[]> => {
  const byDay = new Map<IsoDate, S[]>();
  for (const day of weeks.flat()) {
    if (day.inMonth)
      byDay.set(
        day.date,
        sessions.filter((s) => runsOn(s, day.date)),
      );
  }
  return byDay;
};

/** How many sessions a day shows before "+N more". */
export const SESSIONS_SHOWN_PER_DAY = 3;

/** The sessions a day shows and how many more it folds away, unless expanded. */
export const foldDay = <S>(sessions: readonly S[], expanded: boolean, limit = SESSIONS_SHOWN_PER_DAY) =>
  expanded || sessions.length <= limit
    ? { shown: sessions, hidden: 0 }
    : { shown: sessions.slice(0, limit), hidden: sessions.length - limit };

/** The list view's order: by first day, then last day, then program name. */
export const compareByDate = <S extends DateSpan & { readonly program: { readonly name: string } }>(a: S, b: S) =>
  a.startDate.localeCompare(b.startDate) ||
  a.endDate.localeCompare(b.endDate) ||
  a.program.name.localeCompare(b.program.name);

/** A page of nodes appended to the ones before it; a node already there (a repeated request) is not added twice. */
export const appendNodes = <N extends { readonly id: string }>(before: readonly N[], page: readonly N[]): N[] => {
  const seen = new Set(before.map((n) => n.id));
  return [...before, ...page.filter((n) => !seen.has(n.id))];
};

/** The schedule's two views; the URL names them in Indonesian like its paths. */
export const SCHEDULE_VIEWS = ['kalender', 'daftar'] as const;
export type ScheduleView = (typeof SCHEDULE_VIEWS)[number];
/** What the schedule's URL holds: `?bulan=2026-11&tampilan=kalender`. */
export type ScheduleState = { readonly month: YearMonth; readonly view: ScheduleView };

const isView = (value: string | null): value is ScheduleView =>
  (SCHEDULE_VIEWS as readonly (string | null)[]).includes(value);

/**
 * The schedule's URL state: `bulan` (a `YYYY-MM` month; missing or malformed: today's month) and `tampilan`
 * (`kalender` or `daftar`; anything else: the calendar). Writing keeps the params the schedule does not own.
 */
export const scheduleUrl = (today: IsoDate): UrlCodec<ScheduleState> => ({
  read: (params) => {
    const view = params.get('tampilan');
    return { month: parseMonth(params.get('bulan')) ?? monthOf(today), view: isView(view) ? view : 'kalender' };
  },
  write: (params, { month, view }) => {
    const next = new URLSearchParams(params);
    next.set('bulan', formatMonth(month));
    next.set('tampilan', view);
    return next;
  },
});
