import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { meritIndicators } from '../dashboard/merit-indicators.js';
import { ENROLMENT_STATUSES } from '../development/enrolment.js';
import { trainingStatus } from '../development/training-status.js';
import { SANCTION_TYPES } from '../discipline/sanctions.js';
import { suggestBehaviourRating } from '../evaluation/behaviour-rating.js';
import { checkDistribution, DISTRIBUTION_TABLE, distributionCheckKey } from '../evaluation/distribution.js';
import { suggestResultsRating, suggestRhkRating } from '../evaluation/results-rating.js';
import { ORG_PREDIKATS, PREDIKATS, RATINGS } from '../evaluation/scales.js';
import { BERAKHLAK_VALUES, checkSkpComplete } from '../evaluation/skp.js';
import { EDUCATIONS } from '../identity/education.js';
import { PANGKATS } from '../merit/pangkat.js';
import { rankPromotion } from '../merit/rank-promotion.js';
import { talentBox } from '../merit/talent-box.js';
import { rankCandidates } from '../merit/vacancy.js';
import { DEFAULT_POLICY } from '../policy/policy.js';
import { recommend } from '../recommendations/recommend.js';
import { CHECK_NAMES, type Check, type RuleId } from './check.js';
import { date } from './date.js';

/** The figures written in a text: every run of digits (a date gives its year, month and day). */
const figures = (text: string): string[] => text.match(/\d+(?:\.\d+)?/g) ?? [];

/** The figures of a detail that its params must give: rule ids (EVAL-10) and "1st" are words, not figures. */
const detailFigures = (c: Check): string[] => figures(c.detail.replace(/\b[A-Z]+-\d+\b/g, '').replace(/\b1st\b/g, ''));

/** Why a check does not say itself in any language: an unknown name, a figure of its detail not among its params. */
const unsaid = (c: Check): string[] => {
  const problems: string[] = [];
  const names: readonly string[] = CHECK_NAMES[c.rule as RuleId] ?? [];
  if (!names.includes(c.check)) problems.push(`${c.rule} ${c.check}: not in CHECK_NAMES`);
  if ('case' in c.params && typeof c.params.case !== 'string')
    problems.push(`${c.rule} ${c.check}: case is not a name`);
  // a check that names the checks that failed leaves their figures to them
  if ('failedChecks' in c.params) return problems;
  const given = new Set(Object.values(c.params).flatMap((v) => (v === null ? [] : figures(String(v)))));
  const missing = detailFigures(c).filter((f) => !given.has(f));
  if (missing.length > 0) problems.push(`${c.rule} ${c.check}: ${missing.join(', ')} of "${c.detail}" not in params`);
  return problems;
};

const expectSaid = (checks: readonly Check[]): void => {
  expect(checks.flatMap(unsaid)).toEqual([]);
};

