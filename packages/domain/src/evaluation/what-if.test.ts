import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../policy/policy.js';
import { type DistributionInput, whatIfPredikat } from './distribution.js';
import { PREDIKATS, type Predikat } from './scales.js';
import { whatIfPredikats } from './what-if.js';

const unit = (counts: Partial<Record<Predikat, number>>): Predikat[] =>
  PREDIKATS.flatMap((p) => Array.from({ length: counts[p] ?? 0 }, () => p));

const current: DistributionInput = {
  orgPredikat: 'BAIK',
  predikats: unit({ SANGAT_BAIK: 1, BAIK: 7, BUTUH_PERBAIKAN: 1, KURANG_MISCONDUCT: 1 }),
  policy: { ...DEFAULT_POLICY, distributionMode: 'BLOCK' },
};

describe('EVAL-10 whatIfPredikats: the live guard for several pending predikats', () => {
  it('EVAL-10: raising both employees below BAIK to BAIK breaks the 70% limit and the "at least 1 below" rule', () => {
    const r = whatIfPredikats(current, [
      { from: 'BUTUH_PERBAIKAN', to: 'BAIK' },
      { from: 'KURANG_MISCONDUCT', to: 'BAIK' },
    ]);
    expect(r.ok && r.value.before.ok).toBe(true);
    expect(r.ok && r.value.after.outcome).toBe('BLOCK');
    expect(r.ok && r.value.appeared.map((c) => c.check)).toEqual([
      'baik-at-most-70-percent',
      'butuh-perbaikan-or-kurang-misconduct-at-least-1',
    ]);
  });

  it('EVAL-10: a new predikat (from none) grows N; a later change repairs a violation, listed as disappeared', () => {
    const over: DistributionInput = { ...current, predikats: unit({ BAIK: 8, KURANG_MISCONDUCT: 1 }) };
    const r = whatIfPredikats(over, [
      { from: null, to: 'SANGAT_BAIK' },
      { from: 'BAIK', to: 'SANGAT_BAIK' },
    ]);
    expect(r.ok && r.value.after.n).toBe(10);
    expect(r.ok && r.value.disappeared.map((c) => c.check)).toEqual(['baik-at-most-70-percent']);
    expect(r.ok && r.value.remaining).toEqual([]);
  });

  it('EVAL-10: a change from a predikat nobody has is UNKNOWN_REFERENCE naming the change', () => {
    const r = whatIfPredikats(current, [
      { from: 'BUTUH_PERBAIKAN', to: 'BAIK' },
      { from: 'BUTUH_PERBAIKAN', to: 'BAIK' },
    ]);
    expect(r.ok ? null : r.error).toMatchObject({ code: 'UNKNOWN_REFERENCE', path: 'changes.1.from' });
  });

  it('EVAL-10: with one change it answers as whatIfPredikat (a refusal with the same code)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PREDIKATS), { maxLength: 15 }),
        fc.option(fc.constantFrom(...PREDIKATS), { nil: null }),
        fc.constantFrom(...PREDIKATS),
        (predikats, from, to) => {
          const input = { ...current, predikats };
          const many = whatIfPredikats(input, [{ from, to }]);
          const one = whatIfPredikat({ current: input, from, to });
          expect(many.ok).toBe(one.ok);
          if (many.ok && one.ok) expect(many.value).toEqual(one.value);
          if (!many.ok && !one.ok) expect(many.error.code).toBe(one.error.code);
        },
      ),
    );
  });
});
