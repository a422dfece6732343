import { describe, expect, it } from 'vitest';
import {
  addMonths,
  appendNodes,
  compareByDate,
  foldDay,
  monthBounds,
  monthWeeks,
  parseMonth,
  runsOn,
  scheduleUrl,
  sessionsByDay,
  todayIso,
} from './schedule.js';

const NOVEMBER_2026 = { year: 2026, month: 11 };
const session = (id: string, startDate: string, endDate: string, name = id) => ({
  id,
  startDate,
  endDate,
  program: { name },
});

describe('the month grid', () => {
  it('runs Monday to Sunday from the week of the 1st to the week of the last day (November 2026: 6 weeks)', () => {
    const weeks = monthWeeks(NOVEMBER_2026, '2026-11-29');
    expect(weeks).toHaveLength(6);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    // 1 November 2026 is a Sunday: the first week starts on Monday 26 October
    expect(weeks[0]?.[0]).toEqual({ date: '2026-10-26', day: 26, inMonth: false, isToday: false });
    expect(weeks[0]?.[6]).toEqual({ date: '2026-11-01', day: 1, inMonth: true, isToday: false });
    // 30 November is a Monday: the last week ends on Sunday 6 December
    expect(weeks[5]?.[0]?.date).toBe('2026-11-30');
    expect(weeks[5]?.[6]).toEqual({ date: '2026-12-06', day: 6, inMonth: false, isToday: false });
  });

  it('has exactly four weeks for a February that starts on a Monday (2027)', () => {
    const weeks = monthWeeks({ year: 2027, month: 2 }, '2026-11-29');
    expect(weeks).toHaveLength(4);
    expect(weeks.flat().every((d) => d.inMonth)).toBe(true);
    expect(weeks[3]?.[6]?.date).toBe('2027-02-28');
  });

  it('knows leap years: February 2028 has a 29th', () => {
    expect(monthBounds({ year: 2028, month: 2 })).toEqual({ firstDay: '2028-02-01', lastDay: '2028-02-29' });
    expect(monthBounds({ year: 2026, month: 2 })).toEqual({ firstDay: '2026-02-01', lastDay: '2026-02-28' });
    expect(monthBounds(NOVEMBER_2026)).toEqual({ firstDay: '2026-11-01', lastDay: '2026-11-30' });
  });

  it('marks today, and only today', () => {
    const days = monthWeeks(NOVEMBER_2026, '2026-11-29').flat();
    expect(days.filter((d) => d.isToday).map((d) => d.date)).toEqual(['2026-11-29']);
    expect(
      monthWeeks({ year: 2027, month: 1 }, '2026-11-29')
        .flat()
        .some((d) => d.isToday),
    ).toBe(false);
  });

  it('steps months across year ends both ways', () => {
    expect(addMonths({ year: 2026, month: 12 }, 1)).toEqual({ year: 2027, month: 1 });
    expect(addMonths({ year: 2026, month: 1 }, -1)).toEqual({ year: 2025, month: 12 });
    expect(addMonths(NOVEMBER_2026, -23)).toEqual({ year: 2024, month: 12 });
  });

  it('takes today from the local calendar, not UTC', () => {
    expect(todayIso(new Date(2026, 10, 1, 0, 30))).toBe('2026-11-01');
  });
});

