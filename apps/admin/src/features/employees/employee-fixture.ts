/** An employee as the page's query answers (the mock of EmployeeDetailQuery), shared by the page's tests. */
import { TEST_VIEWER } from '../../test/viewer.js';

/** A check of a decision as the API answers it. */
export const check = (
  rule: string,
  name: string,
  ok: boolean,
  detail: string,
  params: Record<string, string> = {},
) => ({
  __typename: 'Check',
  rule,
  check: name,
  ok,
  detail,
  params: Object.entries(params).map(([n, value]) => ({ __typename: 'CheckParam', name: n, value })),
});
/** One status change of a recommendation's history. */
export const change = (from: string | null, to: string, by: string | null, at: string, note: string | null) => ({
  __typename: 'RecommendationStatusChange',
  from,
  to,
  by,
  at,
  note,
});

/** REC-2 for 2026 (16 JP short), OPEN at version 1, made by the system; `overrides` change any field. */
export const recommendation = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'Recommendation',
  id: 'R1',
  kind: 'REC_2_TRAINING_GAP',
  year: 2026,
  status: 'OPEN',
  version: 1,
  reasons: [
    check('REC-2', 'jp-planned-below-entitlement', true, '4 JP done and 0 planned in 2026: 16 JP short', {
      jpDone: '4',
      jpPlanned: '0',
      year: '2026',
      shortfall: '16',
      jpTarget: '20',
    }),
  ],
  history: [change(null, 'OPEN', null, '2026-11-01T02:00:00.000Z', 'REC-2: 16 JP short of 20 in 2026')],
  actions: [],
  ...overrides,
});

/** Sari, a PPPK teacher without pangkat, with one OPEN REC-2 recommendation. */
export const employee = {
  __typename: 'Employee',
  id: 'E1',
  nip: '2',
  name: 'Sari PPPK',
  birthDate: '1990-01-01',
  age: 36,
  employment: 'PPPK',
  education: 'S1_D4',
  serviceStart: '2022-01-01',
  currentPangkat: null,
  currentJabatanTitle: 'Guru Ahli Pertama',
  unit: { __typename: 'Unit', id: 'U1', name: 'SD Negeri 1' },
  instansi: { __typename: 'Instansi', id: TEST_VIEWER.instansi.id },
  pangkatHistory: [],
  jabatanHistory: [
    {
      __typename: 'JabatanHistory',
      level: 'AHLI_PERTAMA',
      title: 'Guru Ahli Pertama',
      from: '2022-01-01',
      to: null,
      unit: { __typename: 'Unit', id: 'U1', name: 'SD Negeri 1' },
    },
  ],
  years: {
    __typename: 'EmployeeYearConnection',
    nodes: [
      {
        __typename: 'EmployeeYear',
        year: 2025,
        annualPredikat: 'BAIK',
        jpDone: 24,
        jpPlanned: 0,
        jpMet: true,
        talentBox: null,
      },
    ],
  },
  skps: {
    __typename: 'SkpConnection',
    nodes: [{ __typename: 'Skp', id: 'S1', year: 2025, state: 'FINAL', annualPredikat: 'BAIK' }],
  },
  trainingStatus: {
    __typename: 'TrainingStatus',
    year: 2026,
    jpTarget: 20,
    jpDone: 4,
    met: false,
    checks: [
      check('DEV-1', 'jp-done-meets-entitlement', false, '4 JP done in 2026; 20 owed', {
        case: 'pppk',
        jpDone: '4',
        year: '2026',
        pppkMaxJp: '24',
        jpTarget: '20',
      }),
    ],
  },
  talentBox: {
    __typename: 'TalentBox',
    placed: false,
    box: null,
    kinerja: null,
    potensi: null,
    actions: [],
    checks: [check('MERIT-4', 'potensi-level', false, 'no potential score', { case: 'no-score' })],
  },
  recommendations: {
    __typename: 'RecommendationConnection',
    nodes: [recommendation()],
  },
  sanctions: [
    {
      __typename: 'Sanction',
      level: 'RINGAN',
      type: 'TEGURAN_TERTULIS',
      startDate: '2026-03-01',
      months: 6,
      decidedBy: 'Kepala Dinas',
    },
  ],
  auditTrail: [
    {
      __typename: 'AuditEntry',
      at: '2026-11-20T03:15:00.000Z',
      actor: 'admin',
      entity: 'enrolment',
      entityId: 41,
      field: 'status',
      old: '"ENROLLED"',
      new: '"COMPLETED"',
      reason: null,
    },
    {
      __typename: 'AuditEntry',
      at: '2026-11-02T01:00:00.000Z',
      actor: 'kadisdik',
      entity: 'skp',
      entityId: 7,
      field: 'annual_predikat',
      old: null,
      new: '"BAIK"',
      reason: 'rapat penilaian 2 November',
    },
  ],
};

/** A suggested action of a recommendation: enrol in this session of this program (REC-1, REC-2). */
export const enrolAction = (sessionId: string, programId: string, program: string, startDate: string) => ({
  __typename: 'SuggestedAction',
  type: 'ENROL_SESSION',
  session: {
    __typename: 'TrainingSession',
    id: sessionId,
    startDate,
    program: { __typename: 'TrainingProgram', id: programId, name: program },
  },
});
