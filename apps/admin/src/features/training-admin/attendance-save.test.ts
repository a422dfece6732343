import { describe, expect, it } from 'vitest';
import { type AttendanceApi, type BatchAnswer, saveAttendance } from './attendance-save.js';
import type { UserErrorLike } from './user-errors.js';

const SCORE_ONLY: UserErrorLike = {
  code: 'FORBIDDEN',
  field: null,
  message: 'score needs a completion',
  rule: 'DEV-3',
};

/** A recording API: what was sent, in order, and its answers. */
const recording = (answers: Partial<Record<'attend' | 'complete' | 'withdraw', BatchAnswer>> = {}) => {
  const calls: [string, unknown][] = [];
  const none: BatchAnswer = { changed: [], userErrors: [] };
  const api: AttendanceApi = {
    attend: async (e) => {
      calls.push(['attend', e]);
      return answers.attend ?? { changed: e.map((x) => ({ id: x.id, version: x.version + 1 })), userErrors: [] };
    },
    complete: async (c) => {
      calls.push(['complete', c]);
      return answers.complete ?? none;
    },
    withdraw: async (e) => {
      calls.push(['withdraw', e]);
      return answers.withdraw ?? none;
    },
  };
  return { api, calls };
};

describe('saving attendance and completion (DEV-3)', () => {
  it('records attendance first, then completes with the versions attendance returned', async () => {
    const { api, calls } = recording();
    const outcomes = await saveAttendance(
      [
        { id: 'e1', from: 'ENROLLED', steps: ['ATTENDED', 'COMPLETED'], score: 90 },
        { id: 'e2', from: 'ATTENDED', steps: ['FAILED'], score: 40 },
        { id: 'e3', from: 'ENROLLED', steps: ['WITHDRAWN'], score: null },
      ],
      { e1: 3, e2: 5, e3: 1 },
      api,
      SCORE_ONLY,
    );
    expect(calls).toEqual([
      ['attend', [{ id: 'e1', version: 3 }]],
      [
        'complete',
        [
          { id: 'e1', version: 4, outcome: 'COMPLETED', score: 90 },
          { id: 'e2', version: 5, outcome: 'FAILED', score: 40 },
        ],
      ],
      ['withdraw', { id: 'e3', version: 1 }],
    ]);
    expect(outcomes.every((o) => o.errors.length === 0)).toBe(true);
  });

  it('stops a participant refused at attendance, and blames the refusal on the participant it names', async () => {
    const refusal: UserErrorLike = {
      code: 'CONFLICT',
      field: ['input', 'enrolments', '1', 'version'],
      message: 'changed',
      rule: null,
    };
    const { api, calls } = recording({ attend: { changed: [], userErrors: [refusal] } });
    const outcomes = await saveAttendance(
      [
        { id: 'e1', from: 'ENROLLED', steps: ['ATTENDED'], score: null },
        { id: 'e2', from: 'ENROLLED', steps: ['ATTENDED', 'COMPLETED'], score: null },
      ],
      { e1: 1, e2: 1 },
      api,
      SCORE_ONLY,
    );
    expect(calls.map(([name]) => name)).toEqual(['attend']);
    expect(outcomes).toEqual([
      { id: 'e1', errors: [] },
      { id: 'e2', errors: [refusal] },
    ]);
  });

  it('refuses a score without a completion', async () => {
    const { api, calls } = recording();
    const outcomes = await saveAttendance(
      [{ id: 'e1', from: 'COMPLETED', steps: [], score: 95 }],
      { e1: 1 },
      api,
      SCORE_ONLY,
    );
    expect(calls).toEqual([]);
    expect(outcomes).toEqual([{ id: 'e1', errors: [SCORE_ONLY] }]);
  });
});