const year = fc.integer({ min: 2019, max: 2026 });
const isoDay = fc
  .record({
    y: fc.integer({ min: 1960, max: 2026 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => date(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`));
const predikats = fc.array(fc.record({ year, predikat: fc.constantFrom(...PREDIKATS) }), { maxLength: 4 });
const sanctions = fc.array(fc.record({ type: fc.constantFrom(...SANCTION_TYPES), start: isoDay }), { maxLength: 2 });
const score = fc.option(fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 101, max: 140 })), { nil: null });

describe('every check can be said in any language: its name is listed and its params give its figures', () => {
  it('MERIT-2 rank promotion, with DISC-2', () => {
    fc.assert(
      fc.property(
        fc.record({
          on: isoDay,
          pangkat: fc.constantFrom(...PANGKATS),
          pangkatSince: isoDay,
          education: fc.constantFrom(...EDUCATIONS),
          annualPredikats: predikats,
          superiorPangkat: fc.option(fc.constantFrom(...PANGKATS), { nil: null }),
          sanctions,
        }),
        (input) => expectSaid(rankPromotion({ ...input, policy: DEFAULT_POLICY }).checks),
      ),
    );
  });

  it('MERIT-6 vacancy candidates, with MERIT-3, MERIT-4, MERIT-5 and DISC-2', () => {
    fc.assert(
      fc.property(
        fc.record({
          birthDate: isoDay,
          education: fc.constantFrom(...EDUCATIONS),
          pangkat: fc.constantFrom(...PANGKATS),
          jabatanHistory: fc.array(
            fc.record({ level: fc.constantFrom('PENGAWAS', 'ADMINISTRATOR'), from: isoDay, to: fc.constant(null) }),
            { maxLength: 2 },
          ),
          serviceStart: isoDay,
          annualPredikats: predikats,
          competencyMeetsStandard: fc.option(fc.boolean(), { nil: null }),
          sanctions,
          potentialScore: score,
          competencyMatch: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
          trainingLastYear: fc.option(
            fc.record({ year, jpDone: fc.nat(40), jpTarget: fc.constant(20), met: fc.boolean() }),
            { nil: null },
          ),
        }),
        fc.constantFrom('PENGAWAS', 'ADMINISTRATOR', 'JPT_PRATAMA'),
        isoDay,
        (candidate, target, on) =>
          expectSaid(rankCandidates(target, [{ ...candidate, id: 'c' }], on, DEFAULT_POLICY).flatMap((c) => c.checks)),
      ),
    );
  });

  it('MERIT-4 talent box', () => {
    fc.assert(
      fc.property(year, predikats, score, (y, annualPredikats, potentialScore) =>
        expectSaid(talentBox({ year: y, annualPredikats, potentialScore, policy: DEFAULT_POLICY }).checks),
      ),
    );
  });

  it('DEV-1 training status of a PNS and a PPPK', () => {
    const enrolment = fc.record({
      status: fc.constantFrom(...ENROLMENT_STATUSES),
      jpCredited: fc.option(fc.nat(30), { nil: null }),
      programJp: fc.nat(30),
      sessionStart: fc.constant(date('2025-05-01')),
    });
    fc.assert(
      fc.property(fc.constantFrom('PNS', 'PPPK'), fc.array(enrolment, { maxLength: 4 }), (employment, enrolments) =>
        expectSaid(trainingStatus({ year: 2025, employment, enrolments, policy: DEFAULT_POLICY }).checks),
      ),
    );
  });

  it('EVAL-10 distribution and DASH-1 indicators', () => {
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom(...ORG_PREDIKATS), { nil: null }),
        fc.array(fc.constantFrom(...PREDIKATS), { maxLength: 12 }),
        fc.array(fc.record({ status: fc.constantFrom('OPEN', 'DONE'), createdOn: isoDay }), { maxLength: 3 }),
        (orgPredikat, list, recommendations) => {
          if (orgPredikat !== null)
            expectSaid(checkDistribution({ orgPredikat, predikats: list, policy: DEFAULT_POLICY }).checks);
          const employees = list.map((p, i) => ({
            id: `e${i}`,
            skpState: i % 3 === 0 ? ('DRAFT' as const) : ('FINAL' as const),
            annualPredikat: p,
            jpDone: i * 5,
          }));
          const m = meritIndicators({
            unitId: 'u',
            year: 2024,
            on: date('2025-03-31'),
            employees,
            orgPredikat,
            appointments: list.slice(0, 2).map((_, i) => ({ positionId: `p${i}`, appointeeEligible: i === 0 })),
            recommendations: recommendations as never,
            policy: DEFAULT_POLICY,
          });
          expectSaid(m.checks);
        },
      ),
    );
  });

  it('EVAL-5 and EVAL-6 rating suggestions', () => {
    const rhk = fc.array(
      fc.record({ jenis: fc.constantFrom('UTAMA', 'TAMBAHAN'), rating: fc.constantFrom(...RATINGS) }),
      { maxLength: 6 },
    );
    fc.assert(fc.property(rhk, (list) => expectSaid(suggestResultsRating(list).checks)));
    const ratings = fc.record(Object.fromEntries(BERAKHLAK_VALUES.map((v) => [v, fc.constantFrom(...RATINGS)])));
    fc.assert(
      fc.property(ratings, (r) => {
        const s = suggestBehaviourRating(r, DEFAULT_POLICY);
        if (s.ok) expectSaid(s.value.checks);
      }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom('KUANTITAS', 'BIAYA', 'WAKTU'),
        fc.integer({ min: 1, max: 200 }),
        fc.nat(300),
        (aspect, target, realisation) => {
          const s = suggestRhkRating(
            { aspect, target: { kind: 'QUANTITATIVE', value: target, unit: 'dokumen' } } as never,
            realisation,
            DEFAULT_POLICY,
          );
          if (s.ok) expectSaid(s.value.checks);
        },
      ),
    );
  });

  it('EVAL-3 and EVAL-4 a complete SKP', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ jenis: fc.constantFrom('UTAMA', 'TAMBAHAN'), n: fc.nat(2) }), { maxLength: 3 }),
        fc.nat(7),
        (rhk, values) => {
          const skp = {
            rhk: rhk.map((r, i) => ({ id: `rhk-${i}`, jenis: r.jenis, ikis: Array.from({ length: r.n }, () => ({})) })),
            behaviour: BERAKHLAK_VALUES.slice(0, values).map((value) => ({ value })),
          };
          expectSaid(checkSkpComplete(skp as never).checks);
        },
      ),
    );
  });

  it('REC-1..5 recommendations', () => {
    fc.assert(
      fc.property(
        fc.option(fc.constantFrom(...PREDIKATS), { nil: null }),
        fc.option(fc.constantFrom(...PREDIKATS), { nil: null }),
        fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
        fc.nat(30),
        fc.option(
          fc.record({ startedOn: isoDay, latestPredikat: fc.option(fc.constantFrom(...PREDIKATS), { nil: null }) }),
          {
            nil: null,
          },
        ),
        (annualPredikat, previous, box, jp, coaching) => {
          const status = trainingStatus({
            year: 2024,
            employment: 'PNS',
            enrolments: [{ status: 'COMPLETED', jpCredited: null, programJp: jp, sessionStart: date('2024-02-01') }],
            policy: DEFAULT_POLICY,
          });
          const recommendations = recommend({
            employeeId: 'e',
            on: date('2025-03-01'),
            year: 2024,
            annualPredikat,
            previousPredikats: previous === null ? [] : [{ year: 2023, predikat: previous }],
            talentBox: box as never,
            trainingStatus: status,
            competencyArea: 'KEUANGAN',
            completedProgramIds: [],
            coaching,
            sessions: [],
          });
          expectSaid(recommendations.flatMap((r) => r.reasons));
        },
      ),
    );
  });

  it('EVAL-10: every constraint of the table has its name in CHECK_NAMES', () => {
    const keys = Object.values(DISTRIBUTION_TABLE).flatMap((row) => row.map(distributionCheckKey));
    expect(keys.filter((k) => !(CHECK_NAMES['EVAL-10'] as readonly string[]).includes(k))).toEqual([]);
  });
});
