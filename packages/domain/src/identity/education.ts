import { parseEnum } from '../core/enum.js';

/** MERIT-2: levels of formal education, lowest to highest (S1 and D-IV are one level). */
export const EDUCATIONS = ['SD', 'SLTP', 'SLTA', 'D1', 'D2', 'D3', 'S1_D4', 'S2', 'S3'] as const;
/** MERIT-2: an employee's highest education. */
export type Education = (typeof EDUCATIONS)[number];

/** MERIT-2: parses an education level. */
export const parseEducation = (input: string, path?: string) => parseEnum(EDUCATIONS, input, 'education level', path);

/** MERIT-2/3: whether education a is at least b. */
export const isEducationAtLeast = (a: Education, b: Education): boolean =>
  EDUCATIONS.indexOf(a) >= EDUCATIONS.indexOf(b);
