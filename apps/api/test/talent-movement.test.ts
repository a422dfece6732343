import { testDrivers } from '@kinerja/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GqlResponse, startTestApi, type TestApi, type TestClient } from './harness.js';

/**
 * The movement on the talent 9-box (MERIT-4) since the year before: `groupedAggregates` keyed
 * [TALENT_BOX, PREVIOUS_TALENT_BOX] counts who moved from which box to which. Expectations are plain SQL over
 * employee_year_fact joined to itself on (employee_id, year - 1).
 */

type Groups = GqlResponse<{ employeeYears: { groupedAggregates: { keys: (string | null)[]; count: number }[] } }>;

const GROUPED = `query($year: Int!, $k: [EmployeeYearGroupBy!]!) {
  employeeYears(first: 1, filter: { year: { eq: $year } }) { groupedAggregates(groupBy: $k) { keys count } } }`;

/** "to|from" (null as "-") → count. */
const byPair = (r: Groups): Map<string, number> => {
  expect(r.errors).toBeUndefined();
  return new Map(
    (r.data?.employeeYears.groupedAggregates ?? []).map((g) => [`${g.keys[0] ?? '-'}|${g.keys[1] ?? '-'}`, g.count]),
  );
};

describe.each(testDrivers())('talent box movement since the year before on %s', (driver) => {
  let api: TestApi;
  let analyst: TestClient;
  let unitHead: TestClient;
  /** A year whose employees were placed on the 9-box in it and in the year before. */
  let year: number;

  /** The transitions of `year` by plain SQL, for the employees `who` (SQL over `cur.employee_id`) keeps. */
  const expected = async (who = 'true'): Promise<Map<string, number>> => {
    const { rows } = await sql<{ to: number | null; from: number | null; n: number }>`
      select cur.talent_box as "to", prev.talent_box as "from", count(*)::int as n
      from employee_year_fact cur
      left join employee_year_fact prev on prev.employee_id = cur.employee_id and prev.year = cur.year - 1
      where cur.year = ${year} and ${sql.raw(who)}
      group by 1, 2`.execute(api.db);
    return new Map(rows.map((r) => [`${r.to ?? '-'}|${r.from ?? '-'}`, r.n]));
  };

  beforeAll(async () => {
    api = await startTestApi(driver, { employees: 150 });
    analyst = await api.as('analis');
    unitHead = await api.as('kadisdik');
    const { rows } = await sql<{ year: number }>`
      select cur.year from employee_year_fact cur
      join employee_year_fact prev on prev.employee_id = cur.employee_id and prev.year = cur.year - 1
      where cur.talent_box is not null and prev.talent_box is not null
      group by cur.year order by count(*) desc, cur.year desc limit 1`.execute(api.db);
    year = rows[0]?.year ?? -1;
  });
  afterAll(async () => {
    await api?.close();
  });

  it('counts each from→to pair of boxes exactly as a self-join of the yearly facts does', async () => {
    expect(year).toBeGreaterThan(0);
    const got = byPair(await analyst.gql(GROUPED, { year, k: ['TALENT_BOX', 'PREVIOUS_TALENT_BOX'] }));
    const want = await expected();
    expect(got).toEqual(want);
    // the seed has people who stayed, who moved, and who were first placed this year
    const pairs = [...got.keys()].map((k) => k.split('|'));
    expect(pairs.some(([to, from]) => to !== '-' && to === from)).toBe(true);
    expect(pairs.some(([to, from]) => to !== '-' && from !== '-' && to !== from)).toBe(true);
  });

  it('is null for an employee with no row the year before, and for the first year of the data', async () => {
    const first = await api.db
      .selectFrom('employee_year_fact')
      .select((eb) => eb.fn.min('year').as('year'))
      .executeTakeFirstOrThrow();
    const rows = await api.db
      .selectFrom('employee_year_fact')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('year', '=', first.year)
      .executeTakeFirstOrThrow();
    const groups = byPair(await analyst.gql(GROUPED, { year: first.year, k: ['PREVIOUS_TALENT_BOX'] }));
    expect(groups).toEqual(new Map([['-|-', Number(rows.n)]]));
  });

  it('needs no more SQL statements than the same grouped query without the key', async () => {
    const without = await analyst.gql(GROUPED, { year, k: ['TALENT_BOX'] });
    const withKey = await analyst.gql(GROUPED, { year, k: ['TALENT_BOX', 'PREVIOUS_TALENT_BOX'] });
    expect(without.errors).toBeUndefined();
    expect(withKey.errors).toBeUndefined();
    expect(withKey.extensions?.sqlStatements).toBeGreaterThan(0);
    expect(withKey.extensions?.sqlStatements).toBe(without.extensions?.sqlStatements);
  });

  it('a unit head counts only the movement of the employees in their scope, last year’s box included', async () => {
    const head = await api.db
      .selectFrom('app_user')
      .select(['id', 'employee_id'])
      .where('username', '=', 'kadisdik')
      .executeTakeFirstOrThrow();
    // the role table (docs/security.md): themselves and the employees of the subtrees their grants name, by their
    // current unit; their yearly facts of every year go with them
    const who = `cur.employee_id in (select e.id from employee e where e.id = ${Number(head.employee_id)}
      or e.unit_id in (select uc.descendant_id from unit_closure uc join user_role ur on ur.unit_id = uc.ancestor_id
        where ur.user_id = ${head.id} and ur.role in ('UNIT_HEAD', 'EVALUATOR')))`;
    const got = byPair(await unitHead.gql(GROUPED, { year, k: ['TALENT_BOX', 'PREVIOUS_TALENT_BOX'] }));
    expect(got).toEqual(await expected(who));
    const all = byPair(await analyst.gql(GROUPED, { year, k: ['TALENT_BOX', 'PREVIOUS_TALENT_BOX'] }));
    const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    expect(sum(got)).toBeGreaterThan(0);
    expect(sum(got)).toBeLessThan(sum(all));
  });
});
