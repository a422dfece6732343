import { describe, expect, it } from 'vitest';
import { createRandom } from './random.js';

const draw = (seed: string, n = 50) => {
  const r = createRandom(seed);
  return Array.from({ length: n }, () => r.next());
};

describe('the seed’s pseudo-random generator', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    expect(draw('kinerja')).toEqual(draw('kinerja'));
    expect(draw('kinerja')).not.toEqual(draw('kinerja2'));
  });

  it('stays in range: next in [0, 1), int within its bounds, pick from the list', () => {
    const r = createRandom(7);
    for (let i = 0; i < 5000; i += 1) {
      const x = r.next();
      expect(x >= 0 && x < 1).toBe(true);
      const k = r.int(3, 5);
      expect([3, 4, 5]).toContain(k);
    }
    expect(['a', 'b']).toContain(r.pick(['a', 'b']));
    expect(() => r.pick([])).toThrow();
  });

  it('forks streams that do not depend on how much the parent has drawn', () => {
    const a = createRandom('s');
    const b = createRandom('s');
    b.next();
    b.next();
    expect(a.fork('people').next()).toBe(b.fork('people').next());
    expect(a.fork('people').next()).not.toBe(a.fork('skp').next());
  });

  it('weights choices: a zero weight is never chosen, shares follow the weights', () => {
    const r = createRandom('w');
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 20_000; i += 1)
      counts[
        r.weighted([
          ['a', 1],
          ['b', 3],
          ['c', 0],
        ] as const)
      ] += 1;
    expect(counts.c).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.6);
    expect(counts.b / counts.a).toBeLessThan(3.4);
  });
});
