import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, date, type IsoDate } from '../core/date.js';
import { DEFAULT_POLICY } from '../policy/policy.js';
import { type PeriodicPredikat, periodOf, periodOfIndex, periodsOfYear, suggestAnnualPredikat } from './periods.js';

const quarterly = { periodicity: 'QUARTERLY' } as const;
const monthly = { periodicity: 'MONTHLY' } as const;
const semester = { periodicity: 'SEMESTER' } as const;

describe('EVAL-8 periods', () => {
  it('EVAL-8: the default policy is QUARTERLY: four quarters with their first and last days', () => {
    expect(DEFAULT_POLICY.periodicity).toBe('QUARTERLY');
    expect(periodsOfYear(2024, DEFAULT_POLICY).map((p) => [p.label, p.start, p.end])).toEqual([
      ['2024-Q1', '2024-01-01', '2024-03-31'],
      ['2024-Q2', '2024-04-01', '2024-06-30'],
      ['2024-Q3', '2024-07-01', '2024-09-30'],
      ['2024-Q4', '2024-10-01', '2024-12-31'],
    ]);
  });

  it('EVAL-8: MONTHLY gives 12 periods (February 2024 ends on the 29th), SEMESTER gives 2', () => {
    const months = periodsOfYear(2024, monthly);
    expect(months).toHaveLength(12);
    expect(months[1]).toMatchObject({ label: '2024-M02', start: '2024-02-01', end: '2024-02-29', count: 12 });
    expect(periodsOfYear(2025, semester).map((p) => [p.start, p.end])).toEqual([
      ['2025-01-01', '2025-06-30'],
      ['2025-07-01', '2025-12-31'],
    ]);
  });

  it('EVAL-8: the periods of a year cover it day by day without gaps or overlaps', () => {
    for (const policy of [monthly, quarterly, semester]) {
      const periods = periodsOfYear(2023, policy);
      expect(periods[0]?.start).toBe('2023-01-01');
      expect(periods.at(-1)?.end).toBe('2023-12-31');
      for (let i = 1; i < periods.length; i++)
        expect(periods[i]?.start).toBe(addDays(periods[i - 1]?.end ?? date('2000-01-01'), 1));
    }
  });

  it('EVAL-8: periodOf gives the period whose first and last days bound the date (boundaries included)', () => {
    expect(periodOf(date('2025-03-31'), quarterly).label).toBe('2025-Q1');
    expect(periodOf(date('2025-04-01'), quarterly).label).toBe('2025-Q2');
    expect(periodOf(date('2025-12-31'), semester).label).toBe('2025-S2');
    const day = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDays(date('2000-01-01'), n));
    fc.assert(
      fc.property(day, fc.constantFrom(monthly, quarterly, semester), (d: IsoDate, policy) => {
        const p = periodOf(d, policy);
        expect(p.start <= d && d <= p.end).toBe(true);
      }),
    );
  });

  it('EVAL-8: periodOfIndex refuses a period the year does not have', () => {
    expect(periodOfIndex(2025, 4, quarterly).ok).toBe(true);
    const r = periodOfIndex(2025, 5, quarterly, 'period');
    expect(!r.ok && r.error).toEqual({
      code: 'INVALID_NUMBER',
      message: 'period 5 does not exist: a QUARTERLY year has periods 1-4',
      path: 'period',
    });
  });
});

describe('EVAL-8 suggestAnnualPredikat', () => {
  const [q1, q2, q3, q4] = periodsOfYear(2025, quarterly);
  if (!q1 || !q2 || !q3 || !q4) throw new Error('four quarters expected');

  it('EVAL-8: suggests the predikat of the last period of the year, whatever the order given', () => {
    const periodic: PeriodicPredikat[] = [
      { period: q4, predikat: 'BAIK' },
      { period: q1, predikat: 'SANGAT_BAIK' },
      { period: q3, predikat: 'BUTUH_PERBAIKAN' },
    ];
    const r = suggestAnnualPredikat(2025, periodic);
    expect(r.ok && r.value.predikat).toBe('BAIK');
    expect(r.ok && r.value.fromPeriod.label).toBe('2025-Q4');
    expect(r.ok && r.value.checks.every((c) => c.ok && c.rule === 'EVAL-8')).toBe(true);
  });

  it('EVAL-8: says so when the last period of the year has no predikat yet', () => {
    const r = suggestAnnualPredikat(2025, [
      { period: q2, predikat: 'BAIK' },
      { period: q3, predikat: 'SANGAT_BAIK' },
    ]);
    expect(r.ok && r.value.predikat).toBe('SANGAT_BAIK');
    const final = r.ok ? r.value.checks.find((c) => c.check === 'final-period-evaluated') : undefined;
    expect(final).toMatchObject({
      ok: false,
      detail: '2025-Q3 ends on 2025-09-30: the periods up to 2025-12-31 have no predikat yet',
    });
  });

  it('EVAL-8: ignores other years and refuses a year without any periodic predikat', () => {
    const [lastYearQ4] = periodsOfYear(2024, quarterly).slice(-1);
    if (!lastYearQ4) throw new Error('Q4 expected');
    const r = suggestAnnualPredikat(2025, [{ period: lastYearQ4, predikat: 'BAIK' }]);
    expect(!r.ok && r.error.code).toBe('REQUIRED');
  });

  it('EVAL-8: refuses two predikats for one period', () => {
    const r = suggestAnnualPredikat(2025, [
      { period: q1, predikat: 'BAIK' },
      { period: q1, predikat: 'SANGAT_BAIK' },
    ]);
    expect(!r.ok && r.error.code).toBe('DUPLICATE');
  });
});
