import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../policy/policy.js';
import { checkDistribution, type DistributionInput, whatIfPredikat } from './distribution.js';
import { ORG_PREDIKATS, type OrgPredikat, PREDIKATS, type Predikat } from './scales.js';

/** A unit's predikats from counts, e.g. { SANGAT_BAIK: 3, BAIK: 2 }. */
const unit = (counts: Partial<Record<Predikat, number>>): Predikat[] =>
  PREDIKATS.flatMap((p) => Array.from({ length: counts[p] ?? 0 }, () => p));

const run = (orgPredikat: OrgPredikat, counts: Partial<Record<Predikat, number>>, policy = DEFAULT_POLICY) =>
  checkDistribution({ orgPredikat, predikats: unit(counts), policy });

const checkOf = (org: OrgPredikat, counts: Partial<Record<Predikat, number>>, key: string) => {
  const found = run(org, counts).checks.find((c) => c.check === key);
  if (!found) throw new Error(`no check ${key} for ${org}`);
  return found;
};

/** The limits of the spec for the unit sizes the boundaries are tested at. */
const LIMITS = {
  5: { atMost70: 3, atLeast60: 3, atMost10: 0, atLeast10: 1 },
  10: { atMost70: 7, atLeast60: 6, atMost10: 1, atLeast10: 1 },
  13: { atMost70: 9, atLeast60: 8, atMost10: 1, atLeast10: 2 },
} as const;
const SIZES = [5, 10, 13] as const;

describe('EVAL-10 the table: each organisation predikat has its constraints', () => {
  const keys: Record<OrgPredikat, string[]> = {
    ISTIMEWA: ['sangat-baik-at-most-70-percent', 'sangat-baik-largest-group'],
    BAIK: ['baik-at-most-70-percent', 'baik-largest-group', 'butuh-perbaikan-or-kurang-misconduct-at-least-1'],
    BUTUH_PERBAIKAN: ['butuh-perbaikan-at-least-60-percent', 'sangat-baik-at-most-10-percent'],
    KURANG: [
      'kurang-misconduct-at-least-60-percent',
      'butuh-perbaikan-at-least-10-percent',
      'sangat-baik-at-most-10-percent',
    ],
    SANGAT_KURANG: [
      'sangat-kurang-at-least-60-percent',
      'butuh-perbaikan-or-kurang-misconduct-at-least-10-percent',
      'sangat-baik-none',
    ],
  };
  it.each(ORG_PREDIKATS)('EVAL-10: %s is checked against its row of the table', (org) => {
    const r = run(org, { BAIK: 5 });
    expect(r.checks.map((c) => c.check)).toEqual(keys[org]);
    expect(r.checks.every((c) => c.rule === 'EVAL-10')).toBe(true);
  });
});

