import { describe, expect, it } from 'vitest';
import { check, decide } from './check.js';

describe('core checks', () => {
  it('a decision holds only when every check does, and keeps them all', () => {
    const yes = check('MERIT-2', 'years-in-rank', true, '4 years in III/a', { years: 4, pangkat: 'III_A' });
    const no = check('MERIT-2', 'predikat-last-year-baik', false, '2024 predikat missing', {
      case: 'missing',
      year: 2024,
    });
    expect(yes).toEqual({
      rule: 'MERIT-2',
      check: 'years-in-rank',
      ok: true,
      detail: '4 years in III/a',
      params: { years: 4, pangkat: 'III_A' },
    });
    expect(decide([yes])).toEqual({ ok: true, checks: [yes] });
    expect(decide([yes, no])).toEqual({ ok: false, checks: [yes, no] });
    expect(decide([]).ok).toBe(true);
  });
});
