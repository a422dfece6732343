import { describe, expect, it } from 'vitest';
import { enrolmentFilter, PLACE_HOLDING_STATUSES, sessionSeats } from './program-detail.js';

describe("a session's places (DEV-3)", () => {
  it('counts enrolled, attended, completed and failed as holding a place; not the waitlist nor a withdrawal', () => {
    expect([...PLACE_HOLDING_STATUSES].sort()).toEqual(['ATTENDED', 'COMPLETED', 'ENROLLED', 'FAILED']);
    const seats = sessionSeats(20, [
      { keys: ['COMPLETED'], count: 14 },
      { keys: ['FAILED'], count: 1 },
      { keys: ['WITHDRAWN'], count: 3 },
      { keys: ['WAITLISTED'], count: 2 },
    ]);
    expect(seats).toEqual({ capacity: 20, enrolled: 15, free: 5, waitlisted: 2 });
  });

  it('has no free place, never a negative number, when more hold a place than the capacity', () => {
    expect(sessionSeats(2, [{ keys: ['ENROLLED'], count: 3 }]).free).toBe(0);
    expect(sessionSeats(10, []).free).toBe(10);
  });
});

describe("a program's enrolments", () => {
  it("are every session's of the program, narrowed to a session and a status when chosen", () => {
    expect(enrolmentFilter('P1', {})).toEqual({ session: { programId: { eq: 'P1' } } });
    expect(enrolmentFilter('P1', { session: 'S1', status: 'WAITLISTED' })).toEqual({
      and: [{ session: { programId: { eq: 'P1' } } }, { sessionId: { eq: 'S1' } }, { status: { eq: 'WAITLISTED' } }],
    });
    expect(enrolmentFilter('P1', { status: 'LOST' })).toEqual({ session: { programId: { eq: 'P1' } } });
  });
});
