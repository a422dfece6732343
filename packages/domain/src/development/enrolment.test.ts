import { describe, expect, it } from 'vitest';
import { date } from '../core/date.js';
import { changeEnrolmentStatus, ENROLMENT_STATUSES, ENROLMENT_TRANSITIONS, enrol } from './enrolment.js';

const session = { capacity: 2, startDate: date('2025-05-10') };

describe('DEV-3 enrolment', () => {
  it('DEV-3: with a free place the employee is ENROLLED', () => {
    const r = enrol({ session, enrolledCount: 1, alreadyEnrolled: false, today: date('2025-05-01') });
    expect(r.ok && r.value.status).toBe('ENROLLED');
    expect(r.ok && r.value.checks.every((c) => c.ok && c.rule === 'DEV-3')).toBe(true);
  });

  it('DEV-3: no enrolment beyond capacity: the employee is WAITLISTED, with the reason', () => {
    const r = enrol({ session, enrolledCount: 2, alreadyEnrolled: false, today: date('2025-05-01') });
    if (!r.ok) throw new Error('expected a waitlist place');
    expect(r.value.status).toBe('WAITLISTED');
    expect(r.value.checks.find((c) => c.check === 'place-free')).toMatchObject({
      ok: false,
      detail: 'all 2 places taken; the employee goes on the waitlist',
    });
  });

  it('DEV-3: an employee is enrolled at most once per session (ALREADY_ENROLLED)', () => {
    const r = enrol({ session, enrolledCount: 0, alreadyEnrolled: true, today: date('2025-05-01') });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('ALREADY_ENROLLED');
  });

  it('DEV-3: no new enrolment from the start date on (SESSION_STARTED); the day before is still open', () => {
    const onStart = enrol({ session, enrolledCount: 0, alreadyEnrolled: false, today: date('2025-05-10') });
    expect(onStart.ok).toBe(false);
    if (!onStart.ok) {
      expect(onStart.error.code).toBe('SESSION_STARTED');
      expect(onStart.error.message).toContain('2025-05-10');
    }
    expect(enrol({ session, enrolledCount: 0, alreadyEnrolled: false, today: date('2025-05-09') }).ok).toBe(true);
  });

  it('DEV-3: statuses go ENROLLED → ATTENDED → COMPLETED | FAILED, or WITHDRAWN', () => {
    expect(ENROLMENT_TRANSITIONS.ENROLLED).toEqual(['ATTENDED', 'WITHDRAWN']);
    expect(ENROLMENT_TRANSITIONS.ATTENDED).toEqual(['COMPLETED', 'FAILED', 'WITHDRAWN']);
    for (const end of ['COMPLETED', 'FAILED', 'WITHDRAWN'] as const) expect(ENROLMENT_TRANSITIONS[end]).toEqual([]);
    const attended = changeEnrolmentStatus({ status: 'ENROLLED', programJp: 16 }, 'ATTENDED');
    expect(attended).toMatchObject({ ok: true, value: { from: 'ENROLLED', to: 'ATTENDED', jpCredited: null } });
  });

  it('DEV-3: any other change is an INVALID_TRANSITION naming what is allowed', () => {
    const skip = changeEnrolmentStatus({ status: 'ENROLLED', programJp: 16 }, 'COMPLETED');
    expect(skip.ok).toBe(false);
    if (!skip.ok) {
      expect(skip.error.code).toBe('INVALID_TRANSITION');
      expect(skip.error.message).toBe('an enrolment that is ENROLLED can become ATTENDED or WITHDRAWN, not COMPLETED');
    }
    for (const from of ENROLMENT_STATUSES)
      for (const to of ENROLMENT_STATUSES)
        expect(changeEnrolmentStatus({ status: from, programJp: 8 }, to).ok).toBe(
          ENROLMENT_TRANSITIONS[from].includes(to),
        );
  });

  it('DEV-3: JP are credited on COMPLETED, at most the program JP', () => {
    const full = changeEnrolmentStatus({ status: 'ATTENDED', programJp: 16 }, 'COMPLETED');
    expect(full.ok && full.value.jpCredited).toBe(16);
    const part = changeEnrolmentStatus({ status: 'ATTENDED', programJp: 16 }, 'COMPLETED', 12);
    expect(part.ok && part.value.jpCredited).toBe(12);
    const over = changeEnrolmentStatus({ status: 'ATTENDED', programJp: 16 }, 'COMPLETED', 40);
    expect(over.ok && over.value.jpCredited).toBe(16);
    const failed = changeEnrolmentStatus({ status: 'ATTENDED', programJp: 16 }, 'FAILED');
    expect(failed.ok && failed.value.jpCredited).toBeNull();
  });

  it('DEV-3: a negative credit, or a credit on another status, is refused', () => {
    const negative = changeEnrolmentStatus({ status: 'ATTENDED', programJp: 16 }, 'COMPLETED', -1);
    expect(!negative.ok && negative.error.code).toBe('INVALID_NUMBER');
    const onFail = changeEnrolmentStatus({ status: 'ATTENDED', programJp: 16 }, 'FAILED', 4);
    expect(!onFail.ok && onFail.error.code).toBe('NOT_ALLOWED');
  });
});
