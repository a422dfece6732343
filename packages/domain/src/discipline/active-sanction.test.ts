import { describe, expect, it } from 'vitest';
import { date } from '../core/date.js';
import { DEFAULT_POLICY } from '../policy/policy.js';
import { activeSanctions, isSanctionActive, type Sanction, sanctionBlocks, sanctionEnd } from './active-sanction.js';

const sedang6: Sanction = { type: 'POTONGAN_TUKIN_25_6_BULAN', start: date('2024-03-15') };
const ringan: Sanction = { type: 'TEGURAN_TERTULIS', start: date('2024-03-15') };
const dismissal: Sanction = {
  type: 'PEMBERHENTIAN_DENGAN_HORMAT_TIDAK_ATAS_PERMINTAAN_SENDIRI',
  start: date('2010-01-01'),
};

describe('DISC-2 active sanction', () => {
  it('DISC-2: a sanction is active from its start date, not the day before', () => {
    expect(isSanctionActive(sedang6, date('2024-03-14'), DEFAULT_POLICY)).toBe(false);
    expect(isSanctionActive(sedang6, date('2024-03-15'), DEFAULT_POLICY)).toBe(true);
  });

  it('DISC-2: a 6-month SEDANG sanction from 2024-03-15 is active until 2024-09-14 and ends on 2024-09-15', () => {
    expect(sanctionEnd(sedang6, DEFAULT_POLICY)).toBe('2024-09-15');
    expect(isSanctionActive(sedang6, date('2024-09-14'), DEFAULT_POLICY)).toBe(true);
    expect(isSanctionActive(sedang6, date('2024-09-15'), DEFAULT_POLICY)).toBe(false);
  });

  it('DISC-2: a RINGAN sanction lasts policy.lightSanctionMonths (12 by default)', () => {
    expect(sanctionEnd(ringan, DEFAULT_POLICY)).toBe('2025-03-15');
    const three = { ...DEFAULT_POLICY, lightSanctionMonths: 3 };
    expect(sanctionEnd(ringan, three)).toBe('2024-06-15');
    expect(isSanctionActive(ringan, date('2024-06-15'), three)).toBe(false);
    expect(isSanctionActive(ringan, date('2024-06-14'), three)).toBe(true);
  });

  it('DISC-2: dismissal never ends', () => {
    expect(sanctionEnd(dismissal, DEFAULT_POLICY)).toBeNull();
    expect(isSanctionActive(dismissal, date('2099-12-31'), DEFAULT_POLICY)).toBe(true);
  });

  it('DISC-2: activeSanctions keeps only the active ones, with level and end', () => {
    const old: Sanction = { type: 'PENURUNAN_JABATAN_12_BULAN', start: date('2020-01-01') };
    expect(activeSanctions([old, sedang6, ringan], date('2024-04-01'), DEFAULT_POLICY)).toEqual([
      { ...sedang6, level: 'SEDANG', end: '2024-09-15' },
      { ...ringan, level: 'RINGAN', end: '2025-03-15' },
    ]);
  });

  it('DISC-2: an active SEDANG or BERAT sanction blocks, with a failed no-blocking-sanction check', () => {
    for (const s of [sedang6, { type: 'PEMBEBASAN_JABATAN_12_BULAN', start: date('2024-03-15') } as const]) {
      const v = sanctionBlocks({ sanctions: [s], on: date('2024-04-01'), policy: DEFAULT_POLICY });
      expect(v.blocked).toBe(true);
      expect(v.checks).toEqual([expect.objectContaining({ rule: 'DISC-2', check: 'no-blocking-sanction', ok: false })]);
      expect(v.checks[0]?.detail).toContain(s.type);
    }
  });

  it('DISC-2: an active RINGAN sanction does not block by default, and blocks when policy.lightSanctionBlocks', () => {
    const on = date('2024-04-01');
    const lenient = sanctionBlocks({ sanctions: [ringan], on, policy: DEFAULT_POLICY });
    expect(lenient.blocked).toBe(false);
    expect(lenient.active).toHaveLength(1);
    expect(lenient.checks[0]?.ok).toBe(true);
    expect(lenient.checks[0]?.detail).toContain('do not block');
    const strict = sanctionBlocks({
      sanctions: [ringan],
      on,
      policy: { ...DEFAULT_POLICY, lightSanctionBlocks: true },
    });
    expect(strict.blocked).toBe(true);
    expect(strict.blocking.map((s) => s.type)).toEqual(['TEGURAN_TERTULIS']);
  });

  it('DISC-2: an ended sanction no longer blocks', () => {
    const v = sanctionBlocks({ sanctions: [sedang6], on: date('2024-09-15'), policy: DEFAULT_POLICY });
    expect(v.blocked).toBe(false);
    expect(v.checks[0]).toEqual({
      rule: 'DISC-2',
      check: 'no-blocking-sanction',
      ok: true,
      detail: 'no active sanction on 2024-09-15',
      params: { on: '2024-09-15' },
    });
  });
});
