import { describe, expect, it } from 'vitest';
import { date } from '../core/date.js';
import { changeRecommendationStatus, RECOMMENDATION_STATUSES, RECOMMENDATION_TRANSITIONS } from './status.js';

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
