import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { date } from '../core/date.js';
import { trainingStatus } from '../development/training-status.js';
import { PREDIKATS, type Predikat } from '../evaluation/scales.js';
import { DEFAULT_POLICY } from '../policy/policy.js';
import {
  type CandidateSession,
  type RecommendationInput,
  type RecommendationKind,
  recommend,
  triggerKeyOf,
} from './recommend.js';

const status = (jpDone: number, jpPlanned = 0) =>
  trainingStatus({
    year: 2025,
    employment: 'PNS',
    enrolments: [
      ...(jpDone > 0
        ? [{ status: 'COMPLETED' as const, jpCredited: null, programJp: jpDone, sessionStart: date('2025-02-01') }]
        : []),
      ...(jpPlanned > 0
        ? [{ status: 'ENROLLED' as const, jpCredited: null, programJp: jpPlanned, sessionStart: date('2025-09-01') }]
        : []),
    ],
    policy: DEFAULT_POLICY,
  });

const session = (id: string, over: Partial<CandidateSession> = {}): CandidateSession => ({
  id,
  programId: `prog-${id}`,
  kind: 'TECHNICAL',
  competencyArea: 'KEUANGAN',
  jp: 8,
  startDate: date('2025-06-01'),
  freePlaces: 3,
  ...over,
});

/** A BAIK employee with the JP planned, no coaching: nothing to recommend. */
const quiet: RecommendationInput = {
  employeeId: 'emp-1',
  on: date('2025-03-01'),
  year: 2024,
  annualPredikat: 'BAIK',
  previousPredikats: [{ year: 2023, predikat: 'BAIK' }],
  talentBox: 5,
  trainingStatus: status(20),
  competencyArea: 'KEUANGAN',
  completedProgramIds: [],
  coaching: null,
  sessions: [],
};

const kinds = (input: RecommendationInput) => recommend(input).map((r) => r.kind);
const one = (input: RecommendationInput, kind: RecommendationKind) => {
  const found = recommend(input).find((r) => r.kind === kind);
  if (!found) throw new Error(`expected a ${kind} recommendation`);
  return found;
};

describe('REC-1 develop a top performer', () => {
  it('REC-1: BAIK in box 5 with the JP planned gets no recommendation', () => {
    expect(recommend(quiet)).toEqual([]);
  });

  it('REC-1: SANGAT_BAIK → sessions in the competency area not yet completed, and succession nomination', () => {
    const r = one(
      {
        ...quiet,
        annualPredikat: 'SANGAT_BAIK',
        completedProgramIds: ['prog-done'],
        sessions: [
          session('late', { startDate: date('2025-08-01') }),
          session('early', { startDate: date('2025-04-01') }),
          session('same-program', { programId: 'prog-early', startDate: date('2025-05-01') }),
          session('done', { programId: 'prog-done' }),
          session('full', { freePlaces: 0 }),
          session('started', { startDate: date('2025-03-01') }),
          session('other-area', { competencyArea: 'HUKUM' }),
        ],
      },
      'REC_1_DEVELOP',
    );
    expect(r.actions.map((a) => (a.type === 'ENROL_SESSION' ? a.sessionId : a.type))).toEqual([
      'early',
      'late',
      'NOMINATE_SUCCESSION',
    ]);
    expect(r.reasons).toEqual([
      {
        rule: 'REC-1',
        check: 'sangat-baik',
        ok: true,
        detail: 'the annual predikat of 2024 is SANGAT_BAIK',
        params: { year: 2024, predikat: 'SANGAT_BAIK' },
      },
    ]);
  });

  it('REC-1: talent box 7-9 triggers it too, with the box as the reason; box 6 does not', () => {
    expect(one({ ...quiet, talentBox: 7 }, 'REC_1_DEVELOP').reasons.map((r) => r.check)).toEqual(['talent-box-7-8-9']);
    expect(kinds({ ...quiet, talentBox: 6 })).toEqual([]);
  });
});

