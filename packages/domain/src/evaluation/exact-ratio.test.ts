import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRatio, decimalFraction } from './exact-ratio.js';

describe('EVAL-5 exact ratios', () => {
  it('EVAL-5: reads numbers as the decimals they print as', () => {
    expect(decimalFraction(1.1)).toEqual({ num: 11n, den: 10n });
    expect(decimalFraction(33)).toEqual({ num: 33n, den: 1n });
    expect(decimalFraction(1e-7)).toEqual({ num: 1n, den: 10_000_000n });
    expect(decimalFraction(1.5e21)).toEqual({ num: 1_500_000_000_000_000_000_000n, den: 1n });
    expect(() => decimalFraction(-1)).toThrow(RangeError);
  });

  it('EVAL-5: 3.3/3 is exactly 1.10 although floating point says 1.0999999999999999', () => {
    expect(3.3 / 3 >= 1.1).toBe(false);
    expect(compareRatio(3.3, 3, 1.1)).toBe(0);
    expect(compareRatio(3.29, 3, 1.1)).toBe(-1);
    expect(compareRatio(1, 0, 1)).toBe(1);
  });

  it('EVAL-5: agrees with integer cross-multiplication', () => {
    fc.assert(
      fc.property(
        fc.nat(100_000),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 300 }),
        (a, b, p) => {
          // threshold p/100
          const expected = Math.sign(a * 100 - p * b);
          expect(compareRatio(a, b, p / 100)).toBe(expected === 0 ? 0 : expected);
        },
      ),
    );
  });
});
