import { describe, expect, it } from 'vitest';
import { date } from '../core/date.js';
import { DEFAULT_POLICY } from '../policy/policy.js';
import { type EmployeeFactsInput, factYears, latestPredikat, rankPromotionDueOn, yearFacts } from './year-facts.js';

/** A PNS teacher: III/b since April 2021, BAIK twice, 12 JP done in 2025 and a 10-JP session planned (planned JP count in full for a PNS). */
const teacher: EmployeeFactsInput = {
  employment: 'PNS',
  education: 'S1_D4',
  serviceStart: date('2015-03-01'),
  pangkats: [
    { pangkat: 'III_A', from: date('2015-03-01'), to: date('2021-04-01') },
    { pangkat: 'III_B', from: date('2021-04-01'), to: null },
  ],
  jabatans: [{ level: 'AHLI_PERTAMA', kind: 'FUNGSIONAL', from: date('2015-03-01'), to: null }],
  annualPredikats: [
    { year: 2024, predikat: 'BAIK' },
    { year: 2023, predikat: 'BAIK' },
  ],
  enrolments: [
    { status: 'COMPLETED', jpCredited: 12, programJp: 12, sessionStart: date('2025-03-10') },
    { status: 'ENROLLED', jpCredited: null, programJp: 10, sessionStart: date('2025-12-01') },
  ],
  potentials: [{ on: date('2024-06-01'), score: 80 }],
  competencyMeetsStandard: true,
  sanctions: [],
};
const today = date('2025-11-28');

describe('the read model facts', () => {
  it('DEV-1: the JP status of the current year counts completed JP as done and enrolled JP as planned', () => {
    const facts = yearFacts(teacher, 2025, today, DEFAULT_POLICY);
    expect(facts?.training).toMatchObject({ jpDone: 12, jpPlanned: 10, shortfall: 0, met: false });
  });

  it('MERIT-4: the talent box of a year reads that year and the one before, and the potential known by its end', () => {
    const y2024 = yearFacts(teacher, 2024, today, DEFAULT_POLICY);
    expect(y2024?.talent).toMatchObject({ kinerja: 'SESUAI', potensi: 'MENENGAH', box: 5 });
    const y2023 = yearFacts(teacher, 2023, today, DEFAULT_POLICY);
    // No predikat for 2022 and no potential assessment before the end of 2023: no box.
    expect(y2023?.talent.box).toBeNull();
  });

  it('MERIT-5: succession needs box 7, 8 or 9; a teacher in box 5 is not a member', () => {
    expect(yearFacts(teacher, 2024, today, DEFAULT_POLICY)?.successionMember).toBe(false);
  });

  it('the pangkat and jabatan are those held at the end of the year (today for the current year)', () => {
    expect(yearFacts(teacher, 2020, today, DEFAULT_POLICY)).toMatchObject({
      pangkat: 'III_A',
      jabatanLevel: 'AHLI_PERTAMA',
      annualPredikat: null,
    });
    expect(yearFacts(teacher, 2024, today, DEFAULT_POLICY)).toMatchObject({ pangkat: 'III_B', annualPredikat: 'BAIK' });
  });

  it('a year before service started has no facts', () => {
    expect(yearFacts(teacher, 2014, today, DEFAULT_POLICY)).toBeNull();
    expect(factYears(teacher.serviceStart, today, 2010)).toEqual([
      2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
    ]);
    expect(factYears(teacher.serviceStart, today, 2023)).toEqual([2023, 2024, 2025]);
  });

  it('the latest predikat is that of the latest completed year, never the current one', () => {
    expect(latestPredikat([...teacher.annualPredikats, { year: 2025, predikat: 'SANGAT_BAIK' }], today)).toEqual({
      year: 2024,
      predikat: 'BAIK',
    });
    expect(latestPredikat([], today)).toBeNull();
  });

  it('MERIT-2: the rank promotion falls due on the first 1st of a month with 4 whole years in rank', () => {
    const due = rankPromotionDueOn(teacher, 'IV_A', date('2025-03-15'), DEFAULT_POLICY);
    expect(due).toBe('2025-04-01');
    // Already past the date: the next promotion month in the coming twelve is the next 1st.
    expect(rankPromotionDueOn(teacher, 'IV_A', today, DEFAULT_POLICY)).toBe('2025-12-01');
  });

  it('MERIT-2: nobody is due without a pangkat (PPPK), or when the superior would be outranked', () => {
    expect(rankPromotionDueOn({ ...teacher, pangkats: [] }, 'IV_A', today, DEFAULT_POLICY)).toBeNull();
    expect(rankPromotionDueOn(teacher, 'III_B', today, DEFAULT_POLICY)).toBeNull();
  });
});
