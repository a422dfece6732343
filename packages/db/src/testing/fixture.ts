import { type Kysely, sql } from 'kysely';

/** A value as it goes into SQL text: strings quoted, objects as JSON, null as null. */
const literal = (value: unknown): string => {
  if (value === null) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `'${text.replaceAll("'", "''")}'`;
};

/** `insert into table (...) values (...)` for one row. */
export const insertSql = (table: string, row: Readonly<Record<string, unknown>>): string => {
  const columns = Object.keys(row);
  return `insert into ${table} (${columns.join(', ')}) values (${columns.map((c) => literal(row[c])).join(', ')})`;
};

/** The smallest world every table can refer to: one instansi, two units, two employees, one of everything. */
export const FIXTURE: readonly (readonly [string, Readonly<Record<string, unknown>>])[] = [
  ['instansi', { id: 1, code: 'PEMKOT', name: 'Pemerintah Kota', kind: 'DAERAH' }],
  ['unit', { id: 1, instansi_id: 1, parent_id: null, code: 'U1', name: 'Dinas', kind: 'DINAS' }],
  ['unit', { id: 2, instansi_id: 1, parent_id: 1, code: 'U2', name: 'Bidang', kind: 'BIDANG' }],
  ['policy_version', { id: 1, instansi_id: 1, effective_from: '2020-01-01', policy: {} }],
  [
    'employee',
    {
      id: 1,
      instansi_id: 1,
      unit_id: 1,
      nip: '198002292005011001',
      name: 'Kepala Dinas',
      gender: 'MALE',
      birth_date: '1980-02-29',
      employment: 'PNS',
      education: 'S2',
      service_start: '2005-01-01',
      competency_area: 'MANAJEMEN',
    },
  ],
  [
    'employee',
    {
      id: 2,
      instansi_id: 1,
      unit_id: 2,
      nip: '199001152015031002',
      name: 'Pegawai',
      gender: 'MALE',
      birth_date: '1990-01-15',
      employment: 'PNS',
      education: 'S1_D4',
      service_start: '2015-03-01',
      competency_area: 'ADMINISTRASI',
    },
  ],
  ['pangkat_history', { id: 1, employee_id: 2, pangkat: 'III_A', tmt_from: '2015-03-01', tmt_to: '2019-04-01' }],
  [
    'jabatan_history',
    {
      id: 1,
      employee_id: 2,
      level: 'PELAKSANA',
      kind: 'PELAKSANA',
      title: 'Pengadministrasi',
      unit_id: 2,
      tmt_from: '2015-03-01',
    },
  ],
  ['unit_org_predikat', { id: 1, unit_id: 2, year: 2025, predikat: 'BAIK', set_by_id: 1 }],
  [
    'competency_standard',
    { id: 1, instansi_id: 1, jabatan_level: 'ADMINISTRATOR', competency_area: 'ADMINISTRASI', min_score: 70 },
  ],
  ['assessment', { id: 1, employee_id: 2, kind: 'POTENSI', score: 81.5, assessed_on: '2025-05-01' }],
  [
    'sanction',
    {
      id: 1,
      employee_id: 2,
      level: 'RINGAN',
      type: 'TEGURAN_LISAN',
      start_date: '2024-02-01',
      decided_by: 'Kepala Dinas',
    },
  ],
  [
    'app_user',
    { id: 1, username: 'pegawai', employee_id: 2, instansi_id: 1, display_name: 'Pegawai', password_hash: 'x' },
  ],
  ['user_role', { id: 1, user_id: 1, role: 'EMPLOYEE', unit_id: null }],
  ['skp', { id: 1, employee_id: 2, year: 2025, unit_id: 2, evaluator_id: 1 }],
  ['skp_rhk', { id: 1, skp_id: 1, jenis: 'UTAMA', description: 'Menyusun laporan' }],
  [
    'skp_iki',
    { id: 1, rhk_id: 1, aspect: 'KUANTITAS', indicator: 'Laporan', target_value: 12, target_unit: 'laporan' },
  ],
  ['skp_realisation', { id: 1, iki_id: 1, period: 1, value: 3, evidence_links: '{https://example.org/a}' }],
  ['skp_behaviour', { id: 1, skp_id: 1, value: 'AKUNTABEL', expectation: 'Tepat waktu' }],
  [
    'skp_period_evaluation',
    {
      id: 1,
      skp_id: 1,
      periodicity: 'QUARTERLY',
      period: 1,
      results_rating: 'SESUAI',
      behaviour_rating: 'SESUAI',
      predikat: 'BAIK',
    },
  ],
  [
    'distribution_decision',
    { id: 1, unit_id: 2, year: 2025, org_predikat: 'BAIK', outcome: 'OK', rated_count: 1, counts: {} },
  ],
  [
    'training_program',
    {
      id: 1,
      instansi_id: 1,
      code: 'P1',
      name: 'Bimtek',
      kind: 'TECHNICAL',
      competency_area: 'TI',
      jp: 20,
      provider: 'BPSDM',
    },
  ],
  [
    'training_session',
    { id: 1, program_id: 1, start_date: '2025-03-01', end_date: '2025-03-03', place: 'Aula', capacity: 2 },
  ],
  ['enrolment', { id: 1, session_id: 1, employee_id: 2 }],
  [
    'recommendation',
    {
      id: 1,
      employee_id: 2,
      kind: 'REC_2_TRAINING_GAP',
      year: 2025,
      trigger_key: 'k1',
      reasons: [{ rule: 'REC-2' }],
      actions: [],
    },
  ],
  ['recommendation_status_history', { id: 1, recommendation_id: 1, from_status: null, to_status: 'OPEN' }],
  ['audit_log', { actor: 'system', entity: 'skp', entity_id: 1, field: 'state', old: '"DRAFT"', new: '"SUBMITTED"' }],
  [
    'employee_year_fact',
    {
      employee_id: 2,
      year: 2025,
      instansi_id: 1,
      unit_id: 2,
      employment: 'PNS',
      gender: 'MALE',
      education: 'S1_D4',
      jp_done: 0,
      jp_planned: 20,
      jp_shortfall: 0,
      jp_met: false,
      succession_member: false,
      computed_at: '2025-12-31T00:00:00Z',
    },
  ],
];

