import { testDrivers } from '@kinerja/db/testing';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi, type TestClient } from './harness.js';

type Page<T> = {
  totalCount: number;
  nodes: T[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
};
type Emp = {
  id: string;
  nip: string;
  name: string;
  gender: string;
  education: string;
  serviceStart: string;
  currentPangkat: string | null;
  latestPredikatYear: number | null;
};

const EMP = 'id nip name gender education serviceStart currentPangkat latestPredikatYear';

describe.each(testDrivers())('the analyst read API on %s', (driver) => {
  let api: TestApi;
  /** The read API is read by a signed-in analyst (every instansi); anonymous requests read nothing. */
  let analyst: TestClient;
  beforeAll(async () => {
    api = await startTestApi(driver);
    analyst = await api.as('analis');
  });
  afterAll(async () => {
    await api?.close();
  });

  const employees = async (filter: unknown, first = 100) => {
    const r = await analyst.gql<{ employees: Page<Emp> }>(
      `query($f: EmployeeFilter, $n: Int) { employees(filter: $f, first: $n) { totalCount nodes { ${EMP} } } }`,
      { f: filter, n: first },
    );
    expect(r.errors).toBeUndefined();
    return r.data?.employees as Page<Emp>;
  };
  const count = async (where: string) => {
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from employee where ${sql.raw(where)}`.execute(
      api.db,
    );
    return rows[0]?.n ?? -1;
  };

  describe('scalar filter operators', () => {
    it('eq keeps only equal values and counts them all', async () => {
      const page = await employees({ gender: { eq: 'FEMALE' } });
      expect(page.nodes.length).toBeGreaterThan(0);
      expect(page.nodes.every((e) => e.gender === 'FEMALE')).toBe(true);
      expect(page.totalCount).toBe(await count(`gender = 'FEMALE'`));
    });
    it('ne keeps every other value', async () => {
      const page = await employees({ education: { ne: 'S1_D4' } });
      expect(page.nodes.every((e) => e.education !== 'S1_D4')).toBe(true);
      expect(page.totalCount).toBe(await count(`education <> 'S1_D4'`));
    });
    it('in and notIn split the rows between them', async () => {
      const inside = await employees({ education: { in: ['S1_D4', 'S2'] } });
      const outside = await employees({ education: { notIn: ['S1_D4', 'S2'] } });
      expect(inside.nodes.every((e) => ['S1_D4', 'S2'].includes(e.education))).toBe(true);
      expect(outside.nodes.every((e) => !['S1_D4', 'S2'].includes(e.education))).toBe(true);
      expect(inside.totalCount + outside.totalCount).toBe(await count('true'));
    });
    it('lt, lte, gt and gte compare dates at the boundary', async () => {
      const all = await employees({}, 100);
      const pivot = all.nodes[10]?.serviceStart as string;
      const [lt, lte, gt, gte] = await Promise.all(
        ['lt', 'lte', 'gt', 'gte'].map((op) => employees({ serviceStart: { [op]: pivot } })),
      );
      expect(lt?.nodes.every((e) => e.serviceStart < pivot)).toBe(true);
      expect(gte?.nodes.every((e) => e.serviceStart >= pivot)).toBe(true);
      expect(lte?.nodes.some((e) => e.serviceStart === pivot)).toBe(true);
      expect(gt?.nodes.every((e) => e.serviceStart > pivot)).toBe(true);
      expect((lt?.totalCount ?? 0) + (gte?.totalCount ?? 0)).toBe(await count('true'));
      expect((lte?.totalCount ?? 0) + (gt?.totalCount ?? 0)).toBe(await count('true'));
    });
    it('isNull finds employees without a pangkat (PPPK) and with one', async () => {
      const none = await employees({ currentPangkat: { isNull: true } });
      const some = await employees({ currentPangkat: { isNull: false } });
      expect(none.nodes.every((e) => e.currentPangkat === null)).toBe(true);
      expect(some.nodes.every((e) => e.currentPangkat !== null)).toBe(true);
      expect(none.totalCount).toBe(await count('current_pangkat is null'));
      expect(none.totalCount + some.totalCount).toBe(await count('true'));
    });
    it('contains and startsWith ignore case, and % is text, not a wildcard', async () => {
      const first = (await employees({}, 1)).nodes[0] as Emp;
      const word = first.name.split(' ')[0] as string;
      const starts = await employees({ name: { startsWith: word.toUpperCase() } });
      expect(starts.nodes.every((e) => e.name.toLowerCase().startsWith(word.toLowerCase()))).toBe(true);
      const inside = await employees({ name: { contains: word.slice(1).toLowerCase() } });
      expect(inside.nodes.map((e) => e.id)).toContain(first.id);
      expect((await employees({ name: { contains: '%' } })).totalCount).toBe(0);
    });
    it('and, or and not combine to any depth', async () => {
      const r = await employees({
        or: [
          { gender: { eq: 'FEMALE' }, education: { eq: 'S2' } },
          { not: { or: [{ gender: { eq: 'FEMALE' } }, { education: { ne: 'S3' } }] } },
        ],
      });
      expect(
        r.nodes.every(
          (e) => (e.gender === 'FEMALE' && e.education === 'S2') || (e.gender === 'MALE' && e.education === 'S3'),
        ),
      ).toBe(true);
      expect(r.totalCount).toBe(
        await count(`(gender = 'FEMALE' and education = 'S2') or (gender = 'MALE' and education = 'S3')`),
      );
    });
    it('an ID filter takes global IDs and refuses an ID of another type', async () => {
      const one = (await employees({}, 1)).nodes[0] as Emp;
      expect((await employees({ id: { eq: one.id } })).nodes.map((e) => e.id)).toEqual([one.id]);
      const units = await analyst.gql<{ units: Page<{ id: string }> }>('{ units(first: 1) { nodes { id } } }');
      const unitId = units.data?.units.nodes[0]?.id;
      const wrong = await analyst.gql('query($f: EmployeeFilter) { employees(filter: $f, first: 1) { totalCount } }', {
        f: { id: { eq: unitId } },
      });
      expect(wrong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(wrong.errors?.[0]?.message).toMatch(/not the ID of a Employee/);
    });
  });

  describe('relation filters', () => {
    it('to-one: employees whose unit matches, and withinUnit takes the whole subtree', async () => {
      const r = await analyst.gql<{ units: Page<{ id: string; name: string; descendants: { id: string }[] }> }>(
        `{ units(first: 100, filter: { children: { some: {} } }) { nodes { id name descendants { id } } } }`,
      );
      const parent = r.data?.units.nodes.find((u) => u.descendants.length > 0);
      expect(parent).toBeDefined();
      const direct = await employees({ unit: { name: { eq: parent?.name } } });
      const subtree = await employees({ withinUnit: parent?.id });
      const { rows } = await sql<{
        n: number;
      }>`select count(*)::int as n from employee e join unit_closure c on c.descendant_id = e.unit_id
        join unit u on u.id = c.ancestor_id where u.name = ${parent?.name as string}`.execute(api.db);
      expect(subtree.totalCount).toBe(rows[0]?.n);
      expect(subtree.totalCount).toBeGreaterThanOrEqual(direct.totalCount);
    });
    it('to-many some, none and every over yearly facts', async () => {
      const some = await employees({ years: { some: { year: { eq: 2025 }, annualPredikat: { eq: 'SANGAT_BAIK' } } } });
      const none = await employees({ years: { none: { year: { eq: 2025 }, annualPredikat: { eq: 'SANGAT_BAIK' } } } });
      expect(some.totalCount + none.totalCount).toBe(await count('true'));
      expect(some.totalCount).toBe(
        await count(
          `exists (select 1 from employee_year_fact f where f.employee_id = employee.id and f.year = 2025 and f.annual_predikat = 'SANGAT_BAIK')`,
        ),
      );
      const every = await employees({ years: { every: { jpDone: { gte: 0 } } } });
      expect(every.totalCount).toBe(await count('true'));
      const everyMet = await employees({ years: { every: { jpMet: { eq: true } } } });
      expect(everyMet.totalCount).toBe(
        await count(
          `not exists (select 1 from employee_year_fact f where f.employee_id = employee.id and not f.jp_met)`,
        ),
      );
    });
    it('answers the issue’s question: Dinas Pendidikan’s SANGAT_BAIK of 2025 with no completed IT training this year', async () => {
      const units = await analyst.gql<{ units: Page<{ id: string }> }>(
        `{ units(first: 1, filter: { name: { eq: "Dinas Pendidikan" } }) { nodes { id } } }`,
      );
      const dinas = units.data?.units.nodes[0]?.id;
      expect(dinas).toBeDefined();
      const r = await employees({
        withinUnit: dinas,
        years: { some: { year: { eq: 2025 }, annualPredikat: { eq: 'SANGAT_BAIK' } } },
        enrolments: {
          none: {
            status: { eq: 'COMPLETED' },
            session: { startDate: { gte: '2026-01-01' }, program: { isIt: { eq: true } } },
          },
        },
      });
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from employee e
        where exists (select 1 from unit_closure c join unit u on u.id = c.ancestor_id where c.descendant_id = e.unit_id and u.name = 'Dinas Pendidikan')
        and exists (select 1 from employee_year_fact f where f.employee_id = e.id and f.year = 2025 and f.annual_predikat = 'SANGAT_BAIK')
        and not exists (select 1 from enrolment en join training_session s on s.id = en.session_id join training_program p on p.id = s.program_id
          where en.employee_id = e.id and en.status = 'COMPLETED' and s.start_date >= '2026-01-01' and p.is_it)`.execute(
        api.db,
      );
      expect(r.totalCount).toBe(rows[0]?.n);
      expect(r.totalCount).toBeGreaterThan(0);
    });
  });

  describe('order and cursor pages', () => {
    it('pages forward through every employee exactly once, in a stable order, empty values included', async () => {
      for (const order of ['NAME_ASC', 'LATEST_PREDIKAT_YEAR_DESC', 'PANGKAT_SINCE_ASC']) {
        const seen: Emp[] = [];
        let after: string | null = null;
        let total = 0;
        for (;;) {
          const r: { data?: { employees: Page<Emp> } } = await analyst.gql(
            `query($a: String) { employees(first: 37, after: $a, orderBy: [${order}]) { totalCount pageInfo { hasNextPage endCursor } nodes { ${EMP} } } }`,
            { a: after },
          );
          const page = r.data?.employees as Page<Emp>;
          total = page.totalCount;
          seen.push(...page.nodes);
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        expect(seen.length, order).toBe(total);
        expect(new Set(seen.map((e) => e.id)).size, order).toBe(total);
        if (order === 'NAME_ASC') {
          const names = seen.map((e) => e.name);
          expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
        }
        if (order === 'LATEST_PREDIKAT_YEAR_DESC') {
          // Empty values count as the greatest: first when descending.
          const years = seen.map((e) => e.latestPredikatYear ?? Number.POSITIVE_INFINITY);
          expect(years).toEqual([...years].sort((a, b) => b - a));
        }
      }
    });
    it('pages backward with last/before to the same rows as forward', async () => {
      const fwd = await analyst.gql<{ employees: Page<Emp> }>(
        `{ employees(first: 30, orderBy: [LATEST_PREDIKAT_YEAR_DESC, NAME_ASC]) { nodes { id } pageInfo { endCursor } } }`,
      );
      const ids = fwd.data?.employees.nodes.map((e) => e.id) ?? [];
      const after20 = await analyst.gql<{ employees: Page<Emp> & { edges: { cursor: string }[] } }>(
        `{ employees(first: 21, orderBy: [LATEST_PREDIKAT_YEAR_DESC, NAME_ASC]) { edges { cursor } } }`,
      );
      const cursor = after20.data?.employees.edges[20]?.cursor;
      const back = await analyst.gql<{ employees: Page<Emp> }>(
        `query($b: String) { employees(last: 20, before: $b, orderBy: [LATEST_PREDIKAT_YEAR_DESC, NAME_ASC]) { nodes { id } pageInfo { hasPreviousPage hasNextPage } } }`,
        { b: cursor },
      );
      expect(back.data?.employees.nodes.map((e) => e.id)).toEqual(ids.slice(0, 20));
      expect(back.data?.employees.pageInfo.hasNextPage).toBe(true);
    });
  });

  describe('aggregates and groups', () => {
    it('count, sum, avg, min and max over every matching row, not the page', async () => {
      const r = await analyst.gql<{
        employeeYears: {
          aggregates: {
            count: number;
            sum: { jpDone: number };
            avg: { jpDone: number };
            min: { jpDone: number };
            max: { jpDone: number };
          };
        };
      }>(
        `{ employeeYears(first: 1, filter: { year: { eq: 2025 } }) { aggregates { count sum { jpDone } avg { jpDone } min { jpDone } max { jpDone } } } }`,
      );
      const { rows } = await sql<{
        n: number;
        s: number;
        a: number;
        mi: number;
        ma: number;
      }>`select count(*)::int n, sum(jp_done)::float8 s,
        avg(jp_done)::float8 a, min(jp_done)::float8 mi, max(jp_done)::float8 ma from employee_year_fact where year = 2025`.execute(
        api.db,
      );
      const a = r.data?.employeeYears.aggregates;
      expect(a?.count).toBe(rows[0]?.n);
      expect(a?.sum.jpDone).toBe(rows[0]?.s);
      expect(a?.avg.jpDone).toBeCloseTo(rows[0]?.a as number, 9);
      expect(a?.min.jpDone).toBe(rows[0]?.mi);
      expect(a?.max.jpDone).toBe(rows[0]?.ma);
    });
    it('every group key of the yearly facts partitions the rows', async () => {
      const intro = await analyst.gql<{ __type: { enumValues: { name: string }[] } }>(
        `{ __type(name: "EmployeeYearGroupBy") { enumValues { name } } }`,
      );
      const keys = intro.data?.__type.enumValues.map((v) => v.name) ?? [];
      expect(keys).toEqual(
        expect.arrayContaining([
          'YEAR',
          'UNIT',
          'PERANGKAT_DAERAH',
          'ANNUAL_PREDIKAT',
          'TALENT_BOX',
          'GENDER',
          'PANGKAT',
          'GOLONGAN',
          'JABATAN_KIND',
          'EDUCATION',
          'JP_MET',
        ]),
      );
      const total = (
        await analyst.gql<{ employeeYears: { totalCount: number } }>('{ employeeYears(first: 1) { totalCount } }')
      ).data?.employeeYears.totalCount;
      for (const key of keys) {
        const r = await analyst.gql<{
          employeeYears: { groupedAggregates: { keys: (string | null)[]; count: number }[] };
        }>(
          `query($k: [EmployeeYearGroupBy!]!) { employeeYears(first: 1) { groupedAggregates(groupBy: $k) { keys count } } }`,
          { k: [key] },
        );
        expect(r.errors, key).toBeUndefined();
        const groups = r.data?.employeeYears.groupedAggregates ?? [];
        expect(
          groups.reduce((s, g) => s + g.count, 0),
          key,
        ).toBe(total);
        expect(new Set(groups.map((g) => g.keys[0])).size, key).toBe(groups.length);
      }
    });
    it('every group key of every list partitions its rows', async () => {
      const lists: [string, string][] = [
        ['employees', 'EmployeeGroupBy'],
        ['units', 'UnitGroupBy'],
        ['skps', 'SkpGroupBy'],
        ['trainingPrograms', 'TrainingProgramGroupBy'],
        ['trainingSessions', 'TrainingSessionGroupBy'],
        ['enrolments', 'EnrolmentGroupBy'],
        ['recommendations', 'RecommendationGroupBy'],
      ];
      for (const [list, groupEnum] of lists) {
        const intro = await analyst.gql<{ __type: { enumValues: { name: string }[] } }>(
          `{ __type(name: "${groupEnum}") { enumValues { name } } }`,
        );
        const keys = intro.data?.__type.enumValues.map((v) => v.name) ?? [];
        expect(keys.length, groupEnum).toBeGreaterThan(0);
        const total = (
          await analyst.gql<Record<string, { totalCount: number }>>(`{ ${list}(first: 1) { totalCount } }`)
        ).data?.[list]?.totalCount;
        expect(total, list).toBeGreaterThan(0);
        for (const key of keys) {
          const r = await analyst.gql<
            Record<string, { groupedAggregates: { keys: (string | null)[]; count: number }[] }>
          >(`{ ${list}(first: 1) { groupedAggregates(groupBy: [${key}]) { keys count } } }`);
          expect(r.errors, `${list} ${key}`).toBeUndefined();
          const groups = r.data?.[list]?.groupedAggregates ?? [];
          expect(
            groups.reduce((s, g) => s + g.count, 0),
            `${list} ${key}`,
          ).toBe(total);
        }
      }
    });
    it('groups the predikat distribution per unit and year with the unit itself, and filters groups with having', async () => {
      const r = await analyst.gql<{
        employeeYears: { groupedAggregates: { keys: string[]; count: number; unit: { name: string } | null }[] };
      }>(
        `{ employeeYears(first: 1, filter: { annualPredikat: { isNull: false } }) {
            groupedAggregates(groupBy: [PERANGKAT_DAERAH, YEAR, ANNUAL_PREDIKAT], having: { count: { gte: 3 } }) { keys count unit { name } } } }`,
      );
      const groups = r.data?.employeeYears.groupedAggregates ?? [];
      expect(groups.length).toBeGreaterThan(0);
      expect(groups.every((g) => g.count >= 3 && g.keys.length === 3)).toBe(true);
      expect(groups.some((g) => g.unit?.name === 'Dinas Pendidikan')).toBe(true);
    });
    it('groups enrolments by training kind and sessions by month', async () => {
      const r = await analyst.gql<{
        enrolments: { groupedAggregates: { keys: string[]; count: number; sum: { jpCredited: number | null } }[] };
        trainingSessions: { groupedAggregates: { keys: string[]; count: number }[] };
      }>(
        `{ enrolments(first: 1) { groupedAggregates(groupBy: [TRAINING_KIND, STATUS]) { keys count sum { jpCredited } } }
           trainingSessions(first: 1) { groupedAggregates(groupBy: [MONTH]) { keys count } } }`,
      );
      expect(r.errors).toBeUndefined();
      const months = r.data?.trainingSessions.groupedAggregates.map((g) => g.keys[0]) ?? [];
      expect(months.length).toBeGreaterThan(0);
      expect(months.every((m) => /^\d{4}-\d{2}$/.test(m as string))).toBe(true);
      const completed = r.data?.enrolments.groupedAggregates.filter((g) => g.keys[1] === 'COMPLETED') ?? [];
      expect(completed.every((g) => (g.sum.jpCredited ?? 0) > 0)).toBe(true);
    });
  });

  describe('objects, nodes and the domain’s decisions', () => {
    it('node and nodes load any object by its global ID', async () => {
      const r = await analyst.gql<{ employees: Page<Emp> }>('{ employees(first: 3) { nodes { id name } } }');
      const ids = r.data?.employees.nodes.map((e) => e.id) ?? [];
      const n = await analyst.gql<{ node: { id: string; name: string }; nodes: ({ id: string } | null)[] }>(
        'query($id: ID!, $ids: [ID!]!) { node(id: $id) { id ... on Employee { name } } nodes(ids: $ids) { id } }',
        { id: ids[0], ids: [...ids, Buffer.from('Employee:9999999').toString('base64')] },
      );
      expect(n.data?.node.id).toBe(ids[0]);
      expect(n.data?.nodes.slice(0, 3).map((x) => x?.id)).toEqual(ids);
      expect(n.data?.nodes[3]).toBeNull();
    });
    it('the yearly read model agrees with the domain’s training status computed on demand (DEV-1)', async () => {
      const r = await analyst.gql<{
        employees: Page<{
          trainingStatus: { jpDone: number; jpPlanned: number; met: boolean; checks: unknown[] };
          years: { nodes: { year: number; jpDone: number; jpPlanned: number; jpMet: boolean }[] };
        }>;
      }>(
        `{ employees(first: 40) { nodes { trainingStatus(year: 2025) { jpDone jpPlanned met checks { rule ok detail } }
            years(first: 5, filter: { year: { eq: 2025 } }) { nodes { year jpDone jpPlanned jpMet } } } } }`,
      );
      expect(r.errors).toBeUndefined();
      for (const e of r.data?.employees.nodes ?? []) {
        const fact = e.years.nodes[0];
        if (!fact) continue;
        expect(e.trainingStatus.jpDone).toBe(fact.jpDone);
        expect(e.trainingStatus.met).toBe(fact.jpMet);
        expect(e.trainingStatus.checks.length).toBeGreaterThan(0);
      }
    });
    it('a check gives the figures of its detail as params, by name and as text, for saying it in Indonesian (DEV-1)', async () => {
      type Param = { name: string; value: string | null };
      const r = await analyst.gql<{
        employees: Page<{
          trainingStatus: {
            year: number;
            jpDone: number;
            jpTarget: number;
            checks: { check: string; detail: string; params: Param[] }[];
          };
        }>;
      }>(
        `{ employees(first: 5) { nodes { trainingStatus(year: 2025) { year jpDone jpTarget
            checks { check detail params { name value } } } } } }`,
      );
      expect(r.errors).toBeUndefined();
      const statuses = r.data?.employees.nodes.map((e) => e.trainingStatus) ?? [];
      expect(statuses.length).toBeGreaterThan(0);
      for (const s of statuses) {
        const done = s.checks.find((c) => c.check === 'jp-done-meets-entitlement');
        const params = Object.fromEntries(done?.params.map((p) => [p.name, p.value]) ?? []);
        expect(params).toMatchObject({ jpDone: String(s.jpDone), year: '2025', jpTarget: String(s.jpTarget) });
        expect(done?.detail).toContain(`${s.jpDone} JP done in 2025`);
      }
    });
    it('rank promotion and eligibility name every check; the distribution names every constraint (MERIT-2, MERIT-3, EVAL-10)', async () => {
      const r = await analyst.gql<{
        employees: Page<{
          rankPromotion: { eligible: boolean; checks: { rule: string; ok: boolean }[] };
          eligibility: { eligible: boolean; checks: { rule: string }[] };
        }>;
      }>(
        `{ employees(first: 20, filter: { currentPangkat: { isNull: false } }) { nodes {
            rankPromotion(on: "2026-04-01") { eligible checks { rule check ok detail } }
            eligibility(level: PENGAWAS) { eligible checks { rule check ok detail } } } } }`,
      );
      expect(r.errors).toBeUndefined();
      for (const e of r.data?.employees.nodes ?? []) {
        expect(e.rankPromotion.eligible).toBe(e.rankPromotion.checks.every((c) => c.ok));
        expect(e.rankPromotion.checks.some((c) => c.rule === 'MERIT-2')).toBe(true);
        expect(e.eligibility.checks.some((c) => c.rule === 'MERIT-3')).toBe(true);
      }
      const d = await analyst.gql<{
        units: Page<{
          distribution: { outcome: string; n: number; checks: { rule: string }[]; counts: { count: number }[] } | null;
        }>;
      }>(
        `{ units(first: 100) { nodes { distribution(year: 2025) { outcome n checks { rule check ok detail } counts { predikat count } } } } }`,
      );
      const withPredikat = (d.data?.units.nodes ?? []).filter((u) => u.distribution);
      expect(withPredikat.length).toBeGreaterThan(0);
      for (const u of withPredikat) {
        expect(u.distribution?.checks.every((c) => c.rule === 'EVAL-10')).toBe(true);
        expect(u.distribution?.counts.reduce((s, c) => s + c.count, 0)).toBe(u.distribution?.n);
      }
    });
  });

  describe('rank promotions due (MERIT-2 in the read model)', () => {
    it('the due date the read model holds is one on which the domain finds the promotion due, and none is earlier', async () => {
      const r = await analyst.gql<{
        employees: Page<{ rankPromotionDueOn: string; rankPromotion: { eligible: boolean } }>;
      }>(
        `{ employees(first: 30, filter: { rankPromotionDueOn: { isNull: false } }, orderBy: [RANK_PROMOTION_DUE_ON_ASC]) {
            totalCount nodes { rankPromotionDueOn rankPromotion(on: "2026-12-01") { eligible } } } }`,
      );
      expect(r.errors).toBeUndefined();
      const due = r.data?.employees.nodes ?? [];
      expect(due.length).toBeGreaterThan(0);
      for (const e of due) expect(e.rankPromotion.eligible).toBe(e.rankPromotionDueOn === '2026-12-01');
      const grouped = await analyst.gql<{
        employees: { groupedAggregates: { keys: (string | null)[]; count: number }[] };
      }>('{ employees(first: 1) { groupedAggregates(groupBy: [RANK_PROMOTION_DUE_MONTH]) { keys count } } }');
      const months = (grouped.data?.employees.groupedAggregates ?? []).filter((g) => g.keys[0] !== null);
      expect(months.reduce((s, g) => s + g.count, 0)).toBe(r.data?.employees.totalCount);
      expect(months.every((g) => (g.keys[0] as string) > '2026-11')).toBe(true);
    });
  });

  it('rank promotion does not apply to an employee with no pangkat (PPPK): null, and the rest of the answer stands', async () => {
    const r = await analyst.gql<{ employees: Page<{ nip: string; employment: string; rankPromotion: null }> }>(
      `{ employees(first: 5, filter: { currentPangkat: { isNull: true } }) { nodes { nip employment rankPromotion(on: "2026-12-01") { eligible } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const nodes = r.data?.employees.nodes ?? [];
    expect(nodes.length).toBeGreaterThan(0);
    for (const e of nodes) expect(e.rankPromotion).toBeNull();
  });

  it('two aliased nested lists with different filters each answer their own filter', async () => {
    type Counts = { totalCount: number };
    const r = await analyst.gql<{
      trainingSessions: { nodes: { done: Counts; withdrawn: Counts; all: Counts }[] };
    }>(`{ trainingSessions(first: 10) { nodes {
      done: enrolments(first: 1, filter: { status: { eq: COMPLETED } }) { totalCount }
      withdrawn: enrolments(first: 1, filter: { status: { eq: WITHDRAWN } }) { totalCount }
      all: enrolments(first: 1) { totalCount } } } }`);
    expect(r.errors).toBeUndefined();
    const sessions = r.data?.trainingSessions.nodes ?? [];
    for (const s of sessions) expect(s.done.totalCount + s.withdrawn.totalCount).toBeLessThanOrEqual(s.all.totalCount);
    expect(sessions.some((s) => s.done.totalCount !== s.withdrawn.totalCount)).toBe(true);
  });

  describe('bounded SQL: statements grow with depth, never with rows', () => {
    const dashboard = (units: number, employees: number) => `{
      units(first: ${units}) { nodes { name
        employees(first: ${employees}) { totalCount nodes { name nip
          skps(last: 4) { nodes { year annualPredikat } }
          enrolments(first: 10) { nodes { status session { startDate program { name } } } } } } } } }`;
    it('the dashboard query runs the same few statements for 2 or 20 units and 5 or 50 employees', async () => {
      const small = await analyst.gql(dashboard(2, 5));
      const large = await analyst.gql(dashboard(20, 50));
      expect(small.errors).toBeUndefined();
      expect(large.errors).toBeUndefined();
      // One statement builds the units with their employees, SKPs and enrolments (session and program joined in);
      // one more counts each unit's employees (totalCount).
      expect(large.extensions?.sqlStatements).toBe(2);
      expect(small.extensions?.sqlStatements).toBe(large.extensions?.sqlStatements);
    });
    it('a nested list built inside its parent’s statement pages exactly like the same list asked for alone', async () => {
      for (const page of ['first: 2', 'last: 2', 'first: 1, orderBy: [YEAR_ASC]', 'last: 3, orderBy: [YEAR_ASC]']) {
        const nested = await analyst.gql<{
          employees: Page<{
            id: string;
            skps: { nodes: { year: number }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean } };
          }>;
        }>(
          `{ employees(first: 8, filter: { skps: { some: {} } }) { nodes { id skps(${page}) { nodes { year } pageInfo { hasNextPage hasPreviousPage } } } } }`,
        );
        expect(nested.errors, page).toBeUndefined();
        for (const e of nested.data?.employees.nodes ?? []) {
          const alone = await analyst.gql<{
            skps: { nodes: { year: number }[]; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean } };
          }>(
            `query($id: ID!) { skps(${page}, filter: { employeeId: { eq: $id } }) { nodes { year } pageInfo { hasNextPage hasPreviousPage } } }`,
            { id: e.id },
          );
          expect(e.skps, page).toEqual(alone.data?.skps);
        }
      }
    });
    it('reports the cost: requested before, actual after, and the limit', async () => {
      const r = await analyst.gql(dashboard(3, 5));
      expect(r.extensions?.cost?.limit).toBe(100_000);
      expect(r.extensions?.cost?.requested).toBeGreaterThan(0);
      expect(r.extensions?.cost?.actual).toBeGreaterThan(0);
      expect(r.extensions?.cost?.actual).toBeLessThanOrEqual(r.extensions?.cost?.requested as number);
    });
  });

  describe('bad input gets a clear error with a code, never a 500', () => {
    const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;
    it('an unknown enum value', async () => {
      const r = await analyst.gql('{ employees(first: 1, filter: { gender: { eq: OTHER } }) { totalCount } }');
      expect(r.status).toBe(400);
      expect(code(r)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(r.errors?.[0]?.message).toMatch(/OTHER/);
    });
    it('first: 0, first: 101, first with last, neither', async () => {
      for (const args of ['first: 0', 'first: 101', 'first: 5, last: 5', '']) {
        const r = await analyst.gql(`{ employees(${args || 'orderBy: [NAME_ASC]'}) { totalCount } }`);
        expect(code(r), args).toBe('BAD_USER_INPUT');
        expect(r.errors?.[0]?.message, args).toMatch(/first|last/);
      }
    });
    it('a malformed cursor', async () => {
      for (const after of ['not-a-cursor', Buffer.from('[1]').toString('base64url')]) {
        const r = await analyst.gql('query($a: String) { employees(first: 5, after: $a) { totalCount } }', {
          a: after,
        });
        expect(code(r)).toBe('BAD_USER_INPUT');
        expect(r.errors?.[0]?.extensions?.argument).toBe('after');
      }
    });
    it('a filter on a field that has none', async () => {
      const r = await analyst.gql('{ employees(first: 1, filter: { age: { eq: 30 } }) { totalCount } }');
      expect(r.status).toBe(400);
      expect(code(r)).toBe('GRAPHQL_VALIDATION_FAILED');
    });
    it('a string of 10 MB is refused with a JSON 413', async () => {
      const r = await api.post(
        JSON.stringify({ query: '{ employees(first: 1) { totalCount } }', variables: { x: 'a'.repeat(10_000_000) } }),
      );
      expect(r.status).toBe(413);
      expect(JSON.parse(r.text).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    });
    it('a NIP with letters', async () => {
      const r = await analyst.gql('{ employee(nip: "19800229200501100A") { name } }');
      expect(code(r)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toMatch(/18 digits/);
    });
    it('a date that does not exist', async () => {
      const r = await analyst.gql(
        '{ employees(first: 1, filter: { birthDate: { lt: "2025-02-29" } }) { totalCount } }',
      );
      expect(code(r)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(r.errors?.[0]?.message).toMatch(/2025-02-29/);
    });
    it('malformed JSON and batches get a JSON 400', async () => {
      const bad = await api.post('{"query": ');
      expect(bad.status).toBe(400);
      expect(JSON.parse(bad.text).errors[0].extensions.code).toBe('BAD_REQUEST');
      const batch = await api.post(
        JSON.stringify([{ query: '{ instansis { name } }' }, { query: '{ instansis { name } }' }]),
      );
      expect(batch.status).toBe(400);
    });
    it('an operation over the cost limit is refused before it runs', async () => {
      const r = await analyst.gql(
        `{ units(first: 100) { nodes { employees(first: 100) { nodes { skps(first: 100) { nodes { year } } } } } } }`,
      );
      expect(code(r)).toBe('COST_LIMIT_EXCEEDED');
      expect(r.status).toBe(400);
    });
  });
});
