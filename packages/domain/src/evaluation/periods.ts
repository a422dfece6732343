import { type Check, check } from '../core/check.js';
import { addDays, addMonths, compareDates, dateParts, endOfYear, type IsoDate, makeDate } from '../core/date.js';
import { domainError, err, ok, type Result, unwrap } from '../core/result.js';
import type { Policy } from '../policy/policy.js';
import type { Predikat } from './scales.js';

/** EVAL-8: how often periodic evaluations are made. */
export type Periodicity = Policy['periodicity'];

const MONTHS_PER_PERIOD: Readonly<Record<Periodicity, number>> = { MONTHLY: 1, QUARTERLY: 3, SEMESTER: 6 };
const LABEL_PREFIX: Readonly<Record<Periodicity, string>> = { MONTHLY: 'M', QUARTERLY: 'Q', SEMESTER: 'S' };

/** EVAL-8: one periodic evaluation period of a year, with its first and last day. */
export type EvaluationPeriod = {
  readonly year: number;
  readonly periodicity: Periodicity;
  /** 1-based position in the year. */
  readonly index: number;
  /** How many periods the year has under this periodicity (12, 4 or 2). */
  readonly count: number;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** `2025-Q1`, `2025-M07`, `2025-S2`. */
  readonly label: string;
};

const makePeriod = (year: number, periodicity: Periodicity, index: number): EvaluationPeriod => {
  const months = MONTHS_PER_PERIOD[periodicity];
  const start = unwrap(makeDate(year, (index - 1) * months + 1, 1));
  const count = 12 / months;
  const prefix = LABEL_PREFIX[periodicity];
  const label = `${year}-${prefix}${periodicity === 'MONTHLY' ? String(index).padStart(2, '0') : index}`;
  return { year, periodicity, index, count, start, end: addDays(addMonths(start, months), -1), label };
};

/** EVAL-8: the periods of a year under the policy's periodicity (QUARTERLY by default: four quarters). */
export const periodsOfYear = (year: number, policy: Pick<Policy, 'periodicity'>): readonly EvaluationPeriod[] => {
  const count = 12 / MONTHS_PER_PERIOD[policy.periodicity];
  return Array.from({ length: count }, (_, i) => makePeriod(year, policy.periodicity, i + 1));
};

/** EVAL-8: the period a date falls in. */
export const periodOf = (d: IsoDate, policy: Pick<Policy, 'periodicity'>): EvaluationPeriod => {
  const { year, month } = dateParts(d);
  return makePeriod(year, policy.periodicity, Math.floor((month - 1) / MONTHS_PER_PERIOD[policy.periodicity]) + 1);
};

/** EVAL-8: the period with a given 1-based index in a year, or INVALID_NUMBER when the year has no such period. */
export const periodOfIndex = (
  year: number,
  index: number,
  policy: Pick<Policy, 'periodicity'>,
  path?: string,
): Result<EvaluationPeriod> => {
  const count = 12 / MONTHS_PER_PERIOD[policy.periodicity];
  if (!Number.isInteger(index) || index < 1 || index > count)
    return err(
      domainError(
        'INVALID_NUMBER',
        `period ${index} does not exist: a ${policy.periodicity} year has periods 1-${count}`,
        path,
      ),
    );
  return ok(makePeriod(year, policy.periodicity, index));
};

/** EVAL-8: the predikat of one periodic evaluation. */
export type PeriodicPredikat = { readonly period: EvaluationPeriod; readonly predikat: Predikat };

/** EVAL-8: the suggested annual predikat, the period it comes from, and why. */
export type AnnualPredikatSuggestion = {
  readonly predikat: Predikat;
  readonly fromPeriod: EvaluationPeriod;
  readonly checks: readonly Check[];
};

/**
 * EVAL-8: suggests the annual predikat of a year: the predikat of the last period of that year that has one
 * (latest end; on equal ends the later start, i.e. the shorter, more recent period). A check says whether that
 * period is the year's final one. REQUIRED when no period of the year has a predikat; DUPLICATE when one period
 * has two.
 */
export const suggestAnnualPredikat = (
  year: number,
  periodic: readonly PeriodicPredikat[],
): Result<AnnualPredikatSuggestion> => {
  const ofYear = periodic.filter((p) => p.period.year === year);
  const labels = new Set<string>();
  for (const p of ofYear) {
    if (labels.has(p.period.label))
      return err(domainError('DUPLICATE', `period ${p.period.label} has more than one predikat`, 'periodic'));
    labels.add(p.period.label);
  }
  const last = ofYear.reduce<PeriodicPredikat | undefined>((best, p) => {
    if (!best) return p;
    const byEnd = compareDates(p.period.end, best.period.end);
    return byEnd > 0 || (byEnd === 0 && compareDates(p.period.start, best.period.start) > 0) ? p : best;
  }, undefined);
  if (!last)
    return err(
      domainError('REQUIRED', `no periodic predikat of ${year} exists to suggest the annual one from`, 'periodic'),
    );
  const { period } = last;
  const isFinal = period.end === endOfYear(year);
  return ok({
    predikat: last.predikat,
    fromPeriod: period,
    checks: [
      check(
        'EVAL-8',
        'last-periodic-predikat',
        true,
        `the last periodic predikat of ${year} is ${last.predikat} (${period.label}, ${period.start} to ${period.end})`,
        { year, predikat: last.predikat, period: period.label, start: period.start, end: period.end },
      ),
      check(
        'EVAL-8',
        'final-period-evaluated',
        isFinal,
        isFinal
          ? `${period.label} is the last period of ${year}`
          : `${period.label} ends on ${period.end}: the periods up to ${endOfYear(year)} have no predikat yet`,
        isFinal
          ? { year, period: period.label }
          : { case: 'not-final', year, period: period.label, end: period.end, endOfYear: endOfYear(year) },
      ),
    ],
  });
};
