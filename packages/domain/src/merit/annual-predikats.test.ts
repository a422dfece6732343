import { describe, expect, it } from 'vitest';
import { date } from '../core/date.js';
import { baikLastTwoYears, lastCompletedYear, predikatOfYear } from './annual-predikats.js';

describe('MERIT-2 "the last 2 years"', () => {
  it('MERIT-2: on any day of 2025 the last completed year is 2024 (its predikat is set at year end)', () => {
    expect(lastCompletedYear(date('2025-01-01'))).toBe(2024);
    expect(lastCompletedYear(date('2025-12-31'))).toBe(2024);
  });

  it('MERIT-2: BAIK or better in each of the 2 years passes both checks', () => {
    const checks = baikLastTwoYears(
      'MERIT-2',
      [
        { year: 2024, predikat: 'SANGAT_BAIK' },
        { year: 2023, predikat: 'BAIK' },
      ],
      2024,
    );
    expect(checks).toEqual([
      {
        rule: 'MERIT-2',
        check: 'predikat-last-year-baik',
        ok: true,
        detail: 'the annual predikat of 2024 is SANGAT_BAIK',
        params: { year: 2024, predikat: 'SANGAT_BAIK' },
      },
      {
        rule: 'MERIT-2',
        check: 'predikat-year-before-baik',
        ok: true,
        detail: 'the annual predikat of 2023 is BAIK',
        params: { year: 2023, predikat: 'BAIK' },
      },
    ]);
  });

  it('MERIT-2: a predikat below BAIK fails, and a missing one is a failed check that says it is missing', () => {
    const [last, before] = baikLastTwoYears('MERIT-3', [{ year: 2024, predikat: 'BUTUH_PERBAIKAN' }], 2024);
    expect(last).toMatchObject({ ok: false, detail: 'the annual predikat of 2024 is BUTUH_PERBAIKAN, below BAIK' });
    expect(before).toMatchObject({ rule: 'MERIT-3', ok: false, detail: 'the annual predikat of 2023 is missing' });
    expect(predikatOfYear([], 2024)).toBeNull();
  });
});
