/**
 * Test support, not shipped (the package's `./check-fixtures` entry, for tests only): every decision of the domain
 * that carries checks, as fast-check arbitraries of its checks. The domain's property test proves each check can be
 * said from its params; the admin app renders samples of them in each language. No I/O.
 */
import fc from 'fast-check';
import { meritIndicators } from '../dashboard/merit-indicators.js';
import { changeEnrolmentStatus, ENROLMENT_STATUSES, enrol } from '../development/enrolment.js';
import { trainingStatus } from '../development/training-status.js';
import { SANCTION_TYPES } from '../discipline/sanctions.js';
import { suggestBehaviourRating } from '../evaluation/behaviour-rating.js';
import { checkDistribution } from '../evaluation/distribution.js';
import { periodsOfYear, suggestAnnualPredikat } from '../evaluation/periods.js';
import { decidePredikat } from '../evaluation/predikat.js';
import { suggestResultsRating, suggestRhkRating } from '../evaluation/results-rating.js';
import { ORG_PREDIKATS, PREDIKATS, RATINGS } from '../evaluation/scales.js';
import { BERAKHLAK_VALUES, checkSkpComplete } from '../evaluation/skp.js';
import { unitLeaderResultsRating } from '../evaluation/unit-leader.js';
import { evaluatorOf, SKP_ACTION_TYPES, SKP_STATES, transitionSkp } from '../evaluation/workflow.js';
import { EDUCATIONS } from '../identity/education.js';
import { competencyMeetsStandard } from '../merit/assessment.js';
import { PANGKATS } from '../merit/pangkat.js';
import { rankPromotion } from '../merit/rank-promotion.js';
import { talentBox } from '../merit/talent-box.js';
import { rankCandidates } from '../merit/vacancy.js';
import { DEFAULT_POLICY } from '../policy/policy.js';
import { recommend } from '../recommendations/recommend.js';
import type { Check } from './check.js';
import { date } from './date.js';

/** A decision of the domain (or a few of one rule family) and the checks it can give. */
export type CheckGroup = { readonly name: string; readonly checks: fc.Arbitrary<readonly Check[]> };

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
const person = fc.constantFrom('e1', 'e2', 'e3');

const rankPromotionChecks = fc
  .record({
    on: isoDay,
    pangkat: fc.constantFrom(...PANGKATS),
    pangkatSince: isoDay,
    education: fc.constantFrom(...EDUCATIONS),
    annualPredikats: predikats,
    superiorPangkat: fc.option(fc.constantFrom(...PANGKATS), { nil: null }),
    sanctions,
  })
  .map((input) => rankPromotion({ ...input, policy: DEFAULT_POLICY }).checks);

/** A candidate who meets every requirement of PENGAWAS on 2026-03-01 and sits in box 9: the eligible shapes. */
const strongCandidate = {
  id: 's',
  birthDate: date('1980-01-01'),
  education: 'S1_D4',
  pangkat: 'III_C',
  jabatanHistory: [{ level: 'PENGAWAS', from: date('2015-01-01'), to: null }],
  serviceStart: date('2010-01-01'),
  annualPredikats: [
    { year: 2024, predikat: 'SANGAT_BAIK' },
    { year: 2025, predikat: 'SANGAT_BAIK' },
  ],
  competencyMeetsStandard: true,
  sanctions: [],
  potentialScore: 95,
  competencyMatch: 90,
  trainingLastYear: { year: 2025, jpDone: 25, jpTarget: 20, met: true },
} as const;

const randomCandidateChecks = fc
  .tuple(
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
  )
  .map(([candidate, target, on]) =>
    rankCandidates(target, [{ ...candidate, id: 'c' }], on, DEFAULT_POLICY).flatMap((c) => c.checks),
  );

const vacancyChecks = fc.oneof(
  { arbitrary: randomCandidateChecks, weight: 4 },
  {
    arbitrary: fc.constant(
      rankCandidates('PENGAWAS', [strongCandidate], date('2026-03-01'), DEFAULT_POLICY).flatMap((c) => c.checks),
    ),
    weight: 1,
  },
);

const competencyStandardChecks = fc
  .tuple(
    fc.integer({ min: 0, max: 100 }),
    fc.option(fc.record({ minScore: fc.integer({ min: 0, max: 100 }), label: fc.constant('standar 2025') }), {
      nil: null,
    }),
  )
  .map(([s, standard]) => [competencyMeetsStandard(s, standard)]);

const talentBoxChecks = fc
  .tuple(year, predikats, score)
  .map(
    ([y, annualPredikats, potentialScore]) =>
      talentBox({ year: y, annualPredikats, potentialScore, policy: DEFAULT_POLICY }).checks,
  );

