import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './create-db.js';
import { insertSql, loadFixture, VALID_ROW } from './testing/fixture.js';
import { openTestDb, testDrivers } from './testing/test-db.js';

/** A bad row for a table: the table's valid row with some fields changed. */
type Case = { readonly table: string; readonly row: Readonly<Record<string, unknown>> } | { readonly sql: string };

const bad = (table: string, changes: Readonly<Record<string, unknown>>): Case => ({
  table,
  row: { ...VALID_ROW[table], ...changes },
});

/** Every named constraint and a row (or statement) that breaks it and nothing else. */
const CASES: Readonly<Record<string, Case>> = {
  instansi_pkey: bad('instansi', { id: 1 }),
  instansi_code_key: bad('instansi', { code: 'PEMKOT' }),
  instansi_code_check: bad('instansi', { code: 'bkn pusat' }),
  instansi_name_check: bad('instansi', { name: '  ' }),
  instansi_kind_check: bad('instansi', { kind: 'PROVINSI' }),

  unit_pkey: bad('unit', { id: 2 }),
  unit_instansi_id_fkey: bad('unit', { instansi_id: 99, parent_id: null }),
  unit_instansi_id_code_key: bad('unit', { code: 'U1' }),
  unit_parent_id_fkey: bad('unit', { parent_id: 99 }),
  unit_parent_not_self_check: bad('unit', { parent_id: 100 }),
  unit_code_check: bad('unit', { code: '' }),
  unit_name_check: bad('unit', { name: ' ' }),
  unit_kind_check: bad('unit', { kind: 'seksi' }),
  unit_head_id_fkey: bad('unit', { head_id: 99 }),
  unit_parent_cycle_check: { sql: 'update unit set parent_id = 2 where id = 1' },

  unit_closure_pkey: bad('unit_closure', { ancestor_id: 1, descendant_id: 1 }),
  unit_closure_ancestor_id_fkey: bad('unit_closure', { ancestor_id: 99 }),
  unit_closure_descendant_id_fkey: bad('unit_closure', { descendant_id: 99 }),
  unit_closure_depth_check: bad('unit_closure', { depth: -1 }),

  policy_version_pkey: bad('policy_version', { id: 1 }),
  policy_version_instansi_id_fkey: bad('policy_version', { instansi_id: 99 }),
  policy_version_instansi_id_effective_from_key: bad('policy_version', { effective_from: '2020-01-01' }),
  policy_version_policy_check: bad('policy_version', { policy: [] }),

  employee_pkey: bad('employee', { id: 1 }),
  employee_instansi_id_fkey: bad('employee', { instansi_id: 99 }),
  employee_unit_id_fkey: bad('employee', { unit_id: 99 }),
  employee_nip_key: bad('employee', { nip: '199001152015031002' }),
  employee_nip_check: bad('employee', { nip: '19900115201503200A' }),
  employee_name_check: bad('employee', { name: '' }),
  employee_gender_check: bad('employee', { gender: 'L' }),
  employee_employment_check: bad('employee', { employment: 'HONORER' }),
  employee_education_check: bad('employee', { education: 'S1' }),
  employee_service_start_check: bad('employee', { service_start: '1989-12-01' }),
  employee_competency_area_check: bad('employee', { competency_area: ' ' }),
  employee_current_pangkat_check: bad('employee', { current_pangkat: 'V_A', pangkat_since: '2020-01-01' }),
  employee_pangkat_since_check: bad('employee', { current_pangkat: 'III_A' }),
  employee_current_jabatan_check: bad('employee', {
    current_jabatan_level: 'PELAKSANA',
    current_jabatan_kind: 'STRUKTURAL',
  }),
  employee_current_jabatan_pair_check: bad('employee', { current_jabatan_level: 'PELAKSANA' }),
  employee_latest_predikat_check: bad('employee', { latest_predikat: 'CUKUP', latest_predikat_year: 2025 }),
  employee_latest_predikat_year_check: bad('employee', { latest_predikat: 'BAIK' }),
  employee_rank_promotion_due_on_check: bad('employee', { rank_promotion_due_on: '2027-01-15' }),

  pangkat_history_pkey: bad('pangkat_history', { id: 1 }),
  pangkat_history_employee_id_fkey: bad('pangkat_history', { employee_id: 99 }),
  pangkat_history_employee_id_tmt_from_key: bad('pangkat_history', { tmt_from: '2015-03-01' }),
  pangkat_history_pangkat_check: bad('pangkat_history', { pangkat: 'III/b' }),
  pangkat_history_tmt_check: bad('pangkat_history', { tmt_to: '2019-04-01' }),

  jabatan_history_pkey: bad('jabatan_history', { id: 1 }),
  jabatan_history_employee_id_fkey: bad('jabatan_history', { employee_id: 99 }),
  jabatan_history_unit_id_fkey: bad('jabatan_history', { unit_id: 99 }),
  jabatan_history_employee_id_tmt_from_key: bad('jabatan_history', { tmt_from: '2015-03-01' }),
  jabatan_history_kind_check: bad('jabatan_history', { kind: 'MANAJERIAL' }),
  jabatan_history_kind_level_check: bad('jabatan_history', { level: 'AHLI_MUDA', kind: 'STRUKTURAL' }),
  jabatan_history_title_check: bad('jabatan_history', { title: '' }),
  jabatan_history_tmt_check: bad('jabatan_history', { tmt_to: '2020-12-31' }),

  unit_org_predikat_pkey: bad('unit_org_predikat', { id: 1 }),
  unit_org_predikat_unit_id_fkey: bad('unit_org_predikat', { unit_id: 99 }),
  unit_org_predikat_set_by_id_fkey: bad('unit_org_predikat', { set_by_id: 99 }),
  unit_org_predikat_unit_id_year_key: bad('unit_org_predikat', { year: 2025 }),
  unit_org_predikat_year_check: bad('unit_org_predikat', { year: 1999 }),
  unit_org_predikat_predikat_check: bad('unit_org_predikat', { predikat: 'SANGAT_BAIK' }),

  competency_standard_pkey: bad('competency_standard', { id: 1 }),
  competency_standard_instansi_id_fkey: bad('competency_standard', { instansi_id: 99 }),
  competency_standard_instansi_id_level_area_key: bad('competency_standard', { jabatan_level: 'ADMINISTRATOR' }),
  competency_standard_jabatan_level_check: bad('competency_standard', { jabatan_level: 'KEPALA' }),
  competency_standard_min_score_check: bad('competency_standard', { min_score: 100.5 }),

  assessment_pkey: bad('assessment', { id: 1 }),
  assessment_employee_id_fkey: bad('assessment', { employee_id: 99 }),
  assessment_competency_standard_id_fkey: bad('assessment', { competency_standard_id: 99 }),
  assessment_kind_check: bad('assessment', {
    kind: 'PSIKOTES',
    competency_standard_id: null,
    competency_meets_standard: null,
  }),
  assessment_score_check: bad('assessment', { score: -1 }),
  assessment_competency_check: bad('assessment', { kind: 'POTENSI' }),
  assessment_employee_id_kind_assessed_on_key: bad('assessment', {
    kind: 'POTENSI',
    assessed_on: '2025-05-01',
    competency_standard_id: null,
    competency_meets_standard: null,
  }),

  sanction_pkey: bad('sanction', { id: 1 }),
  sanction_employee_id_fkey: bad('sanction', { employee_id: 99 }),
  sanction_level_check: bad('sanction', { level: 'SANGAT_BERAT' }),
  sanction_type_check: bad('sanction', { type: 'SKORSING' }),
  sanction_type_level_check: bad('sanction', { level: 'RINGAN' }),
  sanction_months_check: bad('sanction', { months: 0 }),
  sanction_decided_by_check: bad('sanction', { decided_by: ' ' }),
  sanction_employee_id_type_start_date_key: bad('sanction', {
    id: 101,
    type: 'TEGURAN_LISAN',
    level: 'RINGAN',
    start_date: '2024-02-01',
    months: null,
  }),

  app_user_pkey: bad('app_user', { id: 1 }),
  app_user_username_key: bad('app_user', { username: 'pegawai' }),
  app_user_employee_id_key: bad('app_user', { employee_id: 2 }),
  app_user_employee_id_fkey: bad('app_user', { employee_id: 99 }),
  app_user_instansi_id_fkey: bad('app_user', { instansi_id: 99 }),
  app_user_username_check: bad('app_user', { username: 'Admin Kota' }),
  app_user_display_name_check: bad('app_user', { display_name: '' }),
  app_user_password_hash_check: bad('app_user', { password_hash: '' }),
  app_user_failed_logins_check: bad('app_user', { failed_logins: -1 }),

  user_role_pkey: bad('user_role', { id: 1 }),
  user_role_user_id_fkey: bad('user_role', { user_id: 99 }),
  user_role_unit_id_fkey: bad('user_role', { unit_id: 99 }),
  user_role_user_id_role_unit_id_key: bad('user_role', { role: 'EMPLOYEE', unit_id: null }),
  user_role_role_check: bad('user_role', { role: 'SUPERUSER', unit_id: null }),
  user_role_unit_check: bad('user_role', { role: 'EVALUATOR', unit_id: null }),

  audit_log_pkey: { sql: 'insert into audit_log overriding system value select * from audit_log limit 1' },
  audit_log_actor_id_fkey: bad('audit_log', { actor_id: 99 }),
  audit_log_entity_check: bad('audit_log', { entity: 'Skp' }),
  audit_log_actor_check: bad('audit_log', { actor: '' }),
  audit_log_append_only: { sql: "update audit_log set reason = 'tidy up'" },

  user_session_pkey: bad('user_session', { id: '00000000-0000-4000-8000-000000000001' }),
  user_session_user_id_fkey: bad('user_session', { user_id: 99 }),
  user_session_client_check: bad('user_session', { client: 'API_KEY' }),
  user_session_expires_at_check: bad('user_session', { expires_at: '2026-11-28T07:00:00Z' }),

  access_log_pkey: { sql: 'insert into access_log overriding system value select * from access_log limit 1' },
  access_log_user_id_fkey: bad('access_log', { user_id: 99 }),
  access_log_row_count_check: bad('access_log', { row_count: -1 }),

  saved_query_pkey: bad('saved_query', { id: 1 }),
  saved_query_owner_id_fkey: bad('saved_query', { owner_id: 99 }),
  saved_query_instansi_id_fkey: bad('saved_query', { instansi_id: 99 }),
  saved_query_owner_id_name_key: bad('saved_query', { name: 'Predikat per unit' }),
  saved_query_name_check: bad('saved_query', { name: ' ' }),
  saved_query_query_check: bad('saved_query', { query: '' }),
  saved_query_variables_check: bad('saved_query', { variables: [] }),

  skp_pkey: bad('skp', { id: 1 }),
  skp_employee_id_fkey: bad('skp', { employee_id: 99 }),
  skp_unit_id_fkey: bad('skp', { unit_id: 99 }),
  skp_evaluator_id_fkey: bad('skp', { evaluator_id: 99 }),
  skp_evaluator_superior_id_fkey: bad('skp', { evaluator_superior_id: 99 }),
  skp_employee_id_year_key: bad('skp', { year: 2025 }),
  skp_year_check: bad('skp', { year: 2101 }),
  skp_evaluator_not_self_check: bad('skp', { evaluator_id: 2 }),
  skp_evaluator_superior_not_self_check: bad('skp', { evaluator_superior_id: 2 }),
  skp_evaluator_superior_not_evaluator_check: bad('skp', { evaluator_superior_id: 1 }),
  skp_state_check: bad('skp', { state: 'REJECTED' }),
  skp_results_rating_suggested_check: bad('skp', { results_rating_suggested: 'BAIK' }),
  skp_results_rating_final_check: bad('skp', { results_rating_final: 'BAIK' }),
  skp_results_override_reason_check: bad('skp', {
    results_rating_suggested: 'SESUAI',
    results_rating_final: 'DI_ATAS',
  }),
  skp_behaviour_rating_suggested_check: bad('skp', { behaviour_rating_suggested: 'TINGGI' }),
  skp_behaviour_rating_final_check: bad('skp', { behaviour_rating_final: 'TINGGI' }),
  skp_behaviour_override_reason_check: bad('skp', {
    behaviour_rating_suggested: 'SESUAI',
    behaviour_rating_final: 'DI_BAWAH',
    behaviour_rating_override_reason: ' ',
  }),
  skp_annual_predikat_suggested_check: bad('skp', { annual_predikat_suggested: 'ISTIMEWA' }),
  skp_annual_predikat_check: bad('skp', { state: 'EVALUATED', annual_predikat: 'ISTIMEWA' }),
  skp_annual_predikat_state_check: bad('skp', { state: 'EVALUATED' }),
  skp_finalised_at_check: bad('skp', { state: 'FINAL', annual_predikat: 'BAIK' }),

  skp_rhk_pkey: bad('skp_rhk', { id: 1, parent_rhk_id: null }),
  skp_rhk_skp_id_fkey: bad('skp_rhk', { skp_id: 99 }),
  skp_rhk_parent_rhk_id_fkey: bad('skp_rhk', { parent_rhk_id: 99 }),
  skp_rhk_jenis_check: bad('skp_rhk', { jenis: 'POKOK' }),
  skp_rhk_description_check: bad('skp_rhk', { description: '' }),
  skp_rhk_parent_not_self_check: bad('skp_rhk', { parent_rhk_id: 100 }),
  skp_rhk_rating_suggested_check: bad('skp_rhk', { rating_suggested: 'A' }),
  skp_rhk_rating_check: bad('skp_rhk', { rating: 'A' }),

  skp_iki_pkey: bad('skp_iki', { id: 1 }),
  skp_iki_rhk_id_fkey: bad('skp_iki', { rhk_id: 99 }),
  skp_iki_aspect_check: bad('skp_iki', { aspect: 'KECEPATAN' }),
  skp_iki_indicator_check: bad('skp_iki', { indicator: ' ' }),
  skp_iki_target_value_check: bad('skp_iki', { target_value: 0, target_unit: 'dokumen', target_text: null }),
  skp_iki_target_check: bad('skp_iki', { target_value: 5 }),

  skp_realisation_pkey: bad('skp_realisation', { id: 1 }),
  skp_realisation_iki_id_fkey: bad('skp_realisation', { iki_id: 99 }),
  skp_realisation_iki_id_period_key: bad('skp_realisation', { period: 1 }),
  skp_realisation_period_check: bad('skp_realisation', { period: 13 }),
  skp_realisation_value_check: bad('skp_realisation', { value: -0.5 }),

  skp_behaviour_pkey: bad('skp_behaviour', { id: 1 }),
  skp_behaviour_skp_id_fkey: bad('skp_behaviour', { skp_id: 99 }),
  skp_behaviour_skp_id_value_key: bad('skp_behaviour', { value: 'AKUNTABEL' }),
  skp_behaviour_value_check: bad('skp_behaviour', { value: 'JUJUR' }),
  skp_behaviour_expectation_check: bad('skp_behaviour', { expectation: '' }),
  skp_behaviour_rating_check: bad('skp_behaviour', { rating: 'BAIK' }),

  skp_period_evaluation_pkey: bad('skp_period_evaluation', { id: 1 }),
  skp_period_evaluation_skp_id_fkey: bad('skp_period_evaluation', { skp_id: 99 }),
  skp_period_evaluation_skp_id_period_key: bad('skp_period_evaluation', { period: 1 }),
  skp_period_evaluation_periodicity_check: bad('skp_period_evaluation', { periodicity: 'YEARLY' }),
  skp_period_evaluation_period_check: bad('skp_period_evaluation', { period: 5 }),
  skp_period_evaluation_results_rating_check: bad('skp_period_evaluation', { results_rating: 'BAIK' }),
  skp_period_evaluation_behaviour_rating_check: bad('skp_period_evaluation', { behaviour_rating: 'BAIK' }),
  skp_period_evaluation_predikat_check: bad('skp_period_evaluation', { predikat: 'DI_ATAS' }),

  distribution_decision_pkey: bad('distribution_decision', { id: 1 }),
  distribution_decision_unit_id_fkey: bad('distribution_decision', { unit_id: 99 }),
  distribution_decision_policy_version_id_fkey: bad('distribution_decision', { policy_version_id: 99 }),
  distribution_decision_decided_by_id_fkey: bad('distribution_decision', { decided_by_id: 99 }),
  distribution_decision_year_check: bad('distribution_decision', { year: 1990 }),
  distribution_decision_org_predikat_check: bad('distribution_decision', { org_predikat: 'SANGAT_BAIK' }),
  distribution_decision_outcome_check: bad('distribution_decision', { outcome: 'PASS' }),
  distribution_decision_rated_count_check: bad('distribution_decision', { rated_count: -1 }),
  distribution_decision_violations_check: bad('distribution_decision', { violations: {} }),

  training_program_pkey: bad('training_program', { id: 1 }),
  training_program_instansi_id_fkey: bad('training_program', { instansi_id: 99 }),
  training_program_instansi_id_code_key: bad('training_program', { code: 'P1' }),
  training_program_name_check: bad('training_program', { name: '' }),
  training_program_kind_check: bad('training_program', { kind: 'IT' }),
  training_program_jp_check: bad('training_program', { jp: 0 }),
  training_program_provider_check: bad('training_program', { provider: ' ' }),

  training_session_pkey: bad('training_session', { id: 1 }),
  training_session_program_id_fkey: bad('training_session', { program_id: 99 }),
  training_session_end_date_check: bad('training_session', { end_date: '2025-03-31' }),
  training_session_place_or_link_check: bad('training_session', { link: null }),
  training_session_capacity_check: bad('training_session', { capacity: 0 }),
  training_session_cancel_reason_check: bad('training_session', { cancelled_at: '2025-01-01T00:00:00Z' }),

  enrolment_pkey: bad('enrolment', { id: 1 }),
  enrolment_session_id_fkey: bad('enrolment', { session_id: 99 }),
  enrolment_employee_id_fkey: bad('enrolment', { employee_id: 99 }),
  enrolment_session_id_employee_id_key: bad('enrolment', { employee_id: 2 }),
  enrolment_status_check: bad('enrolment', { status: 'PASSED', jp_credited: null, completed_on: null }),
  enrolment_waitlist_position_check: bad('enrolment', {
    status: 'WAITLISTED',
    jp_credited: null,
    completed_on: null,
    score: null,
  }),
  enrolment_jp_credited_check: bad('enrolment', { status: 'ATTENDED', completed_on: null }),
  enrolment_completed_on_check: bad('enrolment', { status: 'FAILED', jp_credited: null }),
  enrolment_score_check: bad('enrolment', { score: 101 }),

  recommendation_pkey: bad('recommendation', { id: 1 }),
  recommendation_employee_id_fkey: bad('recommendation', { employee_id: 99 }),
  recommendation_trigger_key_key: bad('recommendation', { trigger_key: 'k1' }),
  recommendation_kind_check: bad('recommendation', { kind: 'REC_6_PROMOTION' }),
  recommendation_year_check: bad('recommendation', { year: 3000 }),
  recommendation_reasons_check: bad('recommendation', { reasons: [] }),
  recommendation_actions_check: bad('recommendation', { actions: '"pembinaan"' }),
  recommendation_status_check: bad('recommendation', { status: 'CLOSED' }),

  recommendation_status_history_pkey: bad('recommendation_status_history', { id: 1 }),
  recommendation_status_history_recommendation_id_fkey: bad('recommendation_status_history', {
    recommendation_id: 99,
  }),
  recommendation_status_history_changed_by_id_fkey: bad('recommendation_status_history', { changed_by_id: 99 }),
  recommendation_status_history_from_status_check: bad('recommendation_status_history', { from_status: 'NEW' }),
  recommendation_status_history_to_status_check: bad('recommendation_status_history', { to_status: 'NEW' }),

  employee_year_fact_pkey: bad('employee_year_fact', { year: 2025 }),
  employee_year_fact_employee_id_fkey: bad('employee_year_fact', { employee_id: 99 }),
  employee_year_fact_instansi_id_fkey: bad('employee_year_fact', { instansi_id: 99 }),
  employee_year_fact_unit_id_fkey: bad('employee_year_fact', { unit_id: 99 }),
  employee_year_fact_policy_version_id_fkey: bad('employee_year_fact', { policy_version_id: 99 }),
  employee_year_fact_year_check: bad('employee_year_fact', { year: 1999 }),
  employee_year_fact_employment_check: bad('employee_year_fact', { employment: 'HONORER' }),
  employee_year_fact_gender_check: bad('employee_year_fact', { gender: 'P' }),
  employee_year_fact_education_check: bad('employee_year_fact', { education: 'S4' }),
  employee_year_fact_pangkat_check: bad('employee_year_fact', { pangkat: 'V_A' }),
  employee_year_fact_jabatan_level_check: bad('employee_year_fact', { jabatan_level: 'KEPALA' }),
  employee_year_fact_jabatan_kind_check: bad('employee_year_fact', { jabatan_kind: 'MANAJERIAL' }),
  employee_year_fact_annual_predikat_check: bad('employee_year_fact', { annual_predikat: 'ISTIMEWA' }),
  employee_year_fact_jp_check: bad('employee_year_fact', { jp_shortfall: -4 }),
  employee_year_fact_kinerja_level_check: bad('employee_year_fact', { kinerja_level: 'TINGGI' }),
  employee_year_fact_potensi_level_check: bad('employee_year_fact', { potensi_level: 'DI_ATAS' }),
  employee_year_fact_talent_box_check: bad('employee_year_fact', { talent_box: 10 }),

  vacancy_pkey: bad('vacancy', { id: 1 }),
  vacancy_instansi_id_fkey: bad('vacancy', { instansi_id: 99 }),
  vacancy_unit_id_fkey: bad('vacancy', { unit_id: 99 }),
  vacancy_opened_by_id_fkey: bad('vacancy', { opened_by_id: 99 }),
  vacancy_selected_employee_id_fkey: bad('vacancy', { selected_employee_id: 99 }),
  vacancy_decided_by_id_fkey: bad('vacancy', { decided_by_id: 99 }),
  vacancy_target_check: bad('vacancy', { target: 'JPT_MADYA' }),
  vacancy_title_check: bad('vacancy', { title: ' ' }),
  vacancy_status_check: bad('vacancy', {
    status: 'CANCELLED',
    selected_employee_id: null,
    selection_checks: null,
    decided_at: null,
  }),
  vacancy_selection_check: bad('vacancy', { status: 'CLOSED' }),
  vacancy_decision_note_check: bad('vacancy', { decision_note: ' ' }),
  vacancy_closed_on_check: bad('vacancy', { closed_on: '2025-12-31' }),

  skp_annual_predikat_override_reason_check: bad('skp', {
    state: 'EVALUATED',
    annual_predikat_suggested: 'BAIK',
    annual_predikat: 'SANGAT_BAIK',
    annual_predikat_override_reason: ' ',
  }),
};