describe('which sessions fall on which day', () => {
  it('shows a session on every day from its first to its last, both included', () => {
    const s = session('a', '2026-11-03', '2026-11-05');
    expect(['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06'].map((d) => runsOn(s, d))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it('shows a session whose last day is before its first on its first day only', () => {
    const s = session('a', '2026-11-05', '2026-11-03');
    expect(runsOn(s, '2026-11-05')).toBe(true);
    expect(runsOn(s, '2026-11-04')).toBe(false);
  });

  it('puts sessions on the month’s own days only; one running into December stops at 30 November', () => {
    const weeks = monthWeeks(NOVEMBER_2026, '2026-11-29');
    const across = session('across', '2026-11-30', '2026-12-02');
    const fromOctober = session('fromOctober', '2026-10-30', '2026-11-01');
    const byDay = sessionsByDay([fromOctober, across], weeks);
    expect(byDay.has('2026-10-31')).toBe(false);
    expect(byDay.has('2026-12-01')).toBe(false);
    expect(byDay.get('2026-11-01')?.map((s) => s.id)).toEqual(['fromOctober']);
    expect(byDay.get('2026-11-30')?.map((s) => s.id)).toEqual(['across']);
    expect(byDay.get('2026-11-15')).toEqual([]);
    expect(byDay.size).toBe(30);
  });

  it('keeps the given order within a day', () => {
    const weeks = monthWeeks(NOVEMBER_2026, '2026-11-29');
    const byDay = sessionsByDay(
      [session('b', '2026-11-02', '2026-11-04'), session('a', '2026-11-04', '2026-11-04')],
      weeks,
    );
    expect(byDay.get('2026-11-04')?.map((s) => s.id)).toEqual(['b', 'a']);
  });

  it('folds a day with more than three sessions into three and "+N more", all of them once expanded', () => {
    const five = ['a', 'b', 'c', 'd', 'e'];
    expect(foldDay(five, false)).toEqual({ shown: ['a', 'b', 'c'], hidden: 2 });
    expect(foldDay(five, true)).toEqual({ shown: five, hidden: 0 });
    expect(foldDay(['a', 'b', 'c'], false)).toEqual({ shown: ['a', 'b', 'c'], hidden: 0 });
  });

  it('orders the list by first day, then last day, then program name', () => {
    const rows = [
      session('3', '2026-11-10', '2026-11-12', 'Bimtek'),
      session('2', '2026-11-03', '2026-11-07', 'Anggaran'),
      session('1', '2026-11-03', '2026-11-04', 'Zakat'),
      session('0', '2026-11-03', '2026-11-04', 'Arsip'),
    ];
    expect([...rows].sort(compareByDate).map((s) => s.id)).toEqual(['0', '1', '2', '3']);
  });

  it('appends a further page of sessions without repeating one already there', () => {
    expect(appendNodes([{ id: 'a' }, { id: 'b' }], [{ id: 'b' }, { id: 'c' }]).map((n) => n.id)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });
});

describe('the schedule URL', () => {
  const codec = scheduleUrl('2026-11-29');
  const read = (search: string) => codec.read(new URLSearchParams(search));

  it('reads the month and the view', () => {
    expect(read('bulan=2027-02&tampilan=daftar')).toEqual({ month: { year: 2027, month: 2 }, view: 'daftar' });
  });

  it('falls back to the current month and the calendar when they are missing', () => {
    expect(read('')).toEqual({ month: NOVEMBER_2026, view: 'kalender' });
  });

  it.each(['2026-13', '2026-00', '2026-1', '26-11', '0999-11', '2026-11-01', 'november', ' 2026-11'])(
    'treats the month %j as malformed and shows the current month',
    (bulan) => {
      expect(read(`bulan=${encodeURIComponent(bulan)}`).month).toEqual(NOVEMBER_2026);
      expect(parseMonth(bulan)).toBeNull();
    },
  );

  it('shows the calendar for an unknown view', () => {
    expect(read('tampilan=grid').view).toBe('kalender');
    expect(read('tampilan=KALENDER').view).toBe('kalender');
  });

  it('writes both, keeps params it does not own, and reads back what it wrote', () => {
    const written = codec.write(new URLSearchParams('lain=1&bulan=2020-01'), {
      month: { year: 2027, month: 3 },
      view: 'daftar',
    });
    expect(written.toString()).toBe('lain=1&bulan=2027-03&tampilan=daftar');
    expect(codec.read(written)).toEqual({ month: { year: 2027, month: 3 }, view: 'daftar' });
  });
});
