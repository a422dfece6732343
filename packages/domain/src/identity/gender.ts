import { parseEnum } from '../core/enum.js';

/** ID-1: an employee's recorded gender; the NIP's 15th digit is 1 for MALE and 2 for FEMALE. */
export const GENDERS = ['MALE', 'FEMALE'] as const;
/** ID-1: an employee's recorded gender. */
export type Gender = (typeof GENDERS)[number];

/** ID-1: parses a gender, naming the allowed values when it is not one. */
export const parseGender = (input: string, path?: string) => parseEnum(GENDERS, input, 'gender', path);