/** Rules kept by triggers that raise errors with a constraint name (they are not in pg_constraint). */
const RAISED_BY_TRIGGERS = ['audit_log_append_only', 'unit_parent_cycle_check'];

/** Constraints that no row can break on its own, and why. */
const IMPLIED: Readonly<Record<string, string>> = {
  unit_id_instansi_id_key:
    'the target of the same-instansi foreign keys; unit_pkey already makes (id, instansi_id) unique',
  employee_current_jabatan_level_check:
    'a level outside the list also fails employee_current_jabatan_check, which PostgreSQL checks first (by name)',
  employee_current_jabatan_kind_check:
    'a kind outside the list also fails employee_current_jabatan_check, which PostgreSQL checks first (by name)',
  jabatan_history_level_check:
    'a level outside the list also fails jabatan_history_kind_level_check, which PostgreSQL checks first (by name)',
};

const statementOf = (c: Case) => ('sql' in c ? c.sql : insertSql(c.table, c.row));

/** Runs the statement in a transaction that is always rolled back; returns the error it raised, if any. */
const attempt = async (
  db: Kysely<unknown>,
  statement: string,
): Promise<{ constraint?: string; message: string } | null> => {
  const rollback = new Error('rollback');
  try {
    await db.transaction().execute(async (trx) => {
      await sql.raw(statement).execute(trx);
      throw rollback;
    });
    return null;
  } catch (error) {
    if (error === rollback) return null;
    const e = error as { constraint?: string; message: string };
    return { message: e.message, ...(e.constraint ? { constraint: e.constraint } : {}) };
  }
};

