import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './create-db.js';
import { migrateToLatest } from './migrate.js';
import { migrations } from './migrations/index.js';
import { openTestDb, testDrivers } from './testing/test-db.js';

const TABLES = [
  'access_log',
  'app_user',
  'assessment',
  'audit_log',
  'competency_standard',
  'distribution_decision',
  'employee',
  'employee_year_fact',
  'enrolment',
  'instansi',
  'jabatan_history',
  'pangkat_history',
  'policy_version',
  'recommendation',
  'recommendation_status_history',
  'sanction',
  'saved_query',
  'skp',
  'skp_behaviour',
  'skp_iki',
  'skp_period_evaluation',
  'skp_realisation',
  'skp_rhk',
  'training_program',
  'training_session',
  'unit',
  'unit_closure',
  'unit_org_predikat',
  'user_role',
  'user_session',
  'vacancy',
];

describe.each(testDrivers())('migrations on %s', (driver) => {
  let opened: Db;
  beforeAll(async () => {
    opened = await openTestDb(driver, { migrate: false });
  });
  afterAll(() => opened.close());

  it('apply every migration in name order to an empty database, then nothing more', async () => {
    const names = Object.keys(migrations);
    expect(names).toEqual([...names].sort());
    expect(await migrateToLatest(opened.db)).toEqual(names);
    expect(await migrateToLatest(opened.db)).toEqual([]);
  });

  it('create every table of the schema', async () => {
    const { rows } = await sql<{ name: string }>`
      select table_name as name from information_schema.tables
      where table_schema = 'public' and table_name not like 'kysely%' order by table_name`.execute(opened.db);
    expect(rows.map((r) => r.name)).toEqual(TABLES);
  });

  it('give every foreign key an index led by its (first) column, so joins and deletes never scan', async () => {
    const { rows } = await sql<{ name: string }>`
      select c.conname as name from pg_constraint c
      where c.contype = 'f' and c.connamespace = 'public'::regnamespace
        and not exists (
          select 1 from pg_index i
          where i.indrelid = c.conrelid and (i.indkey::int2[])[0] = c.conkey[1]
        )
      order by 1`.execute(opened.db);
    expect(rows.map((r) => r.name)).toEqual([]);
  });
});
