import type { TalentBox } from '@kinerja/domain';
import { describe, expect, it } from 'vitest';
import {
  jpRows,
  MATRIX_BOXES,
  predikatRows,
  promotionDueRows,
  recommendationRows,
  talentArrivalRows,
  talentMatrix,
  talentMoveTotals,
  talentTransitions,
} from './dashboard-rows.js';

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

describe('talent 9-box movement since last year (MERIT-4)', () => {
  // groups keyed [PREVIOUS_TALENT_BOX, TALENT_BOX] as the API returns them: last year's box, this year's
  const transitions = talentTransitions([
    { keys: ['5', '5'], count: 4 },
    { keys: ['5', '8'], count: 2 },
    { keys: ['6', '7'], count: 1 },
    { keys: ['9', '8'], count: 3 },
    { keys: [null, '8'], count: 5 },
    { keys: ['2', null], count: 6 },
    { keys: [null, null], count: 7 },
  ]);

  it('reads the keys as last year’s box and this year’s, none as null', () => {
    expect(transitions[1]).toEqual({ from: 5, to: 8, count: 2 });
    expect(transitions[4]).toEqual({ from: null, to: 8, count: 5 });
    expect(talentTransitions([{ keys: ['10', 'x'], count: 1 }])).toEqual([{ from: null, to: null, count: 1 }]);
  });

  it('per box of this year: who stayed, moved up into it, moved down into it, or is new; boxes 1 to 9', () => {
    const rows = talentArrivalRows(transitions);
    expect(rows.map((r) => r.box)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(rows[7]).toEqual({ box: '8', STAYED: 0, UP: 2, DOWN: 3, NEW: 5 });
    expect(rows[4]).toEqual({ box: '5', STAYED: 4, UP: 0, DOWN: 0, NEW: 0 });
    // 6 → 7 is up: the boxes rank by number
    expect(rows[6]).toEqual({ box: '7', STAYED: 0, UP: 1, DOWN: 0, NEW: 0 });
    // the plotted rows hold everyone with a box this year, no one else
    const plotted = rows.reduce((n, r) => n + r.STAYED + r.UP + r.DOWN + r.NEW, 0);
    expect(plotted).toBe(4 + 2 + 1 + 3 + 5);
  });

  it('totals each move; a box lost is UNPLACED; no box in either year is not a move', () => {
    expect(talentMoveTotals(transitions)).toEqual({ UP: 3, STAYED: 4, DOWN: 3, NEW: 5, UNPLACED: 6 });
    expect(talentMoveTotals([])).toEqual({ UP: 0, STAYED: 0, DOWN: 0, NEW: 0, UNPLACED: 0 });
  });

  it('the from→to table: a row per box last year and a column per box this year, 9 first, none last', () => {
    const matrix = talentMatrix(transitions);
    expect(MATRIX_BOXES).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, null]);
    expect(matrix.map((r) => r.from)).toEqual(MATRIX_BOXES);
    const cell = (from: TalentBox | null, to: TalentBox | null) =>
      matrix[MATRIX_BOXES.indexOf(from)]?.to[MATRIX_BOXES.indexOf(to)];
    expect(cell(5, 8)).toBe(2);
    expect(cell(5, 5)).toBe(4);
    expect(cell(null, 8)).toBe(5);
    expect(cell(2, null)).toBe(6);
    expect(cell(null, null)).toBe(7);
    expect(matrix.flatMap((r) => r.to).reduce((a, b) => a + b, 0)).toBe(28);
  });
});