describe.each(testDrivers())('constraints on %s', (driver) => {
  let opened: Db;
  let db: Kysely<unknown>;
  beforeAll(async () => {
    opened = await openTestDb(driver);
    db = opened.db as unknown as Kysely<unknown>;
    await loadFixture(db);
  });
  afterAll(() => opened.close());

  it('has a case for every named constraint of the schema', async () => {
    const { rows } = await sql<{ conname: string }>`
      select conname from pg_constraint
      where connamespace = 'public'::regnamespace and conrelid::regclass::text not like 'kysely%' and contype <> 'n'
      order by conname`.execute(db);
    const covered = [...Object.keys(CASES), ...Object.keys(IMPLIED)].sort();
    expect(covered).toEqual([...rows.map((r) => r.conname), ...RAISED_BY_TRIGGERS].sort());
  });

  it('accepts every valid row the cases start from', async () => {
    for (const [table, row] of Object.entries(VALID_ROW)) {
      expect({ table, error: await attempt(db, insertSql(table, row)) }).toEqual({ table, error: null });
    }
  });

  it('refuses null in every NOT NULL column, naming the column', async () => {
    const { rows } = await sql<{ table: string; column: string }>`
      select table_name as table, column_name as column from information_schema.columns
      where table_schema = 'public' and is_nullable = 'NO' and table_name not like 'kysely%'
        and coalesce(identity_generation, '') <> 'ALWAYS'
      order by table_name, ordinal_position`.execute(db);
    expect(rows.length).toBeGreaterThan(150);
    for (const { table, column } of rows) {
      const row = VALID_ROW[table];
      expect(row, `a valid row for ${table}`).toBeDefined();
      const error = await attempt(db, insertSql(table, { ...row, [column]: null }));
      expect({ table, column, message: error?.message }).toEqual({
        table,
        column,
        message: expect.stringContaining(`null value in column "${column}"`),
      });
    }
  });

  it.each(Object.entries(CASES))('%s refuses its bad row, naming itself', async (name, c) => {
    const error = await attempt(db, statementOf(c));
    expect(error?.constraint).toBe(name);
    expect(error?.message).toMatch(/violates|refused|cannot/);
  });
});
