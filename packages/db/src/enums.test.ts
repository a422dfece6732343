import {
  BERAKHLAK_VALUES,
  DISCIPLINE_LEVELS,
  type DistributionCheck,
  EDUCATIONS,
  EMPLOYMENT_TYPES,
  ENROLMENT_STATUSES,
  GENDERS,
  IKI_ASPECTS,
  JABATAN_KIND_OF,
  JABATAN_KINDS,
  JABATAN_LEVELS,
  MANAGERIAL_TARGETS,
  ORG_PREDIKATS,
  PANGKATS,
  POTENSI_LEVELS,
  PREDIKATS,
  policySchema,
  RATINGS,
  RECOMMENDATION_KINDS,
  RECOMMENDATION_STATUSES,
  RHK_JENIS,
  SANCTION_INFO,
  SANCTION_TYPES,
  SKP_STATES,
  TALENT_BOX_TABLE,
  TRAINING_KINDS,
} from '@kinerja/domain';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './create-db.js';
import { insertSql, loadFixture, VALID_ROW } from './testing/fixture.js';
import { openTestDb } from './testing/test-db.js';

/** EVAL-10: the outcomes of the distribution check; `satisfies` fails to compile when the domain adds or drops one. */
const DISTRIBUTION_OUTCOMES = Object.keys({ OK: true, WARN: true, BLOCK: true } satisfies Record<
  DistributionCheck['outcome'],
  true
>);
const PERIODICITIES = policySchema.shape.periodicity.unwrap().options;

/** Each CHECK list of the migrations and the domain's const array it mirrors. */
const MIRRORS: Readonly<Record<string, readonly string[]>> = {
  employee_gender_check: GENDERS,
  employee_employment_check: EMPLOYMENT_TYPES,
  employee_education_check: EDUCATIONS,
  employee_current_pangkat_check: PANGKATS,
  employee_current_jabatan_level_check: JABATAN_LEVELS,
  employee_current_jabatan_kind_check: JABATAN_KINDS,
  employee_latest_predikat_check: PREDIKATS,
  pangkat_history_pangkat_check: PANGKATS,
  jabatan_history_level_check: JABATAN_LEVELS,
  jabatan_history_kind_check: JABATAN_KINDS,
  unit_org_predikat_predikat_check: ORG_PREDIKATS,
  competency_standard_jabatan_level_check: JABATAN_LEVELS,
  sanction_level_check: DISCIPLINE_LEVELS,
  sanction_type_check: SANCTION_TYPES,
  skp_state_check: SKP_STATES,
  skp_results_rating_suggested_check: RATINGS,
  skp_results_rating_final_check: RATINGS,
  skp_behaviour_rating_suggested_check: RATINGS,
  skp_behaviour_rating_final_check: RATINGS,
  skp_annual_predikat_suggested_check: PREDIKATS,
  skp_annual_predikat_check: PREDIKATS,
  skp_rhk_jenis_check: RHK_JENIS,
  skp_rhk_rating_suggested_check: RATINGS,
  skp_rhk_rating_check: RATINGS,
  skp_iki_aspect_check: IKI_ASPECTS,
  skp_behaviour_value_check: BERAKHLAK_VALUES,
  skp_behaviour_rating_check: RATINGS,
  skp_period_evaluation_periodicity_check: PERIODICITIES,
  skp_period_evaluation_results_rating_check: RATINGS,
  skp_period_evaluation_behaviour_rating_check: RATINGS,
  skp_period_evaluation_predikat_check: PREDIKATS,
  distribution_decision_org_predikat_check: ORG_PREDIKATS,
  distribution_decision_outcome_check: DISTRIBUTION_OUTCOMES,
  training_program_kind_check: TRAINING_KINDS,
  enrolment_status_check: ENROLMENT_STATUSES,
  recommendation_kind_check: RECOMMENDATION_KINDS,
  recommendation_status_check: RECOMMENDATION_STATUSES,
  recommendation_status_history_from_status_check: RECOMMENDATION_STATUSES,
  recommendation_status_history_to_status_check: RECOMMENDATION_STATUSES,
  employee_year_fact_employment_check: EMPLOYMENT_TYPES,
  employee_year_fact_gender_check: GENDERS,
  employee_year_fact_education_check: EDUCATIONS,
  employee_year_fact_pangkat_check: PANGKATS,
  employee_year_fact_jabatan_level_check: JABATAN_LEVELS,
  employee_year_fact_jabatan_kind_check: JABATAN_KINDS,
  employee_year_fact_annual_predikat_check: PREDIKATS,
  employee_year_fact_kinerja_level_check: RATINGS,
  employee_year_fact_potensi_level_check: POTENSI_LEVELS,
  vacancy_target_check: MANAGERIAL_TARGETS,
};