describe.each(SIZES)('EVAL-10 boundaries with N = %i', (n) => {
  const L = LIMITS[n];

  it(`EVAL-10 ISTIMEWA: SANGAT_BAIK at most 70% (${L.atMost70} of ${n}); one more is a violation`, () => {
    const key = 'sangat-baik-at-most-70-percent';
    expect(checkOf('ISTIMEWA', { SANGAT_BAIK: L.atMost70, BAIK: n - L.atMost70 }, key).ok).toBe(true);
    const past = checkOf('ISTIMEWA', { SANGAT_BAIK: L.atMost70 + 1, BAIK: n - L.atMost70 - 1 }, key);
    expect(past.ok).toBe(false);
    expect(past.detail).toBe(
      `SANGAT_BAIK: ${L.atMost70 + 1} of ${n}; at most 70% of ${n} is ${L.atMost70}: 1 too many`,
    );
  });

  it('EVAL-10 ISTIMEWA: SANGAT_BAIK must be the largest group; a tie holds, one fewer than another group does not', () => {
    const key = 'sangat-baik-largest-group';
    const sb = Math.floor(n / 2);
    expect(checkOf('ISTIMEWA', { SANGAT_BAIK: sb, BAIK: sb, BUTUH_PERBAIKAN: n - 2 * sb }, key).ok).toBe(true);
    const past = checkOf('ISTIMEWA', { SANGAT_BAIK: sb - 1, BAIK: sb, BUTUH_PERBAIKAN: n - 2 * sb + 1 }, key);
    expect(past.ok).toBe(false);
    expect(past.detail).toContain(`the largest other is BAIK with ${sb}`);
  });

  it(`EVAL-10 BAIK: BAIK at most 70% (${L.atMost70} of ${n}); one more is a violation`, () => {
    const key = 'baik-at-most-70-percent';
    expect(checkOf('BAIK', { BAIK: L.atMost70, BUTUH_PERBAIKAN: n - L.atMost70 }, key).ok).toBe(true);
    expect(checkOf('BAIK', { BAIK: L.atMost70 + 1, BUTUH_PERBAIKAN: n - L.atMost70 - 1 }, key).ok).toBe(false);
  });

  it('EVAL-10 BAIK: BAIK must be the largest group (ties allowed)', () => {
    const key = 'baik-largest-group';
    const half = Math.floor(n / 2);
    expect(checkOf('BAIK', { BAIK: half, SANGAT_BAIK: half, BUTUH_PERBAIKAN: n - 2 * half }, key).ok).toBe(true);
    expect(checkOf('BAIK', { BAIK: half - 1, SANGAT_BAIK: half, BUTUH_PERBAIKAN: n - 2 * half + 1 }, key).ok).toBe(
      false,
    );
  });

  it('EVAL-10 BAIK: at least 1 in BUTUH_PERBAIKAN + KURANG_MISCONDUCT; 0 is a violation', () => {
    const key = 'butuh-perbaikan-or-kurang-misconduct-at-least-1';
    expect(checkOf('BAIK', { BAIK: n - 1, KURANG_MISCONDUCT: 1 }, key).ok).toBe(true);
    expect(checkOf('BAIK', { BAIK: n - 1, BUTUH_PERBAIKAN: 1 }, key).ok).toBe(true);
    const past = checkOf('BAIK', { BAIK: n - 1, SANGAT_BAIK: 1 }, key);
    expect(past.ok).toBe(false);
    expect(past.detail).toBe(`BUTUH_PERBAIKAN + KURANG_MISCONDUCT: 0 of ${n}; at least 1 is needed`);
  });

  it(`EVAL-10 BUTUH_PERBAIKAN: BUTUH_PERBAIKAN at least 60% (${L.atLeast60} of ${n}); one fewer is a violation`, () => {
    const key = 'butuh-perbaikan-at-least-60-percent';
    expect(checkOf('BUTUH_PERBAIKAN', { BUTUH_PERBAIKAN: L.atLeast60, BAIK: n - L.atLeast60 }, key).ok).toBe(true);
    const past = checkOf('BUTUH_PERBAIKAN', { BUTUH_PERBAIKAN: L.atLeast60 - 1, BAIK: n - L.atLeast60 + 1 }, key);
    expect(past.ok).toBe(false);
    expect(past.detail).toBe(
      `BUTUH_PERBAIKAN: ${L.atLeast60 - 1} of ${n}; at least 60% of ${n} is ${L.atLeast60}: 1 too few`,
    );
  });

  it.each(['BUTUH_PERBAIKAN', 'KURANG'] as const)(
    `EVAL-10 %s: SANGAT_BAIK at most 10% (${L.atMost10} of ${n}); one more is a violation`,
    (org) => {
      const key = 'sangat-baik-at-most-10-percent';
      expect(checkOf(org, { SANGAT_BAIK: L.atMost10, BAIK: n - L.atMost10 }, key).ok).toBe(true);
      expect(checkOf(org, { SANGAT_BAIK: L.atMost10 + 1, BAIK: n - L.atMost10 - 1 }, key).ok).toBe(false);
    },
  );

  it(`EVAL-10 KURANG: KURANG_MISCONDUCT at least 60% (${L.atLeast60} of ${n}); one fewer is a violation`, () => {
    const key = 'kurang-misconduct-at-least-60-percent';
    expect(checkOf('KURANG', { KURANG_MISCONDUCT: L.atLeast60, BAIK: n - L.atLeast60 }, key).ok).toBe(true);
    expect(checkOf('KURANG', { KURANG_MISCONDUCT: L.atLeast60 - 1, BAIK: n - L.atLeast60 + 1 }, key).ok).toBe(false);
  });

  it(`EVAL-10 KURANG: BUTUH_PERBAIKAN at least 10% (${L.atLeast10} of ${n}); one fewer is a violation`, () => {
    const key = 'butuh-perbaikan-at-least-10-percent';
    expect(checkOf('KURANG', { BUTUH_PERBAIKAN: L.atLeast10, BAIK: n - L.atLeast10 }, key).ok).toBe(true);
    expect(checkOf('KURANG', { BUTUH_PERBAIKAN: L.atLeast10 - 1, BAIK: n - L.atLeast10 + 1 }, key).ok).toBe(false);
  });

  it(`EVAL-10 SANGAT_KURANG: SANGAT_KURANG at least 60% (${L.atLeast60} of ${n}); one fewer is a violation`, () => {
    const key = 'sangat-kurang-at-least-60-percent';
    expect(checkOf('SANGAT_KURANG', { SANGAT_KURANG: L.atLeast60, BAIK: n - L.atLeast60 }, key).ok).toBe(true);
    expect(checkOf('SANGAT_KURANG', { SANGAT_KURANG: L.atLeast60 - 1, BAIK: n - L.atLeast60 + 1 }, key).ok).toBe(false);
  });

  it(`EVAL-10 SANGAT_KURANG: BUTUH_PERBAIKAN + KURANG_MISCONDUCT at least 10% (${L.atLeast10} of ${n}), counted together`, () => {
    const key = 'butuh-perbaikan-or-kurang-misconduct-at-least-10-percent';
    const split = { BUTUH_PERBAIKAN: L.atLeast10 - 1, KURANG_MISCONDUCT: 1, SANGAT_KURANG: n - L.atLeast10 };
    expect(checkOf('SANGAT_KURANG', split, key).ok).toBe(true);
    expect(
      checkOf('SANGAT_KURANG', { KURANG_MISCONDUCT: L.atLeast10 - 1, SANGAT_KURANG: n - L.atLeast10 + 1 }, key).ok,
    ).toBe(false);
  });

  it('EVAL-10 SANGAT_KURANG: no SANGAT_BAIK at all; one is a violation', () => {
    const key = 'sangat-baik-none';
    expect(checkOf('SANGAT_KURANG', { SANGAT_KURANG: n }, key).ok).toBe(true);
    expect(checkOf('SANGAT_KURANG', { SANGAT_BAIK: 1, SANGAT_KURANG: n - 1 }, key).ok).toBe(false);
  });
});

