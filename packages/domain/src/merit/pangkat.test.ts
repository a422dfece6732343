import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparePangkat,
  golonganOf,
  nextPangkat,
  PANGKAT_INFO,
  PANGKATS,
  type Pangkat,
  pangkatRank,
  parsePangkat,
} from './pangkat.js';

describe('MERIT-1 pangkat ladder', () => {
  it('MERIT-1: the ladder runs I/a Juru Muda .. IV/e Pembina Utama, 17 steps', () => {
    expect(PANGKATS.map((p) => PANGKAT_INFO[p].golongan)).toEqual([
      'I/a',
      'I/b',
      'I/c',
      'I/d',
      'II/a',
      'II/b',
      'II/c',
      'II/d',
      'III/a',
      'III/b',
      'III/c',
      'III/d',
      'IV/a',
      'IV/b',
      'IV/c',
      'IV/d',
      'IV/e',
    ]);
    expect(PANGKAT_INFO.I_A.name).toBe('Juru Muda');
    expect(PANGKAT_INFO.IV_E.name).toBe('Pembina Utama');
  });

  it('MERIT-1: golongan labels and names as the regulation writes them', () => {
    expect(PANGKAT_INFO.II_D).toEqual({ golongan: 'II/d', name: 'Pengatur Tingkat I' });
    expect(PANGKAT_INFO.III_A).toEqual({ golongan: 'III/a', name: 'Penata Muda' });
    expect(PANGKAT_INFO.III_D).toEqual({ golongan: 'III/d', name: 'Penata Tingkat I' });
    expect(PANGKAT_INFO.IV_C).toEqual({ golongan: 'IV/c', name: 'Pembina Utama Muda' });
    expect(PANGKAT_INFO.IV_D).toEqual({ golongan: 'IV/d', name: 'Pembina Utama Madya' });
    expect(golonganOf('III_B')).toBe('III');
    expect(golonganOf('IV_E')).toBe('IV');
  });

  it('MERIT-1: the next rank is the next step, across golongan too', () => {
    expect(nextPangkat('I_A')).toBe('I_B');
    expect(nextPangkat('I_D')).toBe('II_A');
    expect(nextPangkat('II_D')).toBe('III_A');
    expect(nextPangkat('III_D')).toBe('IV_A');
    expect(nextPangkat('IV_D')).toBe('IV_E');
  });

  it('MERIT-1: IV/e has no next rank', () => {
    expect(nextPangkat('IV_E')).toBeNull();
  });

  it('MERIT-1 law: the ladder is a total order and the next rank is exactly one step up', () => {
    const pangkat = fc.constantFrom(...PANGKATS);
    fc.assert(
      fc.property(pangkat, pangkat, (a: Pangkat, b: Pangkat) => {
        expect(Math.sign(comparePangkat(a, b)) + Math.sign(comparePangkat(b, a))).toBe(0);
        expect(comparePangkat(a, b) === 0).toBe(a === b);
        const next = nextPangkat(a);
        if (next !== null) expect(pangkatRank(next)).toBe(pangkatRank(a) + 1);
      }),
    );
  });

  it('MERIT-1: an unknown pangkat is refused, naming the allowed codes', () => {
    const r = parsePangkat('III/b', 'pangkat');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('INVALID_ENUM');
      expect(r.error.message).toContain('III_B');
    }
    expect(parsePangkat('III_B')).toEqual({ ok: true, value: 'III_B' });
  });
});
