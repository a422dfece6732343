import { describe, expect, it } from 'vitest';
import { parseEnum } from './enum.js';

describe('core enums', () => {
  it('parseEnum refuses an unknown string with INVALID_ENUM naming the allowed values', () => {
    expect(parseEnum(['A', 'B'] as const, 'A', 'letter')).toEqual({ ok: true, value: 'A' });
    expect(parseEnum(['A', 'B'] as const, 'a', 'letter', 'x')).toEqual({
      ok: false,
      error: { code: 'INVALID_ENUM', message: '"a" is not a letter; expected one of A, B', path: 'x' },
    });
  });
});
