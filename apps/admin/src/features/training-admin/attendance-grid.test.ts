import { describe, expect, it } from 'vitest';
import {
  bulkSet,
  changesOf,
  editCell,
  type GridRow,
  initialGrid,
  reachableStatuses,
  scoreProblem,
  stepsTo,
  undoBulk,
} from './attendance-grid.js';

const rows: GridRow[] = [
  { id: 'e1', nip: '1', name: 'Ani', status: 'ENROLLED', score: null },
  { id: 'e2', nip: '2', name: 'Budi', status: 'ATTENDED', score: null },
  { id: 'e3', nip: '3', name: 'Citra', status: 'COMPLETED', score: 80 },
];

describe('the attendance grid (DEV-3)', () => {
  it('offers the statuses the DEV-3 machine can still reach, and the steps to reach them', () => {
    expect(reachableStatuses('ENROLLED')).toEqual(['ATTENDED', 'WITHDRAWN', 'COMPLETED', 'FAILED']);
    expect(reachableStatuses('COMPLETED')).toEqual([]);
    expect(stepsTo('ENROLLED', 'COMPLETED')).toEqual(['ATTENDED', 'COMPLETED']);
    expect(stepsTo('ATTENDED', 'ATTENDED')).toEqual([]);
    expect(stepsTo('COMPLETED', 'FAILED')).toBeNull();
  });

  it('sets a status on the selected at once, skipping whom DEV-3 allows no such change', () => {
    const outcome = bulkSet(initialGrid(rows), rows, ['e1', 'e2', 'e3'], { status: 'FAILED', score: '40' });
    expect(outcome.changed).toBe(2);
    expect(outcome.skipped).toEqual(['e3']);
    expect(changesOf(rows, outcome.state)).toEqual([
      { id: 'e1', from: 'ENROLLED', steps: ['ATTENDED', 'FAILED'], score: 40 },
      { id: 'e2', from: 'ATTENDED', steps: ['FAILED'], score: 40 },
    ]);
  });

  it('undoes the last bulk change only, keeping what was typed before it', () => {
    const typed = editCell(initialGrid(rows), 'e1', { score: '70' });
    const bulk = bulkSet(typed, rows, ['e1', 'e2'], { status: 'WITHDRAWN' }).state;
    const undone = undoBulk(bulk);
    expect(undone.drafts).toEqual(typed.drafts);
    expect(undone.beforeBulk).toBeNull();
    expect(undoBulk(undone)).toBe(undone);
  });

  it('leaves nothing to undo when a bulk change changed no one', () => {
    const grid = initialGrid(rows);
    expect(bulkSet(grid, rows, ['e3'], { status: 'ATTENDED' }).state).toBe(grid);
  });

  it('saves only the participants whose entries differ from what is saved', () => {
    expect(changesOf(rows, initialGrid(rows))).toEqual([]);
    expect(changesOf(rows, editCell(initialGrid(rows), 'e3', { score: '85,5' }))).toEqual([
      { id: 'e3', from: 'COMPLETED', steps: [], score: 85.5 },
    ]);
  });

  it('takes a score from 0 to 100, or none', () => {
    expect(scoreProblem('')).toBeNull();
    expect(scoreProblem('100')).toBeNull();
    expect(scoreProblem('101')).toBe('NOT_A_SCORE');
    expect(scoreProblem('abc')).toBe('NOT_A_SCORE');
  });
});
