import { describe, expect, it } from 'vitest';
import { check, decide } from './check.js';

describe('core checks', () => {
  it('a decision holds only when every check does, and keeps them all', () => {
    const yes = check('MERIT-2', 'years-in-rank', true, '4 years in III/a');
    const no = check('MERIT-2', 'predikat', false, '2024 predikat missing');
    expect(yes).toEqual({ rule: 'MERIT-2', check: 'years-in-rank', ok: true, detail: '4 years in III/a' });
    expect(decide([yes])).toEqual({ ok: true, checks: [yes] });
    expect(decide([yes, no])).toEqual({ ok: false, checks: [yes, no] });
    expect(decide([]).ok).toBe(true);
  });
});
