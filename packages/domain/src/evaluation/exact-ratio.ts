/**
 * Exact comparison of ratios of decimal numbers, so that a boundary such as "realisation/target at or above 1.10"
 * holds for 3.3/3 although 3.3/3 is 1.0999999999999999 in floating point. Numbers are read as the decimal they
 * print as (the value a person typed), then compared as fractions of big integers.
 */

type Fraction = { readonly num: bigint; readonly den: bigint };

const DECIMAL = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/** The exact fraction of a finite, non-negative number's shortest decimal form. Throws on other input (a bug). */
export const decimalFraction = (x: number): Fraction => {
  const m = DECIMAL.exec(String(x));
  if (!m || !Number.isFinite(x) || x < 0) throw new RangeError(`${x} is not a finite non-negative decimal`);
  const fraction = m[2] ?? '';
  const exponent = Number(m[3] ?? '0') - fraction.length;
  const digits = BigInt(`${m[1]}${fraction}`);
  return exponent >= 0
    ? { num: digits * 10n ** BigInt(exponent), den: 1n }
    : { num: digits, den: 10n ** BigInt(-exponent) };
};

/** Sign of `numerator / denominator - threshold` (-1, 0, 1), exactly; a zero denominator is +infinity. */
export const compareRatio = (numerator: number, denominator: number, threshold: number): -1 | 0 | 1 => {
  const n = decimalFraction(numerator);
  const d = decimalFraction(denominator);
  const t = decimalFraction(threshold);
  if (d.num === 0n) return n.num === 0n ? 0 : 1;
  // (n.num / n.den) / (d.num / d.den) vs t.num / t.den
  const left = n.num * d.den * t.den;
  const right = t.num * n.den * d.num;
  return left < right ? -1 : left > right ? 1 : 0;
};
