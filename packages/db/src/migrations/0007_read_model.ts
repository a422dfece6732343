import { type Kysely, sql } from 'kysely';

/**
 * The read model analysts filter, group and aggregate on: one row of derived facts per employee and year,
 * computed by @kinerja/domain when their inputs are written (seed, workflows), never by SQL. Frozen: change the
 * schema with a new migration.
 */
const GENDERS = `'MALE', 'FEMALE'`;
const EMPLOYMENT_TYPES = `'PNS', 'PPPK'`;
const EDUCATIONS = `'SD', 'SLTP', 'SLTA', 'D1', 'D2', 'D3', 'S1_D4', 'S2', 'S3'`;
const PREDIKATS = `'SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG_MISCONDUCT', 'SANGAT_KURANG'`;
const RATINGS = `'DI_ATAS', 'SESUAI', 'DI_BAWAH'`;
const PANGKATS = `'I_A', 'I_B', 'I_C', 'I_D', 'II_A', 'II_B', 'II_C', 'II_D', 'III_A', 'III_B', 'III_C', 'III_D',
  'IV_A', 'IV_B', 'IV_C', 'IV_D', 'IV_E'`;
const JABATAN_LEVELS = `'JPT_UTAMA', 'JPT_MADYA', 'JPT_PRATAMA', 'ADMINISTRATOR', 'PENGAWAS', 'AHLI_UTAMA',
  'AHLI_MADYA', 'AHLI_MUDA', 'AHLI_PERTAMA', 'PENYELIA', 'MAHIR', 'TERAMPIL', 'PEMULA', 'PELAKSANA'`;
const JABATAN_KINDS = `'STRUKTURAL', 'FUNGSIONAL', 'PELAKSANA'`;
const POTENSI_LEVELS = `'TINGGI', 'MENENGAH', 'RENDAH'`;

const statements = [
  `create table employee_year_fact (
    employee_id integer not null constraint employee_year_fact_employee_id_fkey references employee (id) on delete cascade,
    year integer not null,
    instansi_id integer not null constraint employee_year_fact_instansi_id_fkey references instansi (id),
    unit_id integer not null constraint employee_year_fact_unit_id_fkey references unit (id),
    employment text not null,
    gender text not null,
    education text not null,
    pangkat text,
    jabatan_level text,
    jabatan_kind text,
    annual_predikat text,
    jp_done integer not null,
    jp_planned integer not null,
    jp_shortfall integer not null,
    jp_met boolean not null,
    kinerja_level text,
    potensi_level text,
    talent_box integer,
    succession_member boolean not null,
    policy_version_id integer constraint employee_year_fact_policy_version_id_fkey references policy_version (id),
    computed_at timestamptz not null,
    constraint employee_year_fact_pkey primary key (employee_id, year),
    constraint employee_year_fact_year_check check (year between 2000 and 2100),
    constraint employee_year_fact_employment_check check (employment in (${EMPLOYMENT_TYPES})),
    constraint employee_year_fact_gender_check check (gender in (${GENDERS})),
    constraint employee_year_fact_education_check check (education in (${EDUCATIONS})),
    constraint employee_year_fact_pangkat_check check (pangkat in (${PANGKATS})),
    constraint employee_year_fact_jabatan_level_check check (jabatan_level in (${JABATAN_LEVELS})),
    constraint employee_year_fact_jabatan_kind_check check (jabatan_kind in (${JABATAN_KINDS})),
    constraint employee_year_fact_annual_predikat_check check (annual_predikat in (${PREDIKATS})),
    constraint employee_year_fact_jp_check check (jp_done >= 0 and jp_planned >= 0 and jp_shortfall >= 0),
    constraint employee_year_fact_kinerja_level_check check (kinerja_level in (${RATINGS})),
    constraint employee_year_fact_potensi_level_check check (potensi_level in (${POTENSI_LEVELS})),
    constraint employee_year_fact_talent_box_check check (talent_box between 1 and 9)
  )`,
  'create index employee_year_fact_unit_id_year_idx on employee_year_fact (unit_id, year)',
  'create index employee_year_fact_year_annual_predikat_idx on employee_year_fact (year, annual_predikat)',
  'create index employee_year_fact_year_talent_box_idx on employee_year_fact (year, talent_box)',
  'create index employee_year_fact_year_jp_met_idx on employee_year_fact (year, jp_met)',
  'create index employee_year_fact_instansi_id_year_idx on employee_year_fact (instansi_id, year)',
  'create index employee_year_fact_policy_version_id_idx on employee_year_fact (policy_version_id)',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}
