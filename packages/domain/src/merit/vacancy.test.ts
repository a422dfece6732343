import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { date } from '../core/date.js';
import { PREDIKATS } from '../evaluation/scales.js';
import { DEFAULT_POLICY } from '../policy/policy.js';
import { proposeCandidate, rankCandidates, rankCandidatesPage, type VacancyCandidate } from './vacancy.js';

const on = date('2025-07-01');

/** Eligible for ADMINISTRATOR and a succession member (box 9). */
const star: VacancyCandidate = {
  id: 'star',
  birthDate: date('1985-05-10'),
  education: 'S1_D4',
  pangkat: 'III_D',
  jabatanHistory: [{ level: 'PENGAWAS', from: date('2018-01-01'), to: null }],
  serviceStart: date('2010-03-01'),
  annualPredikats: [
    { year: 2024, predikat: 'SANGAT_BAIK' },
    { year: 2023, predikat: 'BAIK' },
  ],
  competencyMeetsStandard: true,
  sanctions: [],
  potentialScore: 92,
  competencyMatch: 80,
  trainingLastYear: { year: 2024, jpDone: 20, jpTarget: 20, met: true },
};

const ids = (list: readonly { id: string }[]) => list.map((c) => c.id);

describe('MERIT-6 candidates for a managerial vacancy', () => {
  it('MERIT-6: succession-group members come first, even over a higher talent box', () => {
    const box9NoJp = { ...star, id: 'box9-no-jp', trainingLastYear: null };
    const box7Member = { ...star, id: 'box7-member', potentialScore: 80 };
    const list = rankCandidates('ADMINISTRATOR', [box9NoJp, box7Member], on, DEFAULT_POLICY);
    expect(ids(list)).toEqual(['box7-member', 'box9-no-jp']);
    expect(list.map((c) => [c.successionMember, c.talentBox, c.rank])).toEqual([
      [true, 7, 1],
      [false, 9, 2],
    ]);
  });

  it('MERIT-6: then talent box, then latest predikat, potential score, competency match, years of service, id', () => {
    const notMember = { ...star, trainingLastYear: null };
    const candidates: VacancyCandidate[] = [
      {
        ...notMember,
        id: 'box8',
        annualPredikats: [
          { year: 2024, predikat: 'BAIK' },
          { year: 2023, predikat: 'BAIK' },
        ],
      },
      { ...notMember, id: 'box9-score-91', potentialScore: 91 },
      { ...notMember, id: 'box9-score-92-match-70', competencyMatch: 70 },
      { ...notMember, id: 'box9-score-92-match-80-b', serviceStart: date('2012-01-01') },
      { ...notMember, id: 'box9-score-92-match-80-a', serviceStart: date('2012-01-01') },
      { ...notMember, id: 'box9-score-92-match-80-senior', serviceStart: date('2005-01-01') },
      { ...notMember, id: 'box9-no-match', competencyMatch: null },
    ];
    expect(ids(rankCandidates('ADMINISTRATOR', candidates, on, DEFAULT_POLICY))).toEqual([
      'box9-score-92-match-80-senior',
      'box9-score-92-match-80-a',
      'box9-score-92-match-80-b',
      'box9-score-92-match-70',
      'box9-no-match',
      'box9-score-91',
      'box8',
    ]);
  });

  it('MERIT-6: the latest predikat orders candidates of the same box', () => {
    const rule = { ...DEFAULT_POLICY.talentKinerjaRule, diAtasLastAtLeast: 'BAIK' } as const;
    const policy = { ...DEFAULT_POLICY, talentKinerjaRule: rule };
    const baik = {
      ...star,
      id: 'a-baik',
      annualPredikats: [
        { year: 2024, predikat: 'BAIK' },
        { year: 2023, predikat: 'BAIK' },
      ],
    } as const;
    const sangatBaik = { ...star, id: 'b-sangat-baik' };
    const list = rankCandidates('ADMINISTRATOR', [baik, sangatBaik], on, policy);
    expect(list.map((c) => c.talentBox)).toEqual([9, 9]);
    expect(ids(list)).toEqual(['b-sangat-baik', 'a-baik']);
  });

  it('MERIT-6: every candidate carries the reasons; the ineligible follow, unnumbered, with the failed checks', () => {
    const lowRank = { ...star, id: 'low-rank', pangkat: 'III_C' } as const;
    const list = rankCandidates('ADMINISTRATOR', [lowRank, star], on, DEFAULT_POLICY);
    expect(ids(list)).toEqual(['star', 'low-rank']);
    const [first, second] = list;
    expect(first?.checks[0]).toMatchObject({ rule: 'MERIT-6', check: 'eligible-for-level', ok: true });
    expect(first?.checks[0]?.detail).toContain('succession-group member; talent box 9; latest predikat SANGAT_BAIK');
    expect(second).toMatchObject({ eligible: false, rank: null });
    expect(second?.checks[0]).toEqual({
      rule: 'MERIT-6',
      check: 'eligible-for-level',
      ok: false,
      detail:
        'does not meet the requirements of ADMINISTRATOR: pangkat (pangkat III/c; ADMINISTRATOR needs at least III/d)',
      params: { case: 'not-eligible', target: 'ADMINISTRATOR', failedChecks: 'MERIT-3:pangkat' },
    });
    expect(second?.checks.some((c) => c.rule === 'MERIT-3')).toBe(true);
    expect(second?.checks.some((c) => c.rule === 'MERIT-5')).toBe(true);
  });

  it('MERIT-6: only an eligible candidate on the list can be proposed', () => {
    const list = rankCandidates('ADMINISTRATOR', [star, { ...star, id: 'young', education: 'D3' }], on, DEFAULT_POLICY);
    expect(proposeCandidate(list, 'star')).toMatchObject({ ok: true, value: { id: 'star', rank: 1 } });
    const refused = proposeCandidate(list, 'young');
    expect(!refused.ok && refused.error.code).toBe('NOT_ALLOWED');
    expect(!refused.ok && refused.error.message).toContain('education D3');
    const unknown = proposeCandidate(list, 'nobody');
    expect(!unknown.ok && unknown.error.code).toBe('UNKNOWN_REFERENCE');
  });

  it('MERIT-6 law: a page of the list is the start of the whole list, and of its eligible part with eligibleOnly', () => {
    const candidate = fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      pangkat: fc.constantFrom('III_A', 'III_C', 'III_D', 'IV_A'),
      last: fc.constantFrom(...PREDIKATS),
      potentialScore: fc.option(fc.constantFrom(70, 85, 95)),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(candidate, { selector: (r) => r.id, maxLength: 12 }),
        fc.nat(14),
        fc.boolean(),
        (records, first, eligibleOnly) => {
          const candidates = records.map(
            (r): VacancyCandidate => ({
              ...star,
              id: r.id,
              pangkat: r.pangkat,
              annualPredikats: [
                { year: 2024, predikat: r.last },
                { year: 2023, predikat: 'BAIK' },
              ],
              potentialScore: r.potentialScore,
            }),
          );
          const whole = rankCandidates('ADMINISTRATOR', candidates, on, DEFAULT_POLICY);
          const expected = (eligibleOnly ? whole.filter((c) => c.eligible) : whole).slice(0, first);
          expect(rankCandidatesPage('ADMINISTRATOR', candidates, on, DEFAULT_POLICY, { first, eligibleOnly })).toEqual(
            expected,
          );
        },
      ),
    );
  });

  it('MERIT-6 law: the list does not depend on the order of the candidates', () => {
    const candidate = fc.record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      pangkat: fc.constantFrom('III_C', 'III_D', 'IV_A'),
      last: fc.constantFrom(...PREDIKATS),
      before: fc.constantFrom(...PREDIKATS),
      potentialScore: fc.option(fc.constantFrom(70, 78, 85, 90, 95)),
      competencyMatch: fc.option(fc.constantFrom(60, 80)),
      serviceStart: fc.constantFrom('2005-01-01', '2010-03-01', '2015-06-01'),
      met: fc.boolean(),
    });
    const build = (r: {
      id: string;
      pangkat: 'III_C' | 'III_D' | 'IV_A';
      last: (typeof PREDIKATS)[number];
      before: (typeof PREDIKATS)[number];
      potentialScore: number | null;
      competencyMatch: number | null;
      serviceStart: string;
      met: boolean;
    }): VacancyCandidate => ({
      ...star,
      id: r.id,
      pangkat: r.pangkat,
      annualPredikats: [
        { year: 2024, predikat: r.last },
        { year: 2023, predikat: r.before },
      ],
      potentialScore: r.potentialScore,
      competencyMatch: r.competencyMatch,
      serviceStart: date(r.serviceStart),
      trainingLastYear: { year: 2024, jpDone: r.met ? 20 : 10, jpTarget: 20, met: r.met },
    });
    const unique = fc.uniqueArray(candidate, { selector: (c) => c.id, maxLength: 8 });
    fc.assert(
      fc.property(
        unique.chain((cs) => fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length }))),
        ([original, shuffled]) => {
          const a = rankCandidates('ADMINISTRATOR', original.map(build), on, DEFAULT_POLICY);
          const b = rankCandidates('ADMINISTRATOR', shuffled.map(build), on, DEFAULT_POLICY);
          expect(b).toEqual(a);
          const ranks = a.filter((c) => c.eligible).map((c) => c.rank);
          expect(ranks).toEqual(ranks.map((_, i) => i + 1));
        },
      ),
    );
  });
});
