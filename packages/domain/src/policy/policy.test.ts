import { describe, expect, it } from 'vitest';
import { date } from '../core/date.js';
import {
  DEFAULT_POLICY,
  type Policy,
  type PolicyVersion,
  parsePolicy,
  parsePolicyVersion,
  policyInForce,
} from './policy.js';

const refusal = (input: unknown) => {
  const r = parsePolicy(input);
  if (r.ok) throw new Error('expected the policy to be refused');
  return r.error;
};

describe('Section 8 policy', () => {
  it('Section 8: the defaults are the spec values', () => {
    expect(DEFAULT_POLICY).toEqual({
      rhkBelowRatio: 1,
      rhkAboveRatio: 1.1,
      behaviourAboveMin: 4,
      periodicity: 'QUARTERLY',
      distributionMode: 'WARN',
      distributionMinUnitSize: 5,
      yearsInRank: 4,
      yearsInRankOutstanding: 2,
      educationCeilings: {
        SD: 'II_A',
        SLTP: 'II_C',
        SLTA: 'III_B',
        D1: 'III_B',
        D2: 'III_C',
        D3: 'III_D',
        S1_D4: 'IV_A',
        S2: 'IV_B',
        S3: 'IV_C',
      },
      positionRequirements: {
        PENGAWAS: {
          minEducation: 'D3',
          minPangkat: 'III_B',
          experienceYears: 4,
          experienceMinGrade: 1,
          serviceYears: 0,
          maxAge: null,
        },
        ADMINISTRATOR: {
          minEducation: 'S1_D4',
          minPangkat: 'III_D',
          experienceYears: 3,
          experienceMinGrade: 3,
          serviceYears: 0,
          maxAge: null,
        },
        JPT_PRATAMA: {
          minEducation: 'S1_D4',
          minPangkat: null,
          experienceYears: 2,
          experienceMinGrade: 4,
          serviceYears: 5,
          maxAge: 56,
        },
      },
      talentKinerjaRule: { diAtasLastAtLeast: 'SANGAT_BAIK', diAtasPreviousAtLeast: 'BAIK', sesuaiBothAtLeast: 'BAIK' },
      potensiCutoffs: { tinggi: 90, menengah: 78 },
      annualJp: 20,
      pppkMaxJp: 24,
      lightSanctionBlocks: false,
      lightSanctionMonths: 12,
      tppByPredikat: { SANGAT_BAIK: 100, BAIK: 100, BUTUH_PERBAIKAN: 90, KURANG_MISCONDUCT: 85, SANGAT_KURANG: 80 },
    } satisfies Policy);
  });

  it('Section 8: a partial policy takes the defaults for what it leaves out', () => {
    const r = parsePolicy({ distributionMode: 'BLOCK', annualJp: 24 });
    expect(r.ok && r.value).toEqual({ ...DEFAULT_POLICY, distributionMode: 'BLOCK', annualJp: 24 });
  });

  it('Section 8 / MERIT-4: a potensi cut-off of 120 is refused with INVALID_POLICY naming the parameter', () => {
    const e = refusal({ potensiCutoffs: { tinggi: 120, menengah: 78 } });
    expect(e.code).toBe('INVALID_POLICY');
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([['INVALID_POLICY', 'potensiCutoffs.tinggi']]);
    expect(e.message).toMatch(/^potensiCutoffs\.tinggi: /);
  });

  it('Section 8 / MERIT-4: a TINGGI cut-off at or below MENENGAH is refused, naming potensiCutoffs.tinggi', () => {
    for (const tinggi of [78, 70]) {
      const e = refusal({ potensiCutoffs: { tinggi, menengah: 78 } });
      expect(e.issues).toEqual([
        {
          code: 'INVALID_POLICY',
          message: 'potensiCutoffs.tinggi: the TINGGI cut-off must be above the MENENGAH cut-off',
          path: 'potensiCutoffs.tinggi',
        },
      ]);
    }
    expect(parsePolicy({ potensiCutoffs: { tinggi: 79, menengah: 78 } }).ok).toBe(true);
  });

  it('Section 8: an unknown (misspelt) parameter is refused, not silently ignored', () => {
    const e = refusal({ rhkAboveRatioo: 1.2 });
    expect(e.code).toBe('INVALID_POLICY');
    expect(e.message).toContain('rhkAboveRatioo');
  });

  it('Section 8 / EVAL-5: rhkAboveRatio must be above rhkBelowRatio', () => {
    const e = refusal({ rhkBelowRatio: 1.2, rhkAboveRatio: 1.1 });
    expect(e.issues.map((i) => i.path)).toEqual(['rhkAboveRatio']);
  });

  it('Section 8: every problem is listed with its own parameter', () => {
    const e = refusal({ behaviourAboveMin: 8, periodicity: 'WEEKLY' });
    expect(e.issues.map((i) => i.path).sort()).toEqual(['behaviourAboveMin', 'periodicity']);
  });
});

describe('Section 8 policy versions', () => {
  const v = (effectiveFrom: string, annualJp: number): PolicyVersion => ({
    effectiveFrom: date(effectiveFrom),
    policy: { ...DEFAULT_POLICY, annualJp },
  });
  const versions = [v('2025-01-01', 24), v('2020-01-01', 20), v('2023-07-01', 22)];

  it('Section 8: policyInForce picks the latest version in force on the date, whatever the list order', () => {
    const jpOn = (d: string) => {
      const r = policyInForce(versions, date(d));
      return r.ok ? r.value.annualJp : r.error.code;
    };
    expect(jpOn('2023-06-30')).toBe(20);
    expect(jpOn('2023-07-01')).toBe(22);
    expect(jpOn('2024-12-31')).toBe(22);
    expect(jpOn('2025-01-01')).toBe(24);
    expect(policyInForce([...versions].reverse(), date('2024-01-01'))).toEqual(
      policyInForce(versions, date('2024-01-01')),
    );
  });

  it('Section 8: before the first version there is no policy in force', () => {
    const r = policyInForce(versions, date('2019-12-31'));
    expect(!r.ok && r.error.code).toBe('NO_POLICY_IN_FORCE');
  });

  it('Section 8: parsePolicyVersion validates the date of effect and the policy', () => {
    expect(parsePolicyVersion({ effectiveFrom: '2025-02-29', policy: {} })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_DATE', path: 'effectiveFrom' },
    });
    expect(parsePolicyVersion({ effectiveFrom: '2025-01-01', policy: { annualJp: -1 } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_POLICY' },
    });
    expect(parsePolicyVersion({ effectiveFrom: '2025-01-01', policy: {} })).toEqual({
      ok: true,
      value: { effectiveFrom: '2025-01-01', policy: DEFAULT_POLICY },
    });
  });
});
