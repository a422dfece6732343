import { describe, expect, it } from 'vitest';
import { date } from '../core/date.js';
import { DEFAULT_POLICY } from '../policy/policy.js';
import { type SuccessionInput, successionMembership } from './succession.js';

/** Box 9 on 2025-03-01: SANGAT_BAIK 2024, BAIK 2023, score 92, 24 JP in 2024, competent, unsanctioned. */
const member: SuccessionInput = {
  on: date('2025-03-01'),
  annualPredikats: [
    { year: 2024, predikat: 'SANGAT_BAIK' },
    { year: 2023, predikat: 'BAIK' },
  ],
  potentialScore: 92,
  trainingLastYear: { year: 2024, jpDone: 24, jpTarget: 20, met: true },
  competencyMeetsStandard: true,
  sanctions: [],
  policy: DEFAULT_POLICY,
};

const failing = (input: SuccessionInput) =>
  successionMembership(input)
    .checks.filter((c) => !c.ok)
    .map((c) => c.check);

describe('MERIT-5 succession group', () => {
  it('MERIT-5: box 9 with BAIK+ twice, 20 JP last year, competent and unsanctioned is a member', () => {
    const d = successionMembership(member);
    expect(d.ok).toBe(true);
    expect(d.talentBox.box).toBe(9);
    expect(d.checks.map((c) => c.check)).toEqual([
      'talent-box-7-8-9',
      'predikat-last-year-baik',
      'predikat-year-before-baik',
      'jp-met-last-year',
      'competency-meets-standard',
      'no-blocking-sanction',
    ]);
  });

  it('MERIT-5: boxes 7 and 8 qualify too; box 5 fails alone', () => {
    expect(successionMembership({ ...member, potentialScore: 80 }).talentBox.box).toBe(7);
    expect(failing({ ...member, potentialScore: 80 })).toEqual([]);
    const box8 = {
      ...member,
      annualPredikats: [
        { year: 2024, predikat: 'BAIK' },
        { year: 2023, predikat: 'BAIK' },
      ],
    } as const;
    expect(failing(box8)).toEqual([]);
    const box5 = successionMembership({ ...box8, potentialScore: 80 });
    expect(box5.talentBox.box).toBe(5);
    expect(box5.checks.filter((c) => !c.ok)).toEqual([
      {
        rule: 'MERIT-5',
        check: 'talent-box-7-8-9',
        ok: false,
        detail: 'talent box 5; the succession group takes boxes 7, 8 and 9',
        params: { talentBox: 5, boxes: '7, 8, 9' },
      },
    ]);
  });

  it('MERIT-5: with no potential score there is no box, and the check says why', () => {
    const d = successionMembership({ ...member, potentialScore: null });
    expect(d.checks.find((c) => !c.ok)?.detail).toBe(
      'no talent box: no potensi level: there is no potential assessment score',
    );
  });

  it('MERIT-5: a predikat below BAIK in the year before fails (and drops the box below 7 too)', () => {
    const d = failing({
      ...member,
      annualPredikats: [
        { year: 2024, predikat: 'SANGAT_BAIK' },
        { year: 2023, predikat: 'BUTUH_PERBAIKAN' },
      ],
    });
    expect(d).toEqual(['talent-box-7-8-9', 'predikat-year-before-baik']);
  });

  it('MERIT-5: the 20 JP of DEV-1 must be met in the last completed year; 19 fail alone', () => {
    expect(failing({ ...member, trainingLastYear: { year: 2024, jpDone: 19, jpTarget: 20, met: false } })).toEqual([
      'jp-met-last-year',
    ]);
    const wrongYear = successionMembership({
      ...member,
      trainingLastYear: { year: 2025, jpDone: 30, jpTarget: 20, met: true },
    });
    expect(wrongYear.checks.find((c) => !c.ok)?.detail).toBe('there is no development status for 2024');
    expect(failing({ ...member, trainingLastYear: null })).toEqual(['jp-met-last-year']);
  });

  it('MERIT-5: competence must meet the job family standard', () => {
    expect(failing({ ...member, competencyMeetsStandard: false })).toEqual(['competency-meets-standard']);
    expect(failing({ ...member, competencyMeetsStandard: null })).toEqual(['competency-meets-standard']);
  });

  it('MERIT-5: an active SEDANG sanction blocks the succession group (DISC-2); RINGAN only by policy', () => {
    const sedang = { type: 'POTONGAN_TUKIN_25_6_BULAN', start: date('2025-01-01') } as const;
    expect(failing({ ...member, sanctions: [sedang] })).toEqual(['no-blocking-sanction']);
    const ringan = { type: 'TEGURAN_LISAN', start: date('2025-01-01') } as const;
    expect(failing({ ...member, sanctions: [ringan] })).toEqual([]);
    const strict = { ...DEFAULT_POLICY, lightSanctionBlocks: true };
    expect(failing({ ...member, sanctions: [ringan], policy: strict })).toEqual(['no-blocking-sanction']);
  });
});
