import { describe, expect, it } from 'vitest';
import { date } from '../core/date.js';
import { DEFAULT_POLICY } from '../policy/policy.js';
import { experienceMonths, type PositionEligibilityInput, positionEligibility } from './position-eligibility.js';

/** Eligible for ADMINISTRATOR on 2025-07-01: a Pengawas since 2018 with III/d and S1. */
const admin: PositionEligibilityInput = {
  target: 'ADMINISTRATOR',
  on: date('2025-07-01'),
  birthDate: date('1985-05-10'),
  education: 'S1_D4',
  pangkat: 'III_D',
  jabatanHistory: [
    { level: 'PELAKSANA', from: date('2010-03-01'), to: date('2018-01-01') },
    { level: 'PENGAWAS', from: date('2018-01-01'), to: null },
  ],
  serviceStart: date('2010-03-01'),
  annualPredikats: [
    { year: 2024, predikat: 'BAIK' },
    { year: 2023, predikat: 'SANGAT_BAIK' },
  ],
  competencyMeetsStandard: true,
  sanctions: [],
  policy: DEFAULT_POLICY,
};

/** Eligible for JPT_PRATAMA on 2025-07-01: an Administrator since 2020, aged 56, 15 years of service. */
const jpt: PositionEligibilityInput = {
  ...admin,
  target: 'JPT_PRATAMA',
  birthDate: date('1968-07-02'),
  pangkat: 'IV_B',
  jabatanHistory: [
    { level: 'PENGAWAS', from: date('2010-03-01'), to: date('2020-01-01') },
    { level: 'ADMINISTRATOR', from: date('2020-01-01'), to: null },
  ],
};

const failing = (input: PositionEligibilityInput) =>
  positionEligibility(input)
    .checks.filter((c) => !c.ok)
    .map((c) => c.check);

