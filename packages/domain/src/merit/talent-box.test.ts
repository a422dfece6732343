import { describe, expect, it } from 'vitest';
import type { Predikat, Rating } from '../evaluation/scales.js';
import { DEFAULT_POLICY } from '../policy/policy.js';
import {
  kinerjaLevelOf,
  type PotensiLevel,
  potensiLevelOf,
  TALENT_BOX_ACTIONS,
  type TalentBox,
  talentBox,
} from './talent-box.js';

/** A pair of predikats (last, previous) per kinerja level, and a score per potensi level. */
const PREDIKATS_FOR: Record<Rating, [Predikat, Predikat]> = {
  DI_ATAS: ['SANGAT_BAIK', 'BAIK'],
  SESUAI: ['BAIK', 'BAIK'],
  DI_BAWAH: ['BAIK', 'BUTUH_PERBAIKAN'],
};
const SCORE_FOR: Record<PotensiLevel, number> = { TINGGI: 92, MENENGAH: 80, RENDAH: 60 };

const place = (
  last: Predikat | null,
  previous: Predikat | null,
  potentialScore: number | null,
  policy = DEFAULT_POLICY,
) =>
  talentBox({
    year: 2024,
    annualPredikats: [
      ...(last === null ? [] : [{ year: 2024, predikat: last }]),
      ...(previous === null ? [] : [{ year: 2023, predikat: previous }]),
    ],
    potentialScore,
    policy,
  });

describe('MERIT-4 talent 9-box', () => {
  const cells: [PotensiLevel, Rating, TalentBox][] = [
    ['TINGGI', 'DI_BAWAH', 6],
    ['TINGGI', 'SESUAI', 8],
    ['TINGGI', 'DI_ATAS', 9],
    ['MENENGAH', 'DI_BAWAH', 3],
    ['MENENGAH', 'SESUAI', 5],
    ['MENENGAH', 'DI_ATAS', 7],
    ['RENDAH', 'DI_BAWAH', 1],
    ['RENDAH', 'SESUAI', 2],
    ['RENDAH', 'DI_ATAS', 4],
  ];
  it.each(cells)('MERIT-4: potensi %s with kinerja %s is box %i', (potensi, kinerja, box) => {
    const [last, previous] = PREDIKATS_FOR[kinerja];
    const r = place(last, previous, SCORE_FOR[potensi]);
    expect(r).toMatchObject({ ok: true, box, potensi, kinerja });
    expect(r.actions.map((a) => a.code)).toEqual(TALENT_BOX_ACTIONS[box]);
    expect(r.checks.every((c) => c.ok && c.rule === 'MERIT-4')).toBe(true);
  });

  it('MERIT-4: potensi cut-offs: 77.99 RENDAH, 78 MENENGAH, 89.99 MENENGAH, 90 TINGGI', () => {
    const cutoffs = DEFAULT_POLICY.potensiCutoffs;
    expect(potensiLevelOf(77.99, cutoffs)).toBe('RENDAH');
    expect(potensiLevelOf(78, cutoffs)).toBe('MENENGAH');
    expect(potensiLevelOf(89.99, cutoffs)).toBe('MENENGAH');
    expect(potensiLevelOf(90, cutoffs)).toBe('TINGGI');
    expect(place('BAIK', 'BAIK', 89.99).box).toBe(5);
    expect(place('BAIK', 'BAIK', 90).box).toBe(8);
  });

  it('MERIT-4: the cut-offs follow policy.potensiCutoffs', () => {
    const policy = { ...DEFAULT_POLICY, potensiCutoffs: { tinggi: 85, menengah: 70 } };
    expect(place('BAIK', 'BAIK', 85, policy).potensi).toBe('TINGGI');
    expect(place('BAIK', 'BAIK', 70, policy).potensi).toBe('MENENGAH');
  });

  it('MERIT-4: kinerja is DI_ATAS only when the last is SANGAT_BAIK and the one before BAIK or better', () => {
    const rule = DEFAULT_POLICY.talentKinerjaRule;
    expect(kinerjaLevelOf('SANGAT_BAIK', 'SANGAT_BAIK', rule)).toBe('DI_ATAS');
    expect(kinerjaLevelOf('SANGAT_BAIK', 'BAIK', rule)).toBe('DI_ATAS');
    expect(kinerjaLevelOf('BAIK', 'SANGAT_BAIK', rule)).toBe('SESUAI');
    expect(kinerjaLevelOf('SANGAT_BAIK', 'BUTUH_PERBAIKAN', rule)).toBe('DI_BAWAH');
    expect(kinerjaLevelOf('BUTUH_PERBAIKAN', 'SANGAT_BAIK', rule)).toBe('DI_BAWAH');
  });

  it('MERIT-4: the kinerja rule follows policy.talentKinerjaRule', () => {
    const rule = { ...DEFAULT_POLICY.talentKinerjaRule, sesuaiBothAtLeast: 'BUTUH_PERBAIKAN' } as const;
    expect(kinerjaLevelOf('BUTUH_PERBAIKAN', 'BAIK', rule)).toBe('SESUAI');
  });

  it('MERIT-4: the recommended actions carry stable codes and Indonesian labels', () => {
    const r = place('SANGAT_BAIK', 'BAIK', 95);
    expect(r.actions).toEqual([
      { code: 'PROMOTE', label: 'Dipromosikan' },
      { code: 'RETAIN', label: 'Dipertahankan' },
      { code: 'SUCCESSION_GROUP', label: 'Masuk kelompok rencana suksesi' },
      { code: 'AWARD', label: 'Mendapatkan penghargaan' },
    ]);
    expect(place('BUTUH_PERBAIKAN', 'BAIK', 10).actions.map((a) => a.code)).toEqual(['HANDLE_PER_REGULATION']);
  });

  it('MERIT-4: with no potential score there is no box, and the check says why', () => {
    const r = place('BAIK', 'BAIK', null);
    expect(r).toMatchObject({ ok: false, box: null, kinerja: 'SESUAI', potensi: null, actions: [] });
    expect(r.checks.find((c) => !c.ok)).toEqual({
      rule: 'MERIT-4',
      check: 'potensi-level',
      ok: false,
      detail: 'no potensi level: there is no potential assessment score',
      params: { case: 'no-score' },
    });
  });

  it('MERIT-4: with a missing annual predikat there is no box, and the check names the year', () => {
    const r = place('BAIK', null, 85);
    expect(r).toMatchObject({ ok: false, box: null, kinerja: null, potensi: 'MENENGAH' });
    expect(r.checks.find((c) => !c.ok)?.detail).toBe('no kinerja level: the annual predikat of 2023 is missing');
    expect(place(null, null, 85).checks[0]?.detail).toBe(
      'no kinerja level: the annual predikats of 2024 and 2023 are missing',
    );
  });

  it('MERIT-4: a score outside 0-100 gives no box', () => {
    expect(place('BAIK', 'BAIK', 101)).toMatchObject({ ok: false, box: null });
    expect(place('BAIK', 'BAIK', -1).checks[1]?.detail).toBe(
      'no potensi level: the potential score -1 is not between 0 and 100',
    );
  });
});
