import { type Check, check } from '../core/check.js';
import { type IsoDate, yearOf } from '../core/date.js';
import type { EmploymentType } from '../identity/employment.js';
import type { Policy } from '../policy/policy.js';
import type { EnrolmentStatus } from './enrolment.js';

/** DEV-1: one enrolment as the entitlement sees it. */
export type EnrolmentFacts = {
  readonly status: EnrolmentStatus;
  /** The JP recorded on completion; null when none was recorded (the program's JP then count). */
  readonly jpCredited: number | null;
  readonly programJp: number;
  readonly sessionStart: IsoDate;
};

/** DEV-1: the input of {@link trainingStatus}. */
export type TrainingStatusInput = {
  readonly year: number;
  readonly employment: EmploymentType;
  /** The employee's enrolments; only those whose session starts in `year` count. */
  readonly enrolments: readonly EnrolmentFacts[];
  readonly policy: Pick<Policy, 'annualJp' | 'pppkMaxJp'>;
};

/** DEV-1: the status of a year's development: done, planned, what is still missing. */
export type TrainingStatus = {
  readonly year: number;
  readonly employment: EmploymentType;
  /** The JP owed (PNS: policy.annualJp; PPPK: the same, but never above policy.pppkMaxJp). */
  readonly jpTarget: number;
  /** JP credited from COMPLETED enrolments (PPPK: at most policy.pppkMaxJp). */
  readonly jpDone: number;
  /** JP of enrolments not yet done (ENROLLED, ATTENDED) (PPPK: within what the cap leaves). */
  readonly jpPlanned: number;
  /** JP neither done nor planned: what still has to be found to reach the target. */
  readonly shortfall: number;
  /** Whether the JP done reach the target. */
  readonly met: boolean;
  readonly checks: readonly Check[];
};

/** DEV-1: the JP an enrolment counts for: a COMPLETED one its credit (or the program's JP), at most the program's. */
export const creditedJp = (e: EnrolmentFacts): number =>
  e.status === 'COMPLETED' ? Math.max(0, Math.min(e.jpCredited ?? e.programJp, e.programJp)) : 0;

/**
 * DEV-1: the development status of a calendar year. JP count only from COMPLETED enrolments, each at most its
 * program's JP; ENROLLED and ATTENDED ones are planned; WAITLISTED, FAILED and WITHDRAWN count for nothing. A PNS
 * is owed policy.annualJp; a PPPK is given at most policy.pppkMaxJp, so their done and planned JP are capped at
 * it (the PPPK contract year is taken as the calendar year).
 */
export const trainingStatus = ({ year, employment, enrolments, policy }: TrainingStatusInput): TrainingStatus => {
  const ofYear = enrolments.filter((e) => yearOf(e.sessionStart) === year);
  const doneRaw = ofYear.reduce((sum, e) => sum + creditedJp(e), 0);
  const plannedRaw = ofYear
    .filter((e) => e.status === 'ENROLLED' || e.status === 'ATTENDED')
    .reduce((sum, e) => sum + Math.max(0, e.programJp), 0);
  const pppk = employment === 'PPPK';
  const cap = pppk ? policy.pppkMaxJp : Number.POSITIVE_INFINITY;
  const jpTarget = pppk ? Math.min(policy.annualJp, policy.pppkMaxJp) : policy.annualJp;
  const jpDone = Math.min(doneRaw, cap);
  const jpPlanned = Math.min(plannedRaw, cap - jpDone);
  const shortfall = Math.max(0, jpTarget - jpDone - jpPlanned);
  const met = jpDone >= jpTarget;
  const owed = pppk
    ? `a PPPK is given at most ${policy.pppkMaxJp} JP and owed ${jpTarget}`
    : `a PNS is owed ${jpTarget} JP`;
  const owedParams = pppk ? { case: 'pppk', pppkMaxJp: policy.pppkMaxJp, jpTarget } : { jpTarget };
  const checks: Check[] = [
    check('DEV-1', 'jp-done-meets-entitlement', met, `${jpDone} JP done in ${year}; ${owed}`, {
      ...owedParams,
      jpDone,
      year,
    }),
    check(
      'DEV-1',
      'jp-planned-covers-entitlement',
      shortfall === 0,
      shortfall === 0
        ? `${jpDone} JP done and ${jpPlanned} planned in ${year} cover the ${jpTarget} owed`
        : `${jpDone} JP done and ${jpPlanned} planned in ${year}: ${shortfall} JP short of the ${jpTarget} owed`,
      shortfall === 0
        ? { jpDone, jpPlanned, year, jpTarget }
        : { case: 'short', jpDone, jpPlanned, year, shortfall, jpTarget },
    ),
  ];
  if (pppk)
    checks.push(
      check(
        'DEV-1',
        'pppk-within-cap',
        doneRaw + plannedRaw <= policy.pppkMaxJp,
        `${doneRaw} JP done and ${plannedRaw} planned; a PPPK is given at most ${policy.pppkMaxJp} JP per contract year`,
        { jpDone: doneRaw, jpPlanned: plannedRaw, pppkMaxJp: policy.pppkMaxJp },
      ),
    );
  return { year, employment, jpTarget, jpDone, jpPlanned, shortfall, met, checks };
};