describe('MERIT-3 managerial position requirements', () => {
  it('MERIT-3: an S1 Pengawas with III/d, 3+ years, BAIK twice, competent and unsanctioned may be ADMINISTRATOR', () => {
    const d = positionEligibility(admin);
    expect(d.ok).toBe(true);
    expect(d.checks.map((c) => c.check)).toEqual([
      'education',
      'pangkat',
      'experience',
      'service-years',
      'max-age',
      'predikat-last-year-baik',
      'predikat-year-before-baik',
      'competency-meets-standard',
      'no-blocking-sanction',
    ]);
  });

  it('MERIT-3: ADMINISTRATOR needs S1/D-IV; D-III fails alone', () => {
    expect(failing({ ...admin, education: 'D3' })).toEqual(['education']);
  });

  it('MERIT-3: ADMINISTRATOR needs at least III/d; III/c fails alone', () => {
    expect(failing({ ...admin, pangkat: 'III_C' })).toEqual(['pangkat']);
  });

  it('MERIT-3: ADMINISTRATOR needs 3 years as Pengawas: exactly 3 years pass, one day less fails alone', () => {
    const since = (from: string) => ({
      ...admin,
      jabatanHistory: [
        { level: 'PELAKSANA', from: date('2010-03-01'), to: date(from) },
        { level: 'PENGAWAS', from: date(from), to: null },
      ] as const,
    });
    expect(failing(since('2022-07-01'))).toEqual([]);
    const short = positionEligibility(since('2022-07-02'));
    expect(short.checks.filter((c) => !c.ok).map((c) => c.check)).toEqual(['experience']);
    expect(short.checks.find((c) => c.check === 'experience')?.detail).toBe(
      '2 year(s) 11 month(s) in positions of grade 3 or above; ADMINISTRATOR needs 3 year(s)',
    );
  });

  it('MERIT-3: an equivalent functional level (Ahli Muda) counts as Pengawas experience', () => {
    const fungsional = {
      ...admin,
      jabatanHistory: [{ level: 'AHLI_MUDA', from: date('2020-01-01'), to: null }] as const,
    };
    expect(failing(fungsional)).toEqual([]);
  });

  it('MERIT-3: PENGAWAS needs D-III, III/b and 4 years as Pelaksana', () => {
    const pengawas: PositionEligibilityInput = {
      ...admin,
      target: 'PENGAWAS',
      education: 'D3',
      pangkat: 'III_B',
      jabatanHistory: [{ level: 'PELAKSANA', from: date('2021-07-01'), to: null }],
    };
    expect(failing(pengawas)).toEqual([]);
    expect(failing({ ...pengawas, pangkat: 'III_A' })).toEqual(['pangkat']);
    expect(failing({ ...pengawas, education: 'SLTA' })).toEqual(['education']);
  });

  it('MERIT-3: JPT_PRATAMA needs 2 years as Administrator or Ahli Madya, 5 years of service and age at most 56', () => {
    expect(failing(jpt)).toEqual([]);
    expect(failing({ ...jpt, serviceStart: date('2020-07-02') })).toEqual(['service-years']);
    expect(failing({ ...jpt, birthDate: date('1968-07-01') })).toEqual(['max-age']);
    expect(
      positionEligibility({ ...jpt, birthDate: date('1968-07-01') }).checks.find((c) => c.check === 'max-age')?.detail,
    ).toBe('aged 57 on 2025-07-01; JPT_PRATAMA allows at most 56 at registration');
    const pengawasOnly = {
      ...jpt,
      jabatanHistory: [{ level: 'PENGAWAS', from: date('2010-03-01'), to: null }] as const,
    };
    expect(failing(pengawasOnly)).toEqual(['experience']);
  });

  it('MERIT-3: BAIK or better in each of the last 2 years; a missing year fails and says so', () => {
    const d = positionEligibility({ ...admin, annualPredikats: [{ year: 2024, predikat: 'BAIK' }] });
    expect(d.checks.filter((c) => !c.ok)).toEqual([
      {
        rule: 'MERIT-3',
        check: 'predikat-year-before-baik',
        ok: false,
        detail: 'the annual predikat of 2023 is missing',
        params: { case: 'missing', year: 2023 },
      },
    ]);
    expect(
      failing({
        ...admin,
        annualPredikats: [
          { year: 2024, predikat: 'KURANG_MISCONDUCT' },
          { year: 2023, predikat: 'BAIK' },
        ],
      }),
    ).toEqual(['predikat-last-year-baik']);
  });

  it('MERIT-3: competence must meet the standard; no assessment fails alone too', () => {
    expect(failing({ ...admin, competencyMeetsStandard: false })).toEqual(['competency-meets-standard']);
    const none = positionEligibility({ ...admin, competencyMeetsStandard: null });
    expect(none.checks.find((c) => !c.ok)?.detail).toBe(
      'there is no competency assessment to compare with the standard',
    );
  });

  it('MERIT-3: an active BERAT sanction fails alone (DISC-2)', () => {
    const sanction = { type: 'PENURUNAN_JABATAN_12_BULAN', start: date('2025-01-01') } as const;
    expect(failing({ ...admin, sanctions: [sanction] })).toEqual(['no-blocking-sanction']);
  });

  it('MERIT-3: the requirements come from policy.positionRequirements', () => {
    const policy = {
      ...DEFAULT_POLICY,
      positionRequirements: {
        ...DEFAULT_POLICY.positionRequirements,
        ADMINISTRATOR: { ...DEFAULT_POLICY.positionRequirements.ADMINISTRATOR, experienceYears: 10 },
      },
    };
    expect(failing({ ...admin, policy })).toEqual(['experience']);
  });
});

describe('MERIT-3 experience', () => {
  it('MERIT-3: overlapping periods count once, and nothing after the date counts', () => {
    const history = [
      { level: 'PENGAWAS', from: date('2020-01-01'), to: date('2022-01-01') },
      { level: 'AHLI_MUDA', from: date('2021-01-01'), to: date('2023-01-01') },
      { level: 'ADMINISTRATOR', from: date('2026-01-01'), to: null },
    ] as const;
    expect(experienceMonths(history, 3, date('2025-01-01'))).toBe(36);
    expect(experienceMonths(history, 3, date('2022-07-01'))).toBe(30);
    expect(experienceMonths(history, 4, date('2025-01-01'))).toBe(0);
  });

  it('MERIT-3: separate stretches add their whole months', () => {
    const history = [
      { level: 'PENGAWAS', from: date('2015-01-01'), to: date('2016-07-01') },
      { level: 'PENGAWAS', from: date('2018-01-01'), to: date('2019-07-01') },
    ] as const;
    expect(experienceMonths(history, 3, date('2025-01-01'))).toBe(36);
  });
});