/** Lists of our own (no domain enum): instansi kinds, roles, assessment kinds, vacancy statuses, session clients. Named so none is forgotten. */
const OWN_LISTS = [
  'instansi_kind_check',
  'user_role_role_check',
  'assessment_kind_check',
  'vacancy_status_check',
  'user_session_client_check',
];

/** `CHECK ((column = ANY (ARRAY['A'::text, ...])))`: a column restricted to a list and nothing else. */
const SINGLE_COLUMN_LIST = /^CHECK \(\(\w+ = ANY \(ARRAY\[[^\]]*\]\)\)\)$/;

const succeeds = async (db: Kysely<unknown>, statement: string): Promise<boolean> => {
  const rollback = new Error('rollback');
  try {
    await db.transaction().execute(async (trx) => {
      await sql.raw(statement).execute(trx);
      throw rollback;
    });
  } catch (error) {
    return error === rollback;
  }
  return true;
};

describe('the CHECK lists of the migrations mirror the domain', () => {
  let opened: Db;
  let db: Kysely<unknown>;
  let definitions: Map<string, string>;
  let lists: Map<string, string[]>;
  beforeAll(async () => {
    opened = await openTestDb('pglite');
    db = opened.db as unknown as Kysely<unknown>;
    await loadFixture(db);
    const { rows } = await sql<{ name: string; def: string }>`
      select conname as name, pg_get_constraintdef(oid) as def from pg_constraint
      where contype = 'c' and connamespace = 'public'::regnamespace and pg_get_constraintdef(oid) like '%= ANY (ARRAY[%'
    `.execute(db);
    definitions = new Map(rows.map((r) => [r.name, r.def]));
    lists = new Map(rows.map((r) => [r.name, [...r.def.matchAll(/'([^']*)'::text/g)].map((m) => m[1] ?? '')]));
  });
  afterAll(() => opened.close());

  it('every single-column CHECK list is either mirrored from a domain array or one of our own', () => {
    const simple = [...definitions].filter(([, def]) => SINGLE_COLUMN_LIST.test(def)).map(([name]) => name);
    expect(simple.filter((n) => !(n in MIRRORS) && !OWN_LISTS.includes(n))).toEqual([]);
    expect(simple.length).toBe(Object.keys(MIRRORS).length + OWN_LISTS.length);
  });

  it.each(Object.entries(MIRRORS))('%s allows exactly the domain values', (name, values) => {
    expect([...(lists.get(name) ?? [])].sort()).toEqual([...values].sort());
  });

  it('a jabatan kind is accepted with exactly the levels JABATAN_KIND_OF gives it', async () => {
    for (const level of JABATAN_LEVELS) {
      for (const kind of JABATAN_KINDS) {
        const row = { ...VALID_ROW.jabatan_history, level, kind };
        expect({ level, kind, ok: await succeeds(db, insertSql('jabatan_history', row)) }).toEqual({
          level,
          kind,
          ok: JABATAN_KIND_OF[level] === kind,
        });
      }
    }
  });

  it('DISC-1: a sanction type is accepted with exactly the level SANCTION_INFO gives it', async () => {
    for (const type of SANCTION_TYPES) {
      for (const level of DISCIPLINE_LEVELS) {
        const row = { ...VALID_ROW.sanction, type, level };
        expect({ type, level, ok: await succeeds(db, insertSql('sanction', row)) }).toEqual({
          type,
          level,
          ok: SANCTION_INFO[type].level === level,
        });
      }
    }
  });

  it('MERIT-4: talent boxes 1-9 are exactly the boxes of the 9-box table', async () => {
    const boxes = Object.values(TALENT_BOX_TABLE).flatMap((row) => Object.values(row));
    const accepted: number[] = [];
    for (const box of [0, ...boxes, 10]) {
      if (await succeeds(db, insertSql('employee_year_fact', { ...VALID_ROW.employee_year_fact, talent_box: box })))
        accepted.push(box);
    }
    expect(accepted.sort((a, b) => a - b)).toEqual([...new Set(boxes)].sort((a, b) => a - b));
  });
});
