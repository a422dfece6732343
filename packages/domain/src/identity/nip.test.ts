import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { date } from '../core/date.js';
import { formatNip, parseNip } from './nip.js';

const today = date('2025-06-15');

const messageOf = (input: string, gender?: 'MALE' | 'FEMALE') => {
  const r = parseNip(input, gender === undefined ? { today } : { today, gender });
  if (r.ok) throw new Error(`expected ${input} to be refused`);
  expect(r.error.code).toBe('INVALID_NIP');
  expect(r.error.path).toBe('nip');
  return r.error.message;
};

describe('ID-1 parseNip', () => {
  it('ID-1: splits a valid NIP into birth date, start of service, gender and sequence', () => {
    expect(parseNip('198002292005011001', { today })).toEqual({
      ok: true,
      value: {
        nip: '198002292005011001',
        birthDate: '1980-02-29',
        serviceStart: { year: 2005, month: 1 },
        gender: 'MALE',
        sequence: 1,
      },
    });
  });

  it('ID-1: accepts the printed form with spaces between the groups', () => {
    const r = parseNip('19900115 201503 2 012', { today, gender: 'FEMALE' });
    expect(r.ok && r.value).toMatchObject({ nip: '199001152015032012', gender: 'FEMALE', sequence: 12 });
  });

  it('ID-1: refuses 17 and 19 digits, saying how many there are', () => {
    expect(messageOf('19800229200501100')).toBe('NIP "19800229200501100" has 17 digits; a NIP has exactly 18');
    expect(messageOf('1980022920050110012')).toMatch(/has 19 digits/);
  });

  it('ID-1: refuses characters other than digits', () => {
    expect(messageOf('19800229200501100A')).toMatch(/characters other than digits/);
  });

  it('ID-1 digits 1-8: refuses a birth date that does not exist (1981-02-29)', () => {
    expect(messageOf('198102292005011001')).toBe('NIP digits 1-8: birth date 1981-02-29 is not a date');
  });

  it('ID-1 digits 9-14: refuses a start of service that is not a month', () => {
    expect(messageOf('198002292031131001')).toBe('NIP digits 9-14: start of service 2031-13 is not a month');
    expect(messageOf('198002292005001001')).toBe('NIP digits 9-14: start of service 2005-00 is not a month');
  });

  it('ID-1 digits 9-14: the start may be in the month of the 18th birthday, not the month before', () => {
    // born 1980-02-29: 18 on 1998-02-28
    expect(parseNip('198002291998021001', { today }).ok).toBe(true);
    expect(messageOf('198002291998011001')).toBe(
      'NIP digits 9-14: start of service 1998-01 is before the 18th birthday (1998-02-28)',
    );
  });

  it('ID-1 digits 9-14: the start may be in the month of today, not the month after', () => {
    expect(parseNip('199001152025061001', { today }).ok).toBe(true);
    expect(messageOf('199001152025071001')).toBe(
      'NIP digits 9-14: start of service 2025-07 is after today (2025-06-15)',
    );
  });

  it('ID-1 digit 15: refuses a gender digit other than 1 or 2', () => {
    expect(messageOf('198002292005013001')).toBe('NIP digit 15: gender digit 3 is not 1 (male) or 2 (female)');
    expect(messageOf('198002292005010001')).toMatch(/gender digit 0 is not 1/);
  });

  it('ID-1 digit 15: refuses a gender digit that disagrees with the recorded gender', () => {
    expect(messageOf('198002292005011001', 'FEMALE')).toBe(
      'NIP digit 15: gender digit 1 (MALE) disagrees with the recorded gender FEMALE',
    );
    expect(parseNip('198002292005011001', { today, gender: 'MALE' }).ok).toBe(true);
  });

  it('ID-1: names every wrong part when several are wrong', () => {
    const message = messageOf('198102292031133001');
    expect(message).toContain('NIP digits 1-8');
    expect(message).toContain('NIP digits 9-14');
    expect(message).toContain('NIP digit 15');
  });
});

describe('ID-1 formatNip', () => {
  it('ID-1: builds the 18 digits from the parts', () => {
    expect(
      formatNip({
        birthDate: date('1990-01-15'),
        serviceStart: { year: 2015, month: 3 },
        gender: 'FEMALE',
        sequence: 7,
      }),
    ).toBe('199001152015032007');
  });

  it('ID-1: throws for a sequence outside 0-999 (a bug in the caller)', () => {
    expect(() =>
      formatNip({
        birthDate: date('1990-01-15'),
        serviceStart: { year: 2015, month: 3 },
        gender: 'MALE',
        sequence: 1000,
      }),
    ).toThrow(/INVALID_NIP/);
  });

  it('ID-1: parseNip inverts formatNip for every valid NIP', () => {
    const valid = fc
      .record({
        birth: fc.date({
          min: new Date('1950-01-01T00:00:00Z'),
          max: new Date('2000-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        startOffsetMonths: fc.integer({ min: 0, max: 300 }),
        female: fc.boolean(),
        sequence: fc.integer({ min: 0, max: 999 }),
      })
      .map(({ birth, startOffsetMonths, female, sequence }) => {
        const birthDate = date(birth.toISOString().slice(0, 10));
        const index = (birth.getUTCFullYear() + 18) * 12 + birth.getUTCMonth() + startOffsetMonths;
        const serviceStart = { year: Math.floor(index / 12), month: (index % 12) + 1 };
        return { birthDate, serviceStart, gender: female ? ('FEMALE' as const) : ('MALE' as const), sequence };
      })
      .filter((p) => p.serviceStart.year * 12 + p.serviceStart.month <= 2025 * 12 + 6);
    fc.assert(
      fc.property(valid, (parts) => {
        const nip = formatNip(parts);
        expect(parseNip(nip, { today, gender: parts.gender })).toEqual({ ok: true, value: { nip, ...parts } });
      }),
    );
  });
});
