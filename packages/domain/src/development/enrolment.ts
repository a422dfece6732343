import { type Check, check } from '../core/check.js';
import { compareDates, type IsoDate } from '../core/date.js';
import { type DomainError, domainError, err, ok, type Result } from '../core/result.js';

/**
 * DEV-3: the statuses of an enrolment. WAITLISTED waits for a place; ENROLLED → ATTENDED → COMPLETED | FAILED,
 * or WITHDRAWN before the end.
 */
export const ENROLMENT_STATUSES = ['WAITLISTED', 'ENROLLED', 'ATTENDED', 'COMPLETED', 'FAILED', 'WITHDRAWN'] as const;
/** DEV-3: an enrolment's status. */
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** DEV-3: what a session needs for an enrolment decision. */
export type SessionCapacity = {
  readonly capacity: number;
  readonly startDate: IsoDate;
};

/** DEV-3: an enrolment request: the session, how many hold a place, whether this employee is already on it. */
export type EnrolInput = {
  readonly session: SessionCapacity;
  /** Enrolments that hold a place (ENROLLED, ATTENDED, COMPLETED, FAILED); not WAITLISTED nor WITHDRAWN. */
  readonly enrolledCount: number;
  /** Whether the employee already has an enrolment on this session that is not WITHDRAWN. */
  readonly alreadyEnrolled: boolean;
  readonly today: IsoDate;
};

/** DEV-3: the codes an enrolment is refused with. */
export type EnrolmentErrorCode = 'ALREADY_ENROLLED' | 'SESSION_STARTED';
/** DEV-3: a refused enrolment. */
export type EnrolmentError = DomainError & { readonly code: EnrolmentErrorCode };

/** DEV-3: an accepted enrolment: a place (ENROLLED) or the waitlist, with the checks. */
export type EnrolDecision = {
  readonly status: 'ENROLLED' | 'WAITLISTED';
  readonly checks: readonly Check[];
};

/**
 * DEV-3: enrols an employee on a session: at most once per session (ALREADY_ENROLLED); no new enrolment once the
 * session has started, i.e. from its start date on (SESSION_STARTED); beyond capacity the employee is WAITLISTED.
 */
export const enrol = ({
  session,
  enrolledCount,
  alreadyEnrolled,
  today,
}: EnrolInput): Result<EnrolDecision, EnrolmentError> => {
  if (alreadyEnrolled)
    return err({
      ...domainError('ALREADY_ENROLLED', 'the employee is already enrolled on this session'),
      code: 'ALREADY_ENROLLED',
    });
  if (compareDates(today, session.startDate) >= 0)
    return err({
      ...domainError(
        'SESSION_STARTED',
        `the session started on ${session.startDate}; enrolment closed at the end of the day before`,
      ),
      code: 'SESSION_STARTED',
    });
  const free = session.capacity - enrolledCount;
  const checks = [
    check('DEV-3', 'not-already-enrolled', true, 'the employee is not yet enrolled on this session', {}),
    check('DEV-3', 'before-session-start', true, `${today} is before the session's start on ${session.startDate}`, {
      today,
      startDate: session.startDate,
    }),
    check(
      'DEV-3',
      'place-free',
      free > 0,
      free > 0
        ? `${enrolledCount} of ${session.capacity} places taken; a place is free`
        : `all ${session.capacity} places taken; the employee goes on the waitlist`,
      free > 0 ? { enrolled: enrolledCount, capacity: session.capacity } : { case: 'full', capacity: session.capacity },
    ),
  ];
  return ok({ status: free > 0 ? 'ENROLLED' : 'WAITLISTED', checks });
};

/** DEV-3: the status changes allowed from each status. */
export const ENROLMENT_TRANSITIONS: Readonly<Record<EnrolmentStatus, readonly EnrolmentStatus[]>> = {
  WAITLISTED: ['ENROLLED', 'WITHDRAWN'],
  ENROLLED: ['ATTENDED', 'WITHDRAWN'],
  ATTENDED: ['COMPLETED', 'FAILED', 'WITHDRAWN'],
  COMPLETED: [],
  FAILED: [],
  WITHDRAWN: [],
};

/** DEV-3: an enrolment as its status machine sees it. */
export type EnrolmentState = {
  readonly status: EnrolmentStatus;
  /** The JP of the session's program: the most that can be credited. */
  readonly programJp: number;
};

/** DEV-3: the enrolment after a change: JP are credited only on COMPLETED. */
export type EnrolmentChange = {
  readonly from: EnrolmentStatus;
  readonly to: EnrolmentStatus;
  readonly jpCredited: number | null;
  readonly checks: readonly Check[];
};

/**
 * DEV-3: moves an enrolment to a new status. COMPLETED credits `jp` (default: the program's JP), at most the
 * program's JP; any other status credits nothing. INVALID_TRANSITION for a change the machine does not allow,
 * INVALID_NUMBER for a credit that is negative or not a number; NOT_ALLOWED for a credit on another status.
 */
export const changeEnrolmentStatus = (
  current: EnrolmentState,
  to: EnrolmentStatus,
  jp?: number,
): Result<EnrolmentChange> => {
  const allowed = ENROLMENT_TRANSITIONS[current.status];
  if (!allowed.includes(to))
    return err(
      domainError(
        'INVALID_TRANSITION',
        allowed.length === 0
          ? `an enrolment that is ${current.status} cannot change any more`
          : `an enrolment that is ${current.status} can become ${allowed.join(' or ')}, not ${to}`,
        'status',
      ),
    );
  const transition = check('DEV-3', 'allowed-transition', true, `${current.status} → ${to} is allowed`, {
    from: current.status,
    to,
  });
  if (to !== 'COMPLETED') {
    if (jp !== undefined)
      return err(domainError('NOT_ALLOWED', `JP are credited only on COMPLETED, not on ${to}`, 'jp'));
    return ok({ from: current.status, to, jpCredited: null, checks: [transition] });
  }
  const asked = jp ?? current.programJp;
  if (!Number.isFinite(asked) || asked < 0)
    return err(
      domainError('INVALID_NUMBER', `JP credited must be a number of hours of at least 0, not ${asked}`, 'jp'),
    );
  const credited = Math.min(asked, current.programJp);
  const credit = check(
    'DEV-3',
    'jp-credited-at-most-program',
    true,
    asked > current.programJp
      ? `${asked} JP asked; credited ${credited}, the program's JP`
      : `${credited} JP credited of the program's ${current.programJp}`,
    asked > current.programJp
      ? { case: 'capped', asked, credited, programJp: current.programJp }
      : { credited, programJp: current.programJp },
  );
  return ok({ from: current.status, to, jpCredited: credited, checks: [transition, credit] });
};
