import { describe, expect, it } from 'vitest';
import { jpRows, predikatRows, promotionDueRows, recommendationRows, talentRows } from './dashboard-rows.js';

describe('dashboard rows', () => {
  it('predikat: one row per perangkat daerah, a column per predikat, no predikat counted as NONE', () => {
    const rows = predikatRows([
      { keys: ['u2', 'BAIK'], count: 3, unit: { name: 'Dinas B' } },
      { keys: ['u1', 'SANGAT_BAIK'], count: 2, unit: { name: 'Dinas A' } },
      { keys: ['u1', null], count: 1, unit: { name: 'Dinas A' } },
      { keys: ['u2', 'BAIK'], count: 1, unit: { name: 'Dinas B' } },
    ]);
    expect(rows.map((r) => r.unit)).toEqual(['Dinas A', 'Dinas B']);
    expect(rows[0]).toMatchObject({ SANGAT_BAIK: 2, NONE: 1, BAIK: 0 });
    expect(rows[1]).toMatchObject({ BAIK: 4, SANGAT_BAIK: 0 });
  });

  it('DEV-1: JP average is weighted over met and unmet groups; the met share is a percent', () => {
    const [row] = jpRows([
      { keys: ['u1', 'false'], count: 1, avg: { jpDone: 10 }, unit: { name: 'Dinas A' } },
      { keys: ['u1', 'true'], count: 3, avg: { jpDone: 30 }, unit: { name: 'Dinas A' } },
    ]);
    expect(row).toEqual({ unit: 'Dinas A', employees: 4, avgJp: 25, metPercent: 75 });
  });

  it('talent: nine boxes with this year, last year and the movement; unplaced left out', () => {
    const rows = talentRows(
      [
        { keys: ['9'], count: 5 },
        { keys: [null], count: 7 },
      ],
      [
        { keys: ['9'], count: 2 },
        { keys: ['1'], count: 4 },
      ],
    );
    expect(rows).toHaveLength(9);
    expect(rows[8]).toEqual({ box: '9', previous: 2, current: 5, change: 3 });
    expect(rows[0]).toEqual({ box: '1', previous: 4, current: 0, change: -4 });
  });

  it('recommendations: a row per status, a column per age bucket ordered by age, missing buckets are 0', () => {
    const { ages, rows } = recommendationRows([
      { keys: ['OPEN', '90+'], count: 2 },
      { keys: ['OPEN', '0-30'], count: 5 },
      { keys: ['DONE', '90+'], count: 1 },
    ]);
    expect(ages).toEqual(['0-30', '90+']);
    expect(rows).toEqual([
      { status: 'OPEN', '0-30': 5, '90+': 2 },
      { status: 'DONE', '0-30': 0, '90+': 1 },
    ]);
  });
});

describe('rank promotions due (MERIT-2)', () => {
  it('counts employees per due month in month order and leaves out those with none due', () => {
    const rows = promotionDueRows([
      { keys: ['2027-04'], count: 3 },
      { keys: [null], count: 40 },
      { keys: ['2026-12'], count: 5 },
    ]);
    expect(rows).toEqual([
      { month: '2026-12', employees: 5 },
      { month: '2027-04', employees: 3 },
    ]);
  });
});