/** Loads {@link FIXTURE} and makes unit 1's head employee 1. */
export const loadFixture = async (db: Kysely<unknown>): Promise<void> => {
  for (const [table, row] of FIXTURE) await sql.raw(insertSql(table, row)).execute(db);
  await sql`update unit set head_id = 1 where id = 1`.execute(db);
};

/** For each table, a row that inserts cleanly next to the fixture (the constraint tests break one field). */
export const VALID_ROW: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  instansi: { id: 100, code: 'BKN', name: 'Badan Kepegawaian Negara', kind: 'PUSAT' },
  unit: { id: 100, instansi_id: 1, parent_id: 1, code: 'U100', name: 'Seksi', kind: 'SEKSI' },
  unit_closure: { ancestor_id: 2, descendant_id: 1, depth: 5 },
  policy_version: { id: 100, instansi_id: 1, effective_from: '2026-01-01', policy: { annualJp: 20 } },
  employee: {
    id: 100,
    instansi_id: 1,
    unit_id: 2,
    nip: '199001152015032003',
    name: 'Siti',
    gender: 'FEMALE',
    birth_date: '1990-01-15',
    employment: 'PNS',
    education: 'S1_D4',
    service_start: '2015-03-01',
    competency_area: 'ADMINISTRASI',
  },
  pangkat_history: { id: 100, employee_id: 2, pangkat: 'III_B', tmt_from: '2019-04-01' },
  jabatan_history: {
    id: 100,
    employee_id: 2,
    level: 'PENGAWAS',
    kind: 'STRUKTURAL',
    title: 'Kepala Seksi',
    unit_id: 2,
    tmt_from: '2021-01-01',
  },
  unit_org_predikat: { id: 100, unit_id: 2, year: 2024, predikat: 'ISTIMEWA' },
  competency_standard: {
    id: 100,
    instansi_id: 1,
    jabatan_level: 'PENGAWAS',
    competency_area: 'ADMINISTRASI',
    min_score: 65,
  },
  assessment: {
    id: 100,
    employee_id: 2,
    kind: 'KOMPETENSI',
    score: 80,
    assessed_on: '2025-06-01',
    competency_standard_id: 1,
    competency_meets_standard: true,
  },
  sanction: {
    id: 100,
    employee_id: 2,
    level: 'SEDANG',
    type: 'POTONGAN_TUKIN_25_6_BULAN',
    start_date: '2025-01-01',
    months: 6,
    decided_by: 'Wali Kota',
  },
  app_user: { id: 100, username: 'admin', instansi_id: 1, display_name: 'Admin', password_hash: 'x' },
  user_role: { id: 100, user_id: 1, role: 'EVALUATOR', unit_id: 2 },
  audit_log: { actor: 'system', entity: 'skp', entity_id: 1, field: 'state', old: '"SUBMITTED"', new: '"APPROVED"' },
  skp: { id: 100, employee_id: 2, year: 2024, unit_id: 2, evaluator_id: 1 },
  skp_rhk: { id: 100, skp_id: 1, jenis: 'TAMBAHAN', description: 'Membantu', parent_rhk_id: 1 },
  skp_iki: { id: 100, rhk_id: 1, aspect: 'KUALITAS', indicator: 'Mutu', target_text: 'Tanpa revisi' },
  skp_realisation: { id: 100, iki_id: 1, period: 2, value: 4 },
  skp_behaviour: { id: 100, skp_id: 1, value: 'LOYAL', expectation: 'Menjaga rahasia jabatan' },
  skp_period_evaluation: {
    id: 100,
    skp_id: 1,
    periodicity: 'QUARTERLY',
    period: 2,
    results_rating: 'DI_ATAS',
    behaviour_rating: 'DI_ATAS',
    predikat: 'SANGAT_BAIK',
  },
  distribution_decision: {
    id: 100,
    unit_id: 2,
    year: 2024,
    org_predikat: 'ISTIMEWA',
    outcome: 'WARN',
    rated_count: 3,
    counts: { SANGAT_BAIK: 3 },
    violations: [{ rule: 'EVAL-10' }],
  },
  training_program: {
    id: 100,
    instansi_id: 1,
    code: 'P100',
    name: 'Kursus Python',
    kind: 'COURSE',
    competency_area: 'TI',
    jp: 10,
    provider: 'Diskominfo',
    is_it: true,
  },
  training_session: {
    id: 100,
    program_id: 1,
    start_date: '2025-04-01',
    end_date: '2025-04-01',
    link: 'https://zoom.example/1',
    capacity: 30,
  },
  enrolment: {
    id: 100,
    session_id: 1,
    employee_id: 1,
    status: 'COMPLETED',
    jp_credited: 20,
    score: 88,
    completed_on: '2025-03-03',
  },
  recommendation: {
    id: 100,
    employee_id: 2,
    kind: 'REC_3_COACHING',
    year: 2025,
    trigger_key: 'k100',
    reasons: [{ rule: 'REC-3' }],
    actions: [],
  },
  recommendation_status_history: { id: 100, recommendation_id: 1, from_status: 'OPEN', to_status: 'ACCEPTED' },
  employee_year_fact: {
    employee_id: 2,
    year: 2024,
    instansi_id: 1,
    unit_id: 2,
    employment: 'PNS',
    gender: 'MALE',
    education: 'S1_D4',
    annual_predikat: 'BAIK',
    jp_done: 24,
    jp_planned: 0,
    jp_shortfall: 0,
    jp_met: true,
    kinerja_level: 'SESUAI',
    potensi_level: 'MENENGAH',
    talent_box: 5,
    succession_member: false,
    computed_at: '2024-12-31T00:00:00Z',
  },
};
