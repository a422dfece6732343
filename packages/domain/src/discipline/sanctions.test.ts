import { describe, expect, it } from 'vitest';
import {
  DISCIPLINE_LEVELS,
  parseDisciplineLevel,
  parseSanctionType,
  SANCTION_INFO,
  SANCTION_TYPES,
  sanctionLevel,
  sanctionTypesOf,
} from './sanctions.js';

describe('DISC-1 levels and their sanction types', () => {
  it('DISC-1: RINGAN is teguran lisan, teguran tertulis and pernyataan tidak puas tertulis', () => {
    expect(sanctionTypesOf('RINGAN')).toEqual(['TEGURAN_LISAN', 'TEGURAN_TERTULIS', 'PERNYATAAN_TIDAK_PUAS_TERTULIS']);
  });

  it('DISC-1: SEDANG cuts the tunjangan kinerja by 25% for 6, 9 or 12 months', () => {
    const types = sanctionTypesOf('SEDANG');
    expect(types.map((t) => SANCTION_INFO[t].months)).toEqual([6, 9, 12]);
    expect(types.every((t) => SANCTION_INFO[t].label.includes('25%'))).toBe(true);
  });

  it('DISC-1: BERAT is demotion or release to pelaksana for 12 months, or dismissal that never ends', () => {
    expect(sanctionTypesOf('BERAT').map((t) => [t, SANCTION_INFO[t].months])).toEqual([
      ['PENURUNAN_JABATAN_12_BULAN', 12],
      ['PEMBEBASAN_JABATAN_12_BULAN', 12],
      ['PEMBERHENTIAN_DENGAN_HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI', null],
    ]);
  });

  it('DISC-1: every sanction type has exactly one level, and the three levels hold all nine types', () => {
    expect(DISCIPLINE_LEVELS.flatMap(sanctionTypesOf)).toEqual([...SANCTION_TYPES]);
    expect(sanctionLevel('TEGURAN_TERTULIS')).toBe('RINGAN');
    expect(sanctionLevel('POTONGAN_TUKIN_25_9_BULAN')).toBe('SEDANG');
  });

  it('DISC-1: an unknown sanction type or level is refused with the allowed values', () => {
    const t = parseSanctionType('SKORSING', 'type');
    expect(t.ok).toBe(false);
    if (!t.ok) {
      expect(t.error.code).toBe('INVALID_ENUM');
      expect(t.error.message).toContain('TEGURAN_LISAN');
      expect(t.error.path).toBe('type');
    }
    expect(parseDisciplineLevel('BERAT')).toEqual({ ok: true, value: 'BERAT' });
  });
});
