import { testDrivers } from '@kinerja/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenSigner } from '../src/auth/token.js';
import { createContext } from '../src/context.js';
import { refreshFacts } from '../src/mutation/refresh-facts.js';
import { inTransaction } from '../src/mutation/run.js';
import { startTestApi, type TestApi, TODAY } from './harness.js';

const FACTS = sql`select employee_id, year, instansi_id, unit_id, employment, gender, education, pangkat,
  jabatan_level, jabatan_kind, annual_predikat, jp_done, jp_planned, jp_shortfall, jp_met, kinerja_level,
  potensi_level, talent_box, succession_member, policy_version_id from employee_year_fact order by employee_id, year`;
const EMPLOYEE_FACTS = sql`select id, latest_predikat, latest_predikat_year, rank_promotion_due_on from employee
  order by id`;

describe.each(testDrivers())('refreshing the read model on %s', (driver) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(driver, { employees: 200 });
  });
  afterAll(async () => {
    await api?.close();
  });

  /** Runs refreshFacts in a mutation's transaction, signed in as the admin. */
  const refresh = async (ids: number[]) => {
    const admin = await api.db
      .selectFrom('app_user')
      .selectAll()
      .where('username', '=', 'admin')
      .executeTakeFirstOrThrow();
    const ctx = createContext({
      db: api.db,
      today: TODAY,
      requestId: 'test',
      statements: { count: 0 },
      tokens: tokenSigner('x'.repeat(32)),
      secureCookies: false,
      viewer: {
        userId: admin.id,
        sessionId: 'test',
        username: admin.username,
        displayName: admin.display_name,
        instansiId: admin.instansi_id,
        employeeId: null,
        roles: [{ role: 'ADMIN', unitId: null }],
      },
    });
    const result = await inTransaction(ctx, (tx) => refreshFacts(tx, ids));
    expect(result.ok).toBe(true);
  };

  it('recomputes exactly the facts the seed wrote: workflows and the seed judge by the same rules', async () => {
    const before = (await FACTS.execute(api.db)).rows;
    const employeesBefore = (await EMPLOYEE_FACTS.execute(api.db)).rows;
    const ids = (await api.db.selectFrom('employee').select('id').execute()).map((r) => r.id);
    await refresh(ids);
    expect((await FACTS.execute(api.db)).rows).toEqual(before);
    expect((await EMPLOYEE_FACTS.execute(api.db)).rows).toEqual(employeesBefore);
  });

  it('follows a change of its inputs: a completed 20-JP training meets the year', async () => {
    const year = Number(TODAY.slice(0, 4));
    const short = await api.db
      .selectFrom('employee_year_fact')
      .select(['employee_id', 'jp_done'])
      .where('year', '=', year)
      .where('jp_met', '=', false)
      .where('employment', '=', 'PNS')
      .orderBy('employee_id')
      .executeTakeFirstOrThrow();
    const session = await api.db
      .selectFrom('training_session as s')
      .innerJoin('training_program as p', 'p.id', 's.program_id')
      .select(['s.id'])
      .where('s.start_date', '>=', `${year}-01-01`)
      .where('s.start_date', '<=', TODAY)
      .orderBy('s.id')
      .executeTakeFirstOrThrow();
    await api.db
      .insertInto('enrolment')
      .values({ session_id: session.id, employee_id: short.employee_id, status: 'COMPLETED', jp_credited: 20 })
      .execute();
    await refresh([short.employee_id]);
    const after = await api.db
      .selectFrom('employee_year_fact')
      .select(['jp_done', 'jp_met', 'jp_shortfall'])
      .where('employee_id', '=', short.employee_id)
      .where('year', '=', year)
      .executeTakeFirstOrThrow();
    expect(after).toMatchObject({ jp_done: short.jp_done + 20, jp_met: true, jp_shortfall: 0 });
  });
});