describe('REC-2 close a training gap', () => {
  it('REC-2: 20 JP planned is enough; 19 is a gap of 1', () => {
    expect(kinds({ ...quiet, trainingStatus: status(10, 10) })).toEqual([]);
    const r = one({ ...quiet, trainingStatus: status(10, 9) }, 'REC_2_TRAINING_GAP');
    expect(r.reasons[0].detail).toBe('10 JP done and 9 planned in 2025: 1 JP short of the 20 owed');
    expect(r.year).toBe(2025);
  });

  it('REC-2: suggests sessions of the year, the competency area first, until the gap is closed', () => {
    const r = one(
      {
        ...quiet,
        trainingStatus: status(4),
        sessions: [
          session('general-early', { competencyArea: null, startDate: date('2025-04-01'), jp: 8 }),
          session('area-late', { startDate: date('2025-10-01'), jp: 8 }),
          session('area-mid', { startDate: date('2025-07-01'), jp: 4 }),
          session('next-year', { startDate: date('2026-01-10'), jp: 40 }),
          session('general-late', { competencyArea: 'HUKUM', startDate: date('2025-11-01'), jp: 8 }),
        ],
      },
      'REC_2_TRAINING_GAP',
    );
    expect(r.actions.map((a) => (a.type === 'ENROL_SESSION' ? a.sessionId : a.type))).toEqual([
      'area-mid',
      'area-late',
      'general-early',
    ]);
  });

  it('REC-2: what no session covers becomes a plan for the remaining JP', () => {
    const r = one({ ...quiet, trainingStatus: status(0), sessions: [session('a', { jp: 8 })] }, 'REC_2_TRAINING_GAP');
    expect(r.actions).toEqual([
      expect.objectContaining({ type: 'ENROL_SESSION', sessionId: 'a', jp: 8 }),
      { type: 'PLAN_TRAINING', label: 'Rencanakan pengembangan kompetensi 12 JP lagi', jp: 12 },
    ]);
  });
});

describe('REC-3 coaching and REC-4 disciplinary review', () => {
  it.each(['BUTUH_PERBAIKAN', 'KURANG_MISCONDUCT', 'SANGAT_KURANG'] as const)(
    'REC-3: %s → pembinaan with guidance, counselling and a 6-month plan',
    (predikat) => {
      const r = one({ ...quiet, annualPredikat: predikat }, 'REC_3_COACHING');
      expect(r.actions.map((a) => a.type)).toEqual(['GUIDANCE', 'COUNSELLING', 'IMPROVEMENT_PLAN']);
      expect(r.actions[2]).toMatchObject({ months: 6, until: '2025-09-01' });
    },
  );

  it('REC-3: BAIK and SANGAT_BAIK get no coaching', () => {
    expect(kinds({ ...quiet, annualPredikat: 'SANGAT_BAIK' })).not.toContain('REC_3_COACHING');
    expect(kinds(quiet)).not.toContain('REC_3_COACHING');
  });

  it('REC-4: only KURANG_MISCONDUCT → a review by the direct superior, never a sanction', () => {
    const r = one({ ...quiet, annualPredikat: 'KURANG_MISCONDUCT' }, 'REC_4_DISCIPLINARY_REVIEW');
    expect(r.actions).toEqual([expect.objectContaining({ type: 'DISCIPLINARY_REVIEW', by: 'DIRECT_SUPERIOR' })]);
    expect(kinds({ ...quiet, annualPredikat: 'SANGAT_KURANG' })).not.toContain('REC_4_DISCIPLINARY_REVIEW');
    expect(kinds({ ...quiet, annualPredikat: 'BUTUH_PERBAIKAN' })).not.toContain('REC_4_DISCIPLINARY_REVIEW');
  });
});

