import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, KECAMATAN, planUnits } from './organisation.js';
import { createRandom } from './random.js';

describe('the demo’s unit tree', () => {
  it('has the five kecamatan of Kota Tebing Tinggi with seven kelurahan each (35 in all) in a full demo', () => {
    const units = planUnits(3000, createRandom('u'));
    expect(KECAMATAN.map(([k]) => k)).toEqual([
      'Padang Hulu',
      'Tebing Tinggi Kota',
      'Rambutan',
      'Bajenis',
      'Padang Hilir',
    ]);
    expect(units.filter((u) => u.kind === 'KECAMATAN')).toHaveLength(5);
    expect(units.filter((u) => u.kind === 'KELURAHAN')).toHaveLength(35);
  });

  it('names every unit once, lists parents before children, and keeps each instansi’s tree within itself', () => {
    for (const n of [150, 900, 3000, 20_000]) {
      const units = planUnits(n, createRandom('u'));
      const seen = new Map<string, string>();
      for (const u of units) {
        expect(seen.has(u.code)).toBe(false);
        if (u.parentCode) expect(seen.get(u.parentCode)).toBe(u.instansi);
        seen.set(u.code, u.instansi);
      }
      expect(units.filter((u) => u.parentCode === null).map((u) => u.code)).toEqual(['PEMKOT', 'BKN']);
    }
  });

  it('grows schools and puskesmas with the number of employees', () => {
    const schools = (n: number) => planUnits(n, createRandom('u')).filter((u) => u.kind === 'SEKOLAH').length;
    expect(schools(100_000)).toBeGreaterThan(schools(3000));
    expect(schools(3000)).toBeGreaterThan(schools(300));
  });

  it('allocates exactly the total, in proportion to the weights', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 40 }),
        fc.nat(5000),
        (w, total) => {
          const counts = allocate(w, total);
          const sum = w.reduce((s, x) => s + x, 0);
          expect(counts.reduce((s, c) => s + c, 0)).toBe(sum === 0 ? 0 : total);
          counts.forEach((c, i) => {
            expect(Math.abs(c - (sum === 0 ? 0 : ((w[i] ?? 0) * total) / sum))).toBeLessThan(1);
          });
        },
      ),
    );
  });
});
