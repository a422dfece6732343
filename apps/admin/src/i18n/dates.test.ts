import { describe, expect, it } from 'vitest';
import { dateLocaleOf, dayFormat, utcDay } from './dates.js';

describe('dates', () => {
  it('writes dates in Indonesian, and in British English (day before month) for English', () => {
    const long = { day: 'numeric', month: 'long', year: 'numeric' } as const;
    expect(dayFormat(dateLocaleOf('id'), long).format(utcDay('2026-12-01'))).toBe('1 Desember 2026');
    expect(dayFormat(dateLocaleOf('en'), long).format(utcDay('2026-12-01'))).toBe('1 December 2026');
  });

  it('makes a format once per locale and shape', () => {
    expect(dayFormat('id-ID', { month: 'long' })).toBe(dayFormat('id-ID', { month: 'long' }));
  });
});
