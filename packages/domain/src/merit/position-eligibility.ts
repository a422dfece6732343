import { type Check, check } from '../core/check.js';
import { compareDates, type IsoDate, wholeMonthsBetween, wholeYearsBetween } from '../core/date.js';
import { type Sanction, sanctionBlocks } from '../discipline/active-sanction.js';
import { type Education, isEducationAtLeast } from '../identity/education.js';
import type { Policy } from '../policy/policy.js';
import { type AnnualPredikat, baikLastTwoYears, lastCompletedYear } from './annual-predikats.js';
import { JABATAN_GRADE, type JabatanLevel, type ManagerialTarget } from './jabatan.js';
import { comparePangkat, PANGKAT_INFO, type Pangkat } from './pangkat.js';

/** MERIT-3: one position held: its level, from (inclusive) to (exclusive; null = still held). */
export type JabatanPeriod = {
  readonly level: JabatanLevel;
  readonly from: IsoDate;
  readonly to: IsoDate | null;
};

/** MERIT-3: the policy parameters position eligibility reads. */
export type PositionPolicy = Pick<Policy, 'positionRequirements' | 'lightSanctionBlocks' | 'lightSanctionMonths'>;

/** MERIT-3: the facts a candidate for a managerial level is judged on. */
export type PositionEligibilityInput = {
  readonly target: ManagerialTarget;
  /** The date of registration or appointment the requirements are checked on. */
  readonly on: IsoDate;
  readonly birthDate: IsoDate;
  readonly education: Education;
  readonly pangkat: Pangkat;
  readonly jabatanHistory: readonly JabatanPeriod[];
  /** Start of service (TMT CPNS). */
  readonly serviceStart: IsoDate;
  readonly annualPredikats: readonly AnnualPredikat[];
  /** Whether the latest competency assessment meets the position's standard; null when there is none. */
  readonly competencyMeetsStandard: boolean | null;
  readonly sanctions: readonly Sanction[];
  readonly policy: PositionPolicy;
};

/** MERIT-3: the decision for one candidate and level, with every check. */
export type PositionEligibility = {
  readonly ok: boolean;
  readonly target: ManagerialTarget;
  readonly checks: readonly Check[];
};

/**
 * MERIT-3: whole months spent, up to `on`, in positions of at least `minGrade` (JABATAN_GRADE, so equivalent
 * functional levels count). Overlapping periods count once; each continuous stretch counts its whole months.
 */
export const experienceMonths = (history: readonly JabatanPeriod[], minGrade: number, on: IsoDate): number => {
  const spans = history
    .filter((p) => JABATAN_GRADE[p.level] >= minGrade && compareDates(p.from, on) < 0)
    .map((p) => ({ from: p.from, to: p.to === null || compareDates(p.to, on) > 0 ? on : p.to }))
    .filter((s) => compareDates(s.from, s.to) < 0)
    .sort((a, b) => compareDates(a.from, b.from));
  const merged: { from: IsoDate; to: IsoDate }[] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && compareDates(s.from, last.to) <= 0) {
      if (compareDates(s.to, last.to) > 0) last.to = s.to;
    } else merged.push({ ...s });
  }
  return merged.reduce((sum, s) => sum + wholeMonthsBetween(s.from, s.to), 0);
};

const years = (months: number) => `${Math.floor(months / 12)} year(s) ${months % 12} month(s)`;

/**
 * MERIT-3: whether a candidate meets a managerial level's requirements (policy.positionRequirements) on a date.
 * Checks (keys): `education`, `pangkat`, `experience` (years at a grade of at least the requirement's, equivalent
 * functional levels included), `service-years` (total years since the start of service; "related fields" is left
 * to the selection committee), `max-age` (whole years at `on`), `predikat-last-year-baik` and
 * `predikat-year-before-baik` (the two calendar years before `on`'s), `competency-meets-standard` (no assessment
 * is a failed check) and DISC-2's `no-blocking-sanction` (the same blocking rule as promotion).
 */
export const positionEligibility = (input: PositionEligibilityInput): PositionEligibility => {
  const { target, on, birthDate, education, pangkat, jabatanHistory, serviceStart, policy } = input;
  const req = policy.positionRequirements[target];
  const months = experienceMonths(jabatanHistory, req.experienceMinGrade, on);
  const service = wholeYearsBetween(serviceStart, on);
  const age = wholeYearsBetween(birthDate, on);
  const educationOk = isEducationAtLeast(education, req.minEducation);
  const pangkatOk = req.minPangkat === null || comparePangkat(pangkat, req.minPangkat) >= 0;
  const experienceOk = months >= req.experienceYears * 12;
  const ageOk = req.maxAge === null || age <= req.maxAge;
  const competency = input.competencyMeetsStandard;

  const checks: Check[] = [
    check('MERIT-3', 'education', educationOk, `education ${education}; ${target} needs at least ${req.minEducation}`, {
      education,
      target,
      minEducation: req.minEducation,
    }),
    check(
      'MERIT-3',
      'pangkat',
      pangkatOk,
      req.minPangkat === null
        ? `${target} asks no minimum pangkat`
        : `pangkat ${PANGKAT_INFO[pangkat].golongan}; ${target} needs at least ${PANGKAT_INFO[req.minPangkat].golongan}`,
      req.minPangkat === null ? { case: 'no-minimum', target } : { pangkat, target, minPangkat: req.minPangkat },
    ),
    check(
      'MERIT-3',
      'experience',
      experienceOk,
      `${years(months)} in positions of grade ${req.experienceMinGrade} or above; ${target} needs ${req.experienceYears} year(s)`,
      {
        years: Math.floor(months / 12),
        months: months % 12,
        minGrade: req.experienceMinGrade,
        target,
        experienceYears: req.experienceYears,
      },
    ),
    check(
      'MERIT-3',
      'service-years',
      service >= req.serviceYears,
      req.serviceYears === 0
        ? `${target} asks no minimum years of service`
        : `${service} year(s) of service since ${serviceStart}; ${target} needs ${req.serviceYears}`,
      req.serviceYears === 0
        ? { case: 'no-minimum', target }
        : { serviceYears: service, serviceStart, target, minServiceYears: req.serviceYears },
    ),
    check(
      'MERIT-3',
      'max-age',
      ageOk,
      req.maxAge === null
        ? `${target} has no age limit`
        : `aged ${age} on ${on}; ${target} allows at most ${req.maxAge} at registration`,
      req.maxAge === null ? { case: 'no-limit', target } : { age, on, target, maxAge: req.maxAge },
    ),
    ...baikLastTwoYears('MERIT-3', input.annualPredikats, lastCompletedYear(on)),
    check(
      'MERIT-3',
      'competency-meets-standard',
      competency === true,
      competency === null
        ? 'there is no competency assessment to compare with the standard'
        : competency
          ? "the competency assessment meets the position's standard"
          : "the competency assessment is below the position's standard",
      { case: competency === null ? 'no-assessment' : competency ? 'meets' : 'below', target },
    ),
    ...sanctionBlocks({ sanctions: input.sanctions, on, policy }).checks,
  ];
  return { ok: checks.every((c) => c.ok), target, checks };
};
