import { addYears, dateParts, type IsoDate, makeDate, type YearMonth } from '../core/date.js';
import { DomainInputError, domainError, err, ok, type Result } from '../core/result.js';
import type { Gender } from './gender.js';

/** ID-1: the parts of a valid NIP. */
export type NipParts = {
  /** The 18 digits, without spaces. */
  readonly nip: string;
  /** Digits 1-8. */
  readonly birthDate: IsoDate;
  /** Digits 9-14: the month of TMT CPNS or TMT PPPK. */
  readonly serviceStart: YearMonth;
  /** Digit 15: 1 male, 2 female. */
  readonly gender: Gender;
  /** Digits 16-18. */
  readonly sequence: number;
};

const GENDER_DIGIT: Readonly<Record<Gender, string>> = { MALE: '1', FEMALE: '2' };
const GENDER_OF_DIGIT: Readonly<Record<string, Gender>> = { '1': 'MALE', '2': 'FEMALE' };

const ym = (y: number, m: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
const monthIndex = (y: number, m: number) => y * 12 + m - 1;

/**
 * ID-1: parses and validates an 18-digit NIP (spaces between the groups are allowed, as NIPs are often printed
 * `19800229 200501 1 001`). Every wrong part gets its own sentence naming its digits; when several parts are
 * wrong the message lists them all. Months are compared as months: the start of service may fall in the month of
 * the 18th birthday (TMT is the 1st of a month) and in the month of `today`, not earlier or later.
 */
export const parseNip = (
  input: string,
  opts: { readonly today: IsoDate; readonly gender?: Gender },
): Result<NipParts> => {
  const nip = input.replace(/\s+/g, '');
  if (!/^\d*$/.test(nip))
    return err(
      domainError('INVALID_NIP', `NIP "${input}" has characters other than digits; a NIP is 18 digits`, 'nip'),
    );
  if (nip.length !== 18)
    return err(domainError('INVALID_NIP', `NIP "${input}" has ${nip.length} digits; a NIP has exactly 18`, 'nip'));

  const problems: string[] = [];
  const by = Number(nip.slice(0, 4));
  const bm = Number(nip.slice(4, 6));
  const bd = Number(nip.slice(6, 8));
  const birth = makeDate(by, bm, bd);
  if (!birth.ok)
    problems.push(`NIP digits 1-8: birth date ${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)} is not a date`);

  const sy = Number(nip.slice(8, 12));
  const sm = Number(nip.slice(12, 14));
  const start = ym(sy, sm);
  if (sy < 1 || sm < 1 || sm > 12) {
    problems.push(`NIP digits 9-14: start of service ${start} is not a month`);
  } else {
    const t = dateParts(opts.today);
    if (monthIndex(sy, sm) > monthIndex(t.year, t.month))
      problems.push(`NIP digits 9-14: start of service ${start} is after today (${opts.today})`);
    if (birth.ok) {
      const adult = addYears(birth.value, 18);
      const a = dateParts(adult);
      if (monthIndex(sy, sm) < monthIndex(a.year, a.month))
        problems.push(`NIP digits 9-14: start of service ${start} is before the 18th birthday (${adult})`);
    }
  }

  const g = nip.charAt(14);
  const gender = GENDER_OF_DIGIT[g];
  if (!gender) problems.push(`NIP digit 15: gender digit ${g} is not 1 (male) or 2 (female)`);
  else if (opts.gender !== undefined && opts.gender !== gender)
    problems.push(`NIP digit 15: gender digit ${g} (${gender}) disagrees with the recorded gender ${opts.gender}`);

  if (problems.length > 0 || !birth.ok || !gender) return err(domainError('INVALID_NIP', problems.join('; '), 'nip'));
  return ok({
    nip,
    birthDate: birth.value,
    serviceStart: { year: sy, month: sm },
    gender,
    sequence: Number(nip.slice(15)),
  });
};

/**
 * ID-1: builds the NIP of the given parts (seed data, tests). Throws {@link DomainInputError} for a sequence
 * outside 0-999 or a start month that is not a month: those are bugs in the caller, not user input.
 */
export const formatNip = (parts: Omit<NipParts, 'nip'>): string => {
  const { year, month } = parts.serviceStart;
  if (!Number.isInteger(parts.sequence) || parts.sequence < 0 || parts.sequence > 999)
    throw new DomainInputError(domainError('INVALID_NIP', `sequence ${parts.sequence} is not 0-999`, 'sequence'));
  if (!Number.isInteger(year) || !Number.isInteger(month) || year < 1 || year > 9999 || month < 1 || month > 12)
    throw new DomainInputError(domainError('INVALID_NIP', `${ym(year, month)} is not a month`, 'serviceStart'));
  return `${parts.birthDate.replaceAll('-', '')}${ym(year, month).replace('-', '')}${GENDER_DIGIT[parts.gender]}${String(parts.sequence).padStart(3, '0')}`;
};