describe('EVAL-10 a whole unit, and the outcome', () => {
  const compliant: Record<OrgPredikat, Partial<Record<Predikat, number>>> = {
    ISTIMEWA: { SANGAT_BAIK: 7, BAIK: 3 },
    BAIK: { SANGAT_BAIK: 1, BAIK: 7, BUTUH_PERBAIKAN: 1, KURANG_MISCONDUCT: 1 },
    BUTUH_PERBAIKAN: { SANGAT_BAIK: 1, BAIK: 3, BUTUH_PERBAIKAN: 6 },
    KURANG: { SANGAT_BAIK: 1, BUTUH_PERBAIKAN: 1, KURANG_MISCONDUCT: 6, SANGAT_KURANG: 2 },
    SANGAT_KURANG: { BAIK: 3, KURANG_MISCONDUCT: 1, SANGAT_KURANG: 6 },
  };
  it.each(ORG_PREDIKATS)('EVAL-10: a unit of 10 at every limit of %s is OK', (org) => {
    const r = run(org, compliant[org]);
    expect(r).toMatchObject({ ok: true, outcome: 'OK', n: 10, violations: [] });
    expect(r.checks.every((c) => c.ok)).toBe(true);
  });

  it('EVAL-10: returns every violated constraint with the counts', () => {
    const r = run('BAIK', { SANGAT_BAIK: 1, BAIK: 9 });
    expect(r.counts).toEqual({ SANGAT_BAIK: 1, BAIK: 9, BUTUH_PERBAIKAN: 0, KURANG_MISCONDUCT: 0, SANGAT_KURANG: 0 });
    expect(r.violations.map((c) => c.detail)).toEqual([
      'BAIK: 9 of 10; at most 70% of 10 is 7: 2 too many',
      'BUTUH_PERBAIKAN + KURANG_MISCONDUCT: 0 of 10; at least 1 is needed',
    ]);
    expect(r.ok).toBe(false);
  });

  it('EVAL-10: WARN by default (distributionMode WARN): FINAL allowed, violation shown', () => {
    expect(DEFAULT_POLICY.distributionMode).toBe('WARN');
    expect(run('ISTIMEWA', { SANGAT_BAIK: 10 }).outcome).toBe('WARN');
  });

  it('EVAL-10: BLOCK mode blocks a unit of at least distributionMinUnitSize (5), and only warns a unit of 4', () => {
    const block = { ...DEFAULT_POLICY, distributionMode: 'BLOCK' as const };
    expect(DEFAULT_POLICY.distributionMinUnitSize).toBe(5);
    const five = run('ISTIMEWA', { SANGAT_BAIK: 5 }, block);
    expect(five.outcome).toBe('BLOCK');
    expect(five.outcomeReason).toBe('1 constraint(s) violated; policy.distributionMode is BLOCK');
    const four = run('ISTIMEWA', { SANGAT_BAIK: 4 }, block);
    expect(four.outcome).toBe('WARN');
    expect(four.outcomeReason).toContain('fewer than policy.distributionMinUnitSize 5');
    expect(run('ISTIMEWA', { SANGAT_BAIK: 3, BAIK: 2 }, block).outcome).toBe('OK');
  });

  it('EVAL-10: a unit with no annual predikat yet has nothing to check', () => {
    expect(run('BAIK', {})).toMatchObject({ ok: true, outcome: 'OK', n: 0, violations: [] });
  });

  it('EVAL-10 law: the result does not depend on the order of the employees', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ORG_PREDIKATS),
        fc.array(fc.constantFrom(...PREDIKATS), { maxLength: 40 }),
        fc.constantFrom('WARN' as const, 'BLOCK' as const),
        fc.infiniteStream(fc.nat()),
        (orgPredikat, predikats, distributionMode, randoms) => {
          const shuffled = [...predikats];
          const stream = randoms[Symbol.iterator]();
          for (let i = shuffled.length - 1; i > 0; i--) {
            const j = (stream.next().value as number) % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j] as Predikat, shuffled[i] as Predikat];
          }
          const policy = { ...DEFAULT_POLICY, distributionMode };
          expect(checkDistribution({ orgPredikat, predikats: shuffled, policy })).toEqual(
            checkDistribution({ orgPredikat, predikats, policy }),
          );
        },
      ),
    );
  });
});