const trainingChecks = fc
  .tuple(
    fc.constantFrom('PNS' as const, 'PPPK' as const),
    fc.array(
      fc.record({
        status: fc.constantFrom(...ENROLMENT_STATUSES),
        jpCredited: fc.option(fc.nat(30), { nil: null }),
        programJp: fc.nat(30),
        sessionStart: fc.constant(date('2025-05-01')),
      }),
      { maxLength: 4 },
    ),
  )
  .map(
    ([employment, enrolments]) => trainingStatus({ year: 2025, employment, enrolments, policy: DEFAULT_POLICY }).checks,
  );

const enrolmentChecks = fc.oneof(
  fc
    .record({ capacity: fc.integer({ min: 1, max: 30 }), taken: fc.nat(35), startDate: isoDay, today: isoDay })
    .map(({ capacity, taken, startDate, today }) => {
      const decision = enrol({ session: { capacity, startDate }, enrolledCount: taken, alreadyEnrolled: false, today });
      return decision.ok ? decision.value.checks : [];
    }),
  fc
    .record({
      status: fc.constantFrom(...ENROLMENT_STATUSES),
      to: fc.constantFrom(...ENROLMENT_STATUSES),
      programJp: fc.nat(30),
      jp: fc.option(fc.nat(40), { nil: undefined }),
    })
    .map(({ status, to, programJp, jp }) => {
      const change = changeEnrolmentStatus({ status, programJp }, to, to === 'COMPLETED' ? jp : undefined);
      return change.ok ? change.value.checks : [];
    }),
);

const distributionAndDashboardChecks = fc
  .tuple(
    fc.option(fc.constantFrom(...ORG_PREDIKATS), { nil: null }),
    fc.array(fc.constantFrom(...PREDIKATS), { maxLength: 12 }),
    fc.array(fc.record({ status: fc.constantFrom('OPEN' as const, 'DONE' as const), createdOn: isoDay }), {
      maxLength: 3,
    }),
  )
  .map(([orgPredikat, list, recommendations]) => {
    const distribution =
      orgPredikat === null ? [] : checkDistribution({ orgPredikat, predikats: list, policy: DEFAULT_POLICY }).checks;
    const employees = list.map((p, i) => ({
      id: `e${i}`,
      skpState: i % 3 === 0 ? ('DRAFT' as const) : ('FINAL' as const),
      annualPredikat: p,
      jpDone: i * 5,
    }));
    const indicators = meritIndicators({
      unitId: 'u',
      year: 2024,
      on: date('2025-03-31'),
      employees,
      orgPredikat,
      appointments: list.slice(0, 2).map((_, i) => ({ positionId: `p${i}`, appointeeEligible: i === 0 })),
      recommendations: recommendations as never,
      policy: DEFAULT_POLICY,
    });
    return [...distribution, ...indicators.checks];
  });

const ratingChecks = fc.oneof(
  fc
    .array(fc.record({ jenis: fc.constantFrom('UTAMA', 'TAMBAHAN'), rating: fc.constantFrom(...RATINGS) }), {
      maxLength: 6,
    })
    .map((list) => suggestResultsRating(list as never).checks),
  fc.record(Object.fromEntries(BERAKHLAK_VALUES.map((v) => [v, fc.constantFrom(...RATINGS)]))).map((r) => {
    const s = suggestBehaviourRating(r as never, DEFAULT_POLICY);
    return s.ok ? s.value.checks : [];
  }),
  fc
    .tuple(
      fc.constantFrom('KUANTITAS', 'BIAYA', 'WAKTU'),
      fc.integer({ min: 1, max: 200 }),
      // nothing spent (0) gives the unbounded ratio of the less-is-better aspects
      fc.oneof(fc.constant(0), fc.nat(300)),
    )
    .map(([aspect, target, realisation]) => {
      const s = suggestRhkRating(
        { aspect, target: { kind: 'QUANTITATIVE', value: target, unit: 'dokumen' } } as never,
        realisation,
        DEFAULT_POLICY,
      );
      return s.ok ? s.value.checks : [];
    }),
);