describe('REC-5 competency test and re-placement', () => {
  const kurang: RecommendationInput = {
    ...quiet,
    annualPredikat: 'KURANG_MISCONDUCT',
    on: date('2025-07-15'),
    coaching: { startedOn: date('2025-01-15'), latestPredikat: 'KURANG_MISCONDUCT' },
  };

  it('REC-5: Kurang with no improvement 6 months after coaching began → uji kompetensi then re-placement', () => {
    const r = one(kurang, 'REC_5_COMPETENCY_TEST');
    expect(r.reasons.map((c) => c.check)).toEqual(['no-improvement-after-coaching']);
    expect(r.actions.map((a) => a.type)).toEqual(['COMPETENCY_TEST', 'REPLACEMENT']);
    expect(r.actions[1]?.label).toContain('keputusan pejabat yang berwenang');
  });

  it('REC-5: one day before the 6 months are up there is no conclusion yet', () => {
    expect(kinds({ ...kurang, on: date('2025-07-14') })).not.toContain('REC_5_COMPETENCY_TEST');
  });

  it('REC-5: a better predikat since coaching (SANGAT_KURANG → KURANG counts), or none yet, does not trigger it', () => {
    const improved = {
      ...kurang,
      coaching: { startedOn: date('2025-01-15'), latestPredikat: 'BUTUH_PERBAIKAN' as const },
    };
    expect(kinds(improved)).not.toContain('REC_5_COMPETENCY_TEST');
    const unknown = { ...kurang, coaching: { startedOn: date('2025-01-15'), latestPredikat: null } };
    expect(kinds(unknown)).not.toContain('REC_5_COMPETENCY_TEST');
    const sangatKurang = { ...kurang, annualPredikat: 'SANGAT_KURANG' as const };
    expect(kinds(sangatKurang)).not.toContain('REC_5_COMPETENCY_TEST');
    const stillSangatKurang = {
      ...sangatKurang,
      coaching: { startedOn: date('2025-01-15'), latestPredikat: 'SANGAT_KURANG' as const },
    };
    expect(kinds(stillSangatKurang)).toContain('REC_5_COMPETENCY_TEST');
  });

  it('REC-5: two consecutive annual predikats below BAIK trigger it without coaching; one does not', () => {
    const twice = {
      ...quiet,
      annualPredikat: 'BUTUH_PERBAIKAN' as const,
      previousPredikats: [{ year: 2023, predikat: 'BUTUH_PERBAIKAN' as const }],
    };
    const r = one(twice, 'REC_5_COMPETENCY_TEST');
    expect(r.reasons).toEqual([
      {
        rule: 'REC-5',
        check: 'two-years-below-baik',
        ok: true,
        detail: 'the annual predikats of 2023 and 2024 are BUTUH_PERBAIKAN and BUTUH_PERBAIKAN',
        params: { previousYear: 2023, year: 2024, previousPredikat: 'BUTUH_PERBAIKAN', predikat: 'BUTUH_PERBAIKAN' },
      },
    ]);
    expect(kinds({ ...twice, previousPredikats: [{ year: 2023, predikat: 'BAIK' }] })).not.toContain(
      'REC_5_COMPETENCY_TEST',
    );
    expect(kinds({ ...twice, previousPredikats: [{ year: 2022, predikat: 'SANGAT_KURANG' }] })).not.toContain(
      'REC_5_COMPETENCY_TEST',
    );
  });
});

describe('REC-1..5 trigger keys and reasons', () => {
  it('REC-1: the trigger key is kind, employee and year: the same trigger gives the same key on another day', () => {
    const a = recommend({ ...quiet, annualPredikat: 'SANGAT_BAIK' });
    const b = recommend({ ...quiet, annualPredikat: 'SANGAT_BAIK', on: date('2025-04-20') });
    expect(a.map((r) => r.triggerKey)).toEqual(['REC_1_DEVELOP:emp-1:2024']);
    expect(b.map((r) => r.triggerKey)).toEqual(a.map((r) => r.triggerKey));
    expect(triggerKeyOf('REC_2_TRAINING_GAP', 'emp-9', 2025)).toBe('REC_2_TRAINING_GAP:emp-9:2025');
  });

  it('REC-1..5 law: every recommendation has at least one reason, each a holding check of its own rule', () => {
    const predikat = fc.constantFrom<Predikat>(...PREDIKATS);
    const input = fc.record({
      annualPredikat: fc.option(predikat),
      previous: fc.option(predikat),
      talentBox: fc.option(
        fc.constantFrom(1, 2, 3, 4, 5, 6, 7, 8, 9) as fc.Arbitrary<1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9>,
      ),
      jpDone: fc.integer({ min: 0, max: 30 }),
      jpPlanned: fc.integer({ min: 0, max: 30 }),
      coachingMonthsAgo: fc.option(fc.integer({ min: 0, max: 12 })),
      latestSinceCoaching: fc.option(predikat),
      sessionJp: fc.array(fc.integer({ min: 0, max: 16 }), { maxLength: 4 }),
    });
    fc.assert(
      fc.property(input, (i) => {
        const on = date('2025-07-01');
        const facts: RecommendationInput = {
          ...quiet,
          on,
          annualPredikat: i.annualPredikat,
          previousPredikats: i.previous === null ? [] : [{ year: 2023, predikat: i.previous }],
          talentBox: i.talentBox,
          trainingStatus: status(i.jpDone, i.jpPlanned),
          coaching:
            i.coachingMonthsAgo === null
              ? null
              : {
                  startedOn: date(`2025-${String(7 - Math.min(6, i.coachingMonthsAgo)).padStart(2, '0')}-01`),
                  latestPredikat: i.latestSinceCoaching,
                },
          sessions: i.sessionJp.map((jp, n) => session(`s${n}`, { jp, startDate: date(`2025-1${n % 3}-01`) })),
        };
        const recs = recommend(facts);
        const rule = (k: RecommendationKind) => `REC-${k.charAt(4)}`;
        for (const r of recs) {
          expect(r.reasons.length).toBeGreaterThanOrEqual(1);
          expect(r.reasons.every((c) => c.ok && c.rule === rule(r.kind))).toBe(true);
        }
        expect(new Set(recs.map((r) => r.triggerKey)).size).toBe(recs.length);
        expect(recommend(facts)).toEqual(recs);
      }),
    );
  });
});
