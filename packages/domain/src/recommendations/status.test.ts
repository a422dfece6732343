import { describe, expect, it } from 'vitest';
import { date } from '../core/date.js';
import { trainingStatus } from '../development/training-status.js';
import { DEFAULT_POLICY } from '../policy/policy.js';
import {
  changeRecommendationStatus,
  RECOMMENDATION_STATUSES,
  RECOMMENDATION_TRANSITIONS,
  trainingGapClosed,
} from './status.js';

const request = (to: (typeof RECOMMENDATION_STATUSES)[number]) => ({
  to,
  by: 'user-7',
  reason: 'discussed with the employee',
  at: date('2025-03-10'),
});

describe('REC-1..5 recommendation status', () => {
  it('REC-1..5: OPEN → ACCEPTED → DONE, recording who, when and why', () => {
    const accepted = changeRecommendationStatus('OPEN', request('ACCEPTED'));
    expect(accepted).toEqual({
      ok: true,
      value: { from: 'OPEN', to: 'ACCEPTED', by: 'user-7', reason: 'discussed with the employee', at: '2025-03-10' },
    });
    expect(changeRecommendationStatus('ACCEPTED', request('DONE')).ok).toBe(true);
  });

  it('REC-1..5: OPEN → DISMISSED, and a dismissed or done recommendation is final', () => {
    expect(changeRecommendationStatus('OPEN', request('DISMISSED')).ok).toBe(true);
    const again = changeRecommendationStatus('DISMISSED', request('DONE'));
    expect(!again.ok && again.error).toEqual({
      code: 'INVALID_TRANSITION',
      message: 'a recommendation that is DISMISSED cannot change any more',
      path: 'to',
    });
  });

  it('REC-1..5: every other change is an INVALID_TRANSITION naming what is allowed', () => {
    const skip = changeRecommendationStatus('OPEN', request('DONE'));
    expect(!skip.ok && skip.error.message).toBe(
      'a recommendation that is OPEN can become ACCEPTED or DISMISSED, not DONE',
    );
    for (const from of RECOMMENDATION_STATUSES)
      for (const to of RECOMMENDATION_STATUSES)
        expect(changeRecommendationStatus(from, request(to)).ok).toBe(RECOMMENDATION_TRANSITIONS[from].includes(to));
  });

  it('REC-1..5: who and why are required', () => {
    const noReason = changeRecommendationStatus('OPEN', { ...request('DISMISSED'), reason: '  ' });
    expect(!noReason.ok && [noReason.error.code, noReason.error.path]).toEqual(['REQUIRED', 'reason']);
    const nobody = changeRecommendationStatus('OPEN', { ...request('ACCEPTED'), by: '' });
    expect(!nobody.ok && nobody.error.path).toBe('by');
  });
});

describe('REC-2 a training gap closes itself', () => {
  const status = (completedJp: number, plannedJp: number) =>
    trainingStatus({
      year: 2026,
      employment: 'PNS',
      enrolments: [
        { status: 'COMPLETED', jpCredited: completedJp, programJp: completedJp, sessionStart: date('2026-03-01') },
        { status: 'ENROLLED', jpCredited: null, programJp: plannedJp, sessionStart: date('2026-12-01') },
      ],
      policy: DEFAULT_POLICY,
    });
  it('REC-2: an OPEN or ACCEPTED gap recommendation is done once JP done and planned reach the 20 owed', () => {
    expect(trainingGapClosed('OPEN', status(12, 8))).toEqual({
      closes: true,
      reason: 'REC-2: the JP gap of 2026 is closed: 12 JP done and 8 planned of the 20 owed',
    });
    expect(trainingGapClosed('ACCEPTED', status(24, 0)).closes).toBe(true);
  });
  it('REC-2: a gap still open, or a recommendation already dismissed or done, is left as it is', () => {
    expect(trainingGapClosed('OPEN', status(12, 4)).closes).toBe(false);
    expect(trainingGapClosed('DISMISSED', status(24, 0)).closes).toBe(false);
    expect(trainingGapClosed('DONE', status(24, 0)).closes).toBe(false);
  });
});
