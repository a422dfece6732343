import { addMonths, compareDates, date, firstOfMonth, type IsoDate } from '../core/date.js';
import { type EnrolmentFacts, type TrainingStatus, trainingStatus } from '../development/training-status.js';
import type { Sanction } from '../discipline/active-sanction.js';
import type { Predikat } from '../evaluation/scales.js';
import type { Education } from '../identity/education.js';
import type { EmploymentType } from '../identity/employment.js';
import type { AnnualPredikat } from '../merit/annual-predikats.js';
import type { JabatanKind, JabatanLevel } from '../merit/jabatan.js';
import type { Pangkat } from '../merit/pangkat.js';
import { rankPromotion } from '../merit/rank-promotion.js';
import { successionMembership } from '../merit/succession.js';
import { type TalentBoxResult, talentBox } from '../merit/talent-box.js';
import type { Policy } from '../policy/policy.js';

/**
 * The read model: the derived facts analysts filter, group and count on, one row per employee and year, each the
 * answer of a rule (DEV-1, MERIT-2, MERIT-4, MERIT-5). The seed and every workflow write them through these
 * functions, so a fact can never disagree with the rule it comes from.
 */

/** A period something was held: a pangkat or a jabatan, from its TMT to the day it ended (null: still held). */
export type HeldPeriod<T> = T & { readonly from: IsoDate; readonly to: IsoDate | null };

/** Everything the facts of one employee read. */
export type EmployeeFactsInput = {
  readonly employment: EmploymentType;
  readonly education: Education;
  readonly serviceStart: IsoDate;
  readonly pangkats: readonly HeldPeriod<{ readonly pangkat: Pangkat }>[];
  readonly jabatans: readonly HeldPeriod<{ readonly level: JabatanLevel; readonly kind: JabatanKind }>[];
  readonly annualPredikats: readonly AnnualPredikat[];
  /** Every enrolment (any year). */
  readonly enrolments: readonly EnrolmentFacts[];
  /** Potential assessments (scores 0-100) with the day they were made. */
  readonly potentials: readonly { readonly on: IsoDate; readonly score: number }[];
  /** Whether the latest competency assessment meets the standard (null: none). */
  readonly competencyMeetsStandard: boolean | null;
  readonly sanctions: readonly Sanction[];
};

/** The facts of one employee in one year. */
export type YearFacts = {
  readonly year: number;
  readonly pangkat: Pangkat | null;
  readonly jabatanLevel: JabatanLevel | null;
  readonly jabatanKind: JabatanKind | null;
  readonly annualPredikat: Predikat | null;
  readonly training: TrainingStatus;
  readonly talent: TalentBoxResult;
  readonly successionMember: boolean;
};

const heldOn = <T>(periods: readonly HeldPeriod<T>[], on: IsoDate): HeldPeriod<T> | undefined =>
  periods.find((s) => compareDates(s.from, on) <= 0 && (s.to === null || compareDates(s.to, on) > 0));

const potentialOn = (input: EmployeeFactsInput, on: IsoDate): number | null => {
  let best: { on: IsoDate; score: number } | null = null;
  for (const a of input.potentials)
    if (compareDates(a.on, on) <= 0 && (!best || compareDates(a.on, best.on) >= 0)) best = a;
  return best?.score ?? null;
};

/**
 * The years an employee has facts for: from the year service started to this year (the current year's facts are
 * judged on `today`, past years on their 31 December).
 */
export const factYears = (serviceStart: IsoDate, today: IsoDate, first: number): number[] => {
  const thisYear = Number(today.slice(0, 4));
  const from = Math.max(first, Number(serviceStart.slice(0, 4)));
  return Array.from({ length: Math.max(0, thisYear - from + 1) }, (_, i) => from + i);
};

/**
 * DEV-1, MERIT-4, MERIT-5 as of a year: the pangkat and jabatan held at its end (today for the current year), the
 * JP status, the talent box, and succession membership judged when the year's predikat is known (1 January after
 * it) or today for the current year. Null when service had not started by the year's end.
 */
export const yearFacts = (
  input: EmployeeFactsInput,
  year: number,
  today: IsoDate,
  policy: Policy,
  trainingOf: (year: number) => TrainingStatus = (y) =>
    trainingStatus({ year: y, employment: input.employment, enrolments: input.enrolments, policy }),
): YearFacts | null => {
  const thisYear = Number(today.slice(0, 4));
  const yearEnd = year === thisYear ? today : date(`${year}-12-31`);
  if (compareDates(input.serviceStart, yearEnd) > 0) return null;
  const pangkat = heldOn(input.pangkats, yearEnd);
  const jabatan = heldOn(input.jabatans, yearEnd);
  const on = year >= thisYear ? today : date(`${year + 1}-01-01`);
  const succession = successionMembership({
    on,
    annualPredikats: input.annualPredikats,
    potentialScore: potentialOn(input, on),
    trainingLastYear: trainingOf(Number(on.slice(0, 4)) - 1),
    competencyMeetsStandard: input.competencyMeetsStandard,
    sanctions: input.sanctions,
    policy,
  });
  return {
    year,
    pangkat: pangkat?.pangkat ?? null,
    jabatanLevel: jabatan?.level ?? null,
    jabatanKind: jabatan?.kind ?? null,
    annualPredikat: input.annualPredikats.find((a) => a.year === year)?.predikat ?? null,
    training: trainingOf(year),
    talent: talentBox({
      year,
      annualPredikats: input.annualPredikats,
      potentialScore: potentialOn(input, yearEnd),
      policy,
    }),
    successionMember: succession.ok,
  };
};

/** The annual predikat of the latest completed year (before today's year), shown on the employee: null if none. */
export const latestPredikat = (annual: readonly AnnualPredikat[], today: IsoDate): AnnualPredikat | null => {
  const thisYear = Number(today.slice(0, 4));
  return annual.filter((a) => a.year < thisYear).sort((a, b) => b.year - a.year)[0] ?? null;
};

/**
 * MERIT-2 in the read model: the first promotion date (the 1st of each of the next twelve months) on which the
 * employee is eligible for a regular rank promotion, judged with the pangkat of their evaluator (EVAL-9) as the
 * superior's; null when none is within a year or they hold no pangkat (PPPK).
 */
export const rankPromotionDueOn = (
  input: Pick<EmployeeFactsInput, 'pangkats' | 'education' | 'annualPredikats' | 'sanctions'>,
  superiorPangkat: Pangkat | null,
  today: IsoDate,
  policy: Policy,
): IsoDate | null => {
  const current = heldOn(input.pangkats, today);
  if (!current) return null;
  const first = addMonths(firstOfMonth(today), 1);
  for (let i = 0; i < 12; i++) {
    const on = addMonths(first, i);
    const decision = rankPromotion({
      on,
      pangkat: current.pangkat,
      pangkatSince: current.from,
      education: input.education,
      annualPredikats: input.annualPredikats,
      superiorPangkat,
      sanctions: input.sanctions,
      policy,
    });
    if (decision.ok) return on;
  }
  return null;
};