const predikatChecks = fc.oneof(
  fc
    .tuple(fc.constantFrom(...RATINGS), fc.constantFrom(...RATINGS))
    .map(([results, behaviour]) => decidePredikat(results, behaviour).checks),
  fc.constantFrom(...ORG_PREDIKATS).map((orgPredikat) => unitLeaderResultsRating(orgPredikat).checks),
  fc
    .tuple(
      year,
      fc.constantFrom('MONTHLY' as const, 'QUARTERLY' as const, 'SEMESTER' as const),
      fc.array(fc.tuple(fc.nat(11), fc.constantFrom(...PREDIKATS)), { minLength: 1, maxLength: 4 }),
    )
    .map(([y, periodicity, picks]) => {
      const periods = periodsOfYear(y, { periodicity });
      const periodic = [...new Map(picks.map(([i, predikat]) => [i % periods.length, predikat]))].flatMap(
        ([i, predikat]) => {
          const period = periods[i];
          return period ? [{ period, predikat }] : [];
        },
      );
      const s = suggestAnnualPredikat(y, periodic);
      return s.ok ? s.value.checks : [];
    }),
);

const skpChecks = fc
  .tuple(
    fc.array(fc.record({ jenis: fc.constantFrom('UTAMA', 'TAMBAHAN'), n: fc.nat(2) }), { maxLength: 3 }),
    fc.nat(7),
  )
  .map(([rhk, values]) => {
    const skp = {
      rhk: rhk.map((r, i) => ({ id: `rhk-${i}`, jenis: r.jenis, ikis: Array.from({ length: r.n }, () => ({})) })),
      behaviour: BERAKHLAK_VALUES.slice(0, values).map((value) => ({ value })),
    };
    return checkSkpComplete(skp as never).checks;
  });

const workflowChecks = fc.oneof(
  fc
    .record({
      state: fc.constantFrom(...SKP_STATES),
      type: fc.constantFrom(...SKP_ACTION_TYPES),
      predikat: fc.constantFrom(...PREDIKATS),
      actor: fc.constantFrom('e1', 'e2', 'e3'),
    })
    .map(({ state, type, predikat, actor }) => {
      const action =
        type === 'RETURN'
          ? { type, note: 'lengkapi IKI' }
          : type === 'EVALUATE'
            ? { type, annualPredikat: predikat }
            : { type };
      const t = transitionSkp({ state, employeeId: 'e1', evaluatorId: 'e2', finaliserId: 'e3' }, action, {
        id: actor,
      });
      return t.ok ? t.value.checks : [];
    }),
  fc
    .record({
      employeeId: person,
      headId: fc.option(person, { nil: null }),
      parentHeadId: fc.option(person, { nil: null }),
    })
    .map(({ employeeId, headId, parentHeadId }) => {
      const choice = evaluatorOf({ employeeId, unit: { headId, parentHeadId } });
      return choice.ok ? choice.value.checks : [];
    }),
);

const recommendationChecks = fc
  .tuple(
    fc.option(fc.constantFrom(...PREDIKATS), { nil: null }),
    fc.option(fc.constantFrom(...PREDIKATS), { nil: null }),
    fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
    fc.nat(30),
    fc.option(
      fc.record({ startedOn: isoDay, latestPredikat: fc.option(fc.constantFrom(...PREDIKATS), { nil: null }) }),
      { nil: null },
    ),
  )
  .map(([annualPredikat, previous, box, jp, coaching]) => {
    const status = trainingStatus({
      year: 2024,
      employment: 'PNS',
      enrolments: [{ status: 'COMPLETED', jpCredited: null, programJp: jp, sessionStart: date('2024-02-01') }],
      policy: DEFAULT_POLICY,
    });
    return recommend({
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
    }).flatMap((r) => r.reasons);
  });

/** Every decision that gives checks, by the rules it speaks for. */
export const CHECK_GROUPS: readonly CheckGroup[] = [
  { name: 'MERIT-2 rank promotion, with DISC-2', checks: rankPromotionChecks },
  { name: 'MERIT-6 vacancy candidates, with MERIT-3, MERIT-4, MERIT-5 and DISC-2', checks: vacancyChecks },
  { name: 'MERIT-3 competency against a standard', checks: competencyStandardChecks },
  { name: 'MERIT-4 talent box', checks: talentBoxChecks },
  { name: 'DEV-1 training status of a PNS and a PPPK', checks: trainingChecks },
  { name: 'DEV-3 enrolment and its status changes', checks: enrolmentChecks },
  { name: 'EVAL-10 distribution and DASH-1 indicators', checks: distributionAndDashboardChecks },
  { name: 'EVAL-5 and EVAL-6 rating suggestions', checks: ratingChecks },
  { name: 'EVAL-2 predikat, EVAL-7 unit leader and EVAL-8 annual predikat', checks: predikatChecks },
  { name: 'EVAL-3 and EVAL-4 a complete SKP', checks: skpChecks },
  { name: 'EVAL-9 SKP workflow and evaluator', checks: workflowChecks },
  { name: 'REC-1..5 recommendations', checks: recommendationChecks },
];