describe('EVAL-10 whatIfPredikat', () => {
  const current: DistributionInput = {
    orgPredikat: 'BAIK',
    predikats: unit({ SANGAT_BAIK: 1, BAIK: 7, BUTUH_PERBAIKAN: 1, KURANG_MISCONDUCT: 1 }),
    policy: DEFAULT_POLICY,
  };

  it('EVAL-10: raising a BUTUH_PERBAIKAN to BAIK lists the violations that would appear', () => {
    const r = whatIfPredikat({ current, from: 'BUTUH_PERBAIKAN', to: 'BAIK' });
    expect(r.ok && r.value.before.ok).toBe(true);
    expect(r.ok && r.value.appeared.map((c) => c.check)).toEqual(['baik-at-most-70-percent']);
    const both = whatIfPredikat({
      current: { ...current, predikats: unit({ SANGAT_BAIK: 2, BAIK: 7, BUTUH_PERBAIKAN: 1 }) },
      from: 'BUTUH_PERBAIKAN',
      to: 'BAIK',
    });
    expect(both.ok && both.value.appeared.map((c) => c.check)).toEqual([
      'baik-at-most-70-percent',
      'butuh-perbaikan-or-kurang-misconduct-at-least-1',
    ]);
  });

  it('EVAL-10: a change that repairs a violation lists it as disappeared', () => {
    const over: DistributionInput = { ...current, predikats: unit({ BAIK: 9, KURANG_MISCONDUCT: 1 }) };
    const r = whatIfPredikat({ current: over, from: 'BAIK', to: 'SANGAT_BAIK' });
    expect(r.ok && r.value.disappeared.map((c) => c.check)).toEqual([]);
    expect(r.ok && r.value.remaining.map((c) => c.detail)).toEqual([
      'BAIK: 8 of 10; at most 70% of 10 is 7: 1 too many',
    ]);
    const twice = whatIfPredikat({
      current: { ...over, predikats: unit({ BAIK: 8, SANGAT_BAIK: 1, KURANG_MISCONDUCT: 1 }) },
      from: 'BAIK',
      to: 'SANGAT_BAIK',
    });
    expect(twice.ok && twice.value.disappeared.map((c) => c.check)).toEqual(['baik-at-most-70-percent']);
    expect(twice.ok && twice.value.after.ok).toBe(true);
  });

  it('EVAL-10: a first predikat (from null) adds an employee', () => {
    const r = whatIfPredikat({ current, from: null, to: 'BAIK' });
    expect(r.ok && r.value.after.n).toBe(11);
    expect(r.ok && r.value.after.counts.BAIK).toBe(8);
  });

  it('EVAL-10: refuses a change from a predikat nobody in the unit has', () => {
    const r = whatIfPredikat({ current, from: 'SANGAT_KURANG', to: 'BAIK' });
    expect(!r.ok && r.error).toMatchObject({ code: 'UNKNOWN_REFERENCE', path: 'from' });
  });

  it('EVAL-10 law: the answer is the check of the changed unit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ORG_PREDIKATS),
        fc.array(fc.constantFrom(...PREDIKATS), { minLength: 1, maxLength: 20 }),
        fc.nat(),
        fc.constantFrom(...PREDIKATS),
        (orgPredikat, predikats, pick, to) => {
          const i = pick % predikats.length;
          const from = predikats[i] as Predikat;
          const r = whatIfPredikat({ current: { orgPredikat, predikats, policy: DEFAULT_POLICY }, from, to });
          const changed = predikats.map((p, k) => (k === i ? to : p));
          expect(r.ok && r.value.after).toEqual(
            checkDistribution({ orgPredikat, predikats: changed, policy: DEFAULT_POLICY }),
          );
        },
      ),
    );
  });
});
