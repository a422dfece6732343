import { type Check, check } from '../core/check.js';
import { compareDates, type IsoDate, parseIsoDate } from '../core/date.js';
import { parseEnum } from '../core/enum.js';
import { domainError, err, ok, type Result } from '../core/result.js';

/** MERIT-3/4: the kinds of assessment: potential (potensi, for the 9-box) and competency (kompetensi, for MERIT-3/5). */
export const ASSESSMENT_KINDS = ['POTENSI', 'KOMPETENSI'] as const;
/** MERIT-3/4: a kind of assessment. */
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

/** MERIT-3/4: parses an assessment kind. */
export const parseAssessmentKind = (input: string, path?: string): Result<AssessmentKind> =>
  parseEnum(ASSESSMENT_KINDS, input, 'assessment kind', path);

/**
 * MERIT-4: an assessment score is a number from 0 to 100 with at most two decimals (the potential cut-offs and the
 * competency standards are on that scale). Text is read with a dot or a comma as the decimal mark.
 */
export const parseAssessmentScore = (input: number | string, path?: string): Result<number> => {
  const text = typeof input === 'number' ? String(input) : input.trim().replace(',', '.');
  const value = /^\d{1,3}(\.\d{1,2})?$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(value) || value < 0 || value > 100)
    return err(
      domainError(
        'INVALID_NUMBER',
        `"${String(input).slice(0, 20)}" is not a score from 0 to 100 with at most two decimals`,
        path,
      ),
    );
  return ok(value);
};

/** MERIT-3/4: the day of an assessment: a real date, not after the day it is recorded. */
export const parseAssessedOn = (input: string, today: IsoDate, path?: string): Result<IsoDate> => {
  const parsed = parseIsoDate(input.trim(), path);
  if (!parsed.ok) return parsed;
  if (compareDates(parsed.value, today) > 0)
    return err(
      domainError('NOT_ALLOWED', `an assessment made on ${parsed.value} cannot be recorded on ${today}`, path),
    );
  return parsed;
};

/**
 * MERIT-3/5: whether a competency score meets the standard of the position's level and job family: at least its
 * minimum score. No standard is a failed check that says so.
 */
export const competencyMeetsStandard = (
  score: number,
  standard: { readonly minScore: number; readonly label: string } | null,
): Check =>
  standard === null
    ? check(
        'MERIT-3',
        'competency-meets-standard',
        false,
        'there is no competency standard for this level and job family',
        { case: 'no-standard' },
      )
    : check(
        'MERIT-3',
        'competency-meets-standard',
        score >= standard.minScore,
        `score ${score} against the minimum ${standard.minScore} of ${standard.label}`,
        { score, minScore: standard.minScore, standard: standard.label },
      );
