import { describe, expect, it } from 'vitest';
import {
  JABATAN_GRADE,
  JABATAN_KIND_OF,
  JABATAN_LEVELS,
  MANAGERIAL_TARGETS,
  parseJabatanLevel,
  parseManagerialTarget,
} from './jabatan.js';

describe('MERIT-3 position levels and grades', () => {
  it('MERIT-3: Pengawas and Ahli Muda share a grade, as do Administrator and Ahli Madya', () => {
    expect(JABATAN_GRADE.PENGAWAS).toBe(JABATAN_GRADE.AHLI_MUDA);
    expect(JABATAN_GRADE.ADMINISTRATOR).toBe(JABATAN_GRADE.AHLI_MADYA);
    expect(JABATAN_GRADE.JPT_PRATAMA).toBe(JABATAN_GRADE.AHLI_UTAMA);
  });

  it('MERIT-3: grades rise with the managerial ladder from Pelaksana to JPT Utama', () => {
    const ladder = ['PELAKSANA', 'PENGAWAS', 'ADMINISTRATOR', 'JPT_PRATAMA', 'JPT_MADYA', 'JPT_UTAMA'] as const;
    const grades = ladder.map((l) => JABATAN_GRADE[l]);
    expect(grades).toEqual([...grades].sort((a, b) => a - b));
    expect(new Set(grades).size).toBe(ladder.length);
  });

  it('MERIT-3: every level has a kind; the vacancy targets are managerial', () => {
    for (const l of JABATAN_LEVELS) expect(['STRUKTURAL', 'FUNGSIONAL', 'PELAKSANA']).toContain(JABATAN_KIND_OF[l]);
    for (const t of MANAGERIAL_TARGETS) expect(JABATAN_KIND_OF[t]).toBe('STRUKTURAL');
  });

  it('MERIT-3: unknown levels are refused, naming the allowed ones', () => {
    const r = parseManagerialTarget('AHLI_MUDA', 'target');
    expect(!r.ok && r.error.message).toContain('PENGAWAS, ADMINISTRATOR, JPT_PRATAMA');
    expect(parseJabatanLevel('AHLI_MUDA')).toEqual({ ok: true, value: 'AHLI_MUDA' });
  });
});
