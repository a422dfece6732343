import { parseEnum } from '../core/enum.js';

/** Section 0: the two kinds of ASN: career civil servants (PNS) and contract employees (PPPK). */
export const EMPLOYMENT_TYPES = ['PNS', 'PPPK'] as const;
/** Section 0: PNS or PPPK; DEV-1 owes them different JP. */
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

/** Section 0: parses an employment type. */
export const parseEmploymentType = (input: string, path?: string) =>
  parseEnum(EMPLOYMENT_TYPES, input, 'employment type (PNS or PPPK)', path);
