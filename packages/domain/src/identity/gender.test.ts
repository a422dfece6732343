import { describe, expect, it } from 'vitest';
import { parseEmploymentType } from './employment.js';
import { parseGender } from './gender.js';

describe('ID-1 gender and employment type', () => {
  it('ID-1: parses MALE and FEMALE and refuses anything else with INVALID_ENUM naming the allowed values', () => {
    expect(parseGender('FEMALE')).toEqual({ ok: true, value: 'FEMALE' });
    const r = parseGender('L', 'gender');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toEqual({
      code: 'INVALID_ENUM',
      message: '"L" is not a gender; expected one of MALE, FEMALE',
      path: 'gender',
    });
  });

  it('Section 0: an employee is PNS or PPPK', () => {
    expect(parseEmploymentType('PPPK')).toEqual({ ok: true, value: 'PPPK' });
    expect(parseEmploymentType('HONORER').ok).toBe(false);
  });
});
