import { encodeGlobalID } from '@pothos/plugin-relay';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GqlResponse, startTestApi, type TestApi, type TestClient } from './harness.js';

/**
 * The read side of the role table of docs/security.md, against the seed's demo users: what each role reads, in scope
 * and out of scope, through lists, filters, aggregates, groups, nested lists, `node(id)` and `employee(nip)`. The
 * expectations are computed here with plain SQL from the role table, not through the API's own scope.
 */

type Role = 'admin' | 'analis' | 'kadisdik' | 'penilai' | 'pegawai';
const ROLES: readonly Role[] = ['admin', 'analis', 'kadisdik', 'penilai', 'pegawai'];

type User = {
  id: number;
  instansiId: number;
  employeeId: number | null;
  grants: { role: string; unitId: number | null }[];
};

/** The `totalCount` of a root list in a response that must have no errors. */
const total = (r: GqlResponse<object>, field: string): number => {
  expect(r.errors).toBeUndefined();
  return (r.data as Record<string, { totalCount: number } | undefined> | undefined)?.[field]?.totalCount ?? -1;
};

describe('the role matrix: what each role reads', () => {
  let api: TestApi;
  const client = {} as Record<Role, TestClient>;
  const user = {} as Record<Role, User>;
  /** The employee ids each demo user may read, by the role table. */
  const visible = {} as Record<Role, Set<number>>;
  let allEmployees: Set<number>;

  beforeAll(async () => {
    api = await startTestApi('pglite', { employees: 150 });
    for (const role of ROLES) {
      client[role] = await api.as(role);
      const u = await api.db
        .selectFrom('app_user')
        .select(['id', 'instansi_id', 'employee_id'])
        .where('username', '=', role)
        .executeTakeFirstOrThrow();
      const grants = await api.db
        .selectFrom('user_role')
        .select(['role', 'unit_id'])
        .where('user_id', '=', u.id)
        .execute();
      user[role] = {
        id: u.id,
        instansiId: u.instansi_id,
        employeeId: u.employee_id,
        grants: grants.map((g) => ({ role: g.role, unitId: g.unit_id })),
      };
    }
    const employees = await api.db.selectFrom('employee').select(['id', 'instansi_id', 'unit_id']).execute();
    allEmployees = new Set(employees.map((e) => e.id));
    const closure = await api.db.selectFrom('unit_closure').select(['ancestor_id', 'descendant_id']).execute();
    const inSubtree = (roots: number[], unitId: number) =>
      closure.some((c) => c.descendant_id === unitId && roots.includes(c.ancestor_id));
    for (const role of ROLES) {
      const u = user[role];
      const has = (r: string) => u.grants.some((g) => g.role === r);
      const roots = u.grants.flatMap((g) =>
        (g.role === 'EVALUATOR' || g.role === 'UNIT_HEAD') && g.unitId !== null ? [g.unitId] : [],
      );
      visible[role] = new Set(
        employees
          .filter(
            (e) =>
              has('ANALYST') ||
              e.id === u.employeeId ||
              (has('ADMIN') && e.instansi_id === u.instansiId) ||
              inSubtree(roots, e.unit_id),
          )
          .map((e) => e.id),
      );
    }
  });
  afterAll(async () => {
    await api?.close();
  });

  it('the demo data covers every role with something in and something out of scope', () => {
    expect(visible.analis.size).toBe(allEmployees.size);
    expect(visible.pegawai.size).toBe(1);
    expect(visible.penilai.size).toBeGreaterThan(1);
    expect(visible.kadisdik.size).toBeGreaterThan(visible.penilai.size);
    expect(visible.admin.size).toBeGreaterThan(visible.kadisdik.size);
    expect(visible.admin.size).toBeLessThan(allEmployees.size);
  });

  describe('anonymous', () => {
    it('reads nothing but `viewer`: every list, node and employee is refused as UNAUTHENTICATED', async () => {
      const id = encodeGlobalID('Employee', String([...allEmployees][0]));
      for (const query of [
        '{ employees(first: 1) { totalCount } }',
        '{ units(first: 1) { nodes { name } } }',
        '{ instansis { name } }',
        `{ node(id: "${id}") { id } }`,
        '{ viewer { username } employees(first: 1) { totalCount } }',
        'query Q { ...F } fragment F on Query { skps(first: 1) { totalCount } }',
      ]) {
        const r = await api.gql(query);
        expect(r.status, query).toBe(401);
        expect(r.errors?.[0]?.extensions?.code, query).toBe('UNAUTHENTICATED');
        expect(r.data, query).toBeUndefined();
      }
    });
    it('may ask who they are (null) and sign in', async () => {
      const r = await api.gql<{ viewer: null }>('{ viewer { username } }');
      expect(r.status).toBe(200);
      expect(r.data?.viewer).toBeNull();
      await expect(api.as('pegawai')).resolves.toHaveProperty('token');
    });
  });

  describe.each(ROLES)('%s', (role) => {
    it('lists, counts and aggregates exactly the employees the role table gives', async () => {
      const r = await client[role].gql<{
        employees: { totalCount: number; aggregates: { count: number }; nodes: { id: string }[] };
      }>('{ employees(first: 100) { totalCount aggregates { count } nodes { id } } }');
      expect(total(r, 'employees')).toBe(visible[role].size);
      expect(r.data?.employees.aggregates.count).toBe(visible[role].size);
      const ids = (r.data?.employees.nodes ?? []).map((n) =>
        Number(Buffer.from(n.id, 'base64').toString().split(':')[1]),
      );
      expect(ids.every((id) => visible[role].has(id))).toBe(true);
    });

    it('groups only visible rows: the groups of yearly facts add up to the visible facts', async () => {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from employee_year_fact
        where employee_id = any(cast(${[...visible[role]]} as int[]))`.execute(api.db);
      const r = await client[role].gql<{
        employeeYears: { totalCount: number; groupedAggregates: { count: number }[] };
      }>('{ employeeYears(first: 1) { totalCount groupedAggregates(groupBy: [UNIT, YEAR]) { count } } }');
      expect(total(r, 'employeeYears')).toBe(rows[0]?.n);
      const grouped = r.data?.employeeYears.groupedAggregates ?? [];
      expect(grouped.reduce((s, g) => s + g.count, 0)).toBe(rows[0]?.n);
    });

    it('a relation filter cannot find hidden employees: units with any employee count only visible ones', async () => {
      const units = await api.db
        .selectFrom('employee')
        .select('unit_id')
        .distinct()
        .where('id', 'in', [...visible[role]])
        .execute();
      const r = await client[role].gql<{ units: { totalCount: number } }>(
        '{ units(first: 1, filter: { employees: { some: {} } }) { totalCount } }',
      );
      expect(total(r, 'units')).toBe(units.length);
    });

    it('nested employee lists hold only visible employees', async () => {
      const r = await client[role].gql<{
        units: { nodes: { employees: { totalCount: number; nodes: { id: string }[] } }[] };
      }>('{ units(first: 100) { nodes { employees(first: 100) { totalCount nodes { id } } } } }');
      expect(r.errors).toBeUndefined();
      const counted = (r.data?.units.nodes ?? []).reduce((s, u) => s + u.employees.totalCount, 0);
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from employee e
        where e.id = any(cast(${[...visible[role]]} as int[]))
          and (${role === 'analis'} or exists (select 1 from unit u where u.id = e.unit_id and u.instansi_id = ${user[role].instansiId}))`.execute(
        api.db,
      );
      expect(counted).toBe(rows[0]?.n);
    });

    it('node(id) and employee(nip) answer a visible employee and null for a hidden one', async () => {
      const hidden = [...allEmployees].find((id) => !visible[role].has(id));
      const shown = [...visible[role]][0] as number;
      const nips = await api.db
        .selectFrom('employee')
        .select(['id', 'nip'])
        .where('id', 'in', [shown, ...(hidden ? [hidden] : [])])
        .execute();
      const nipOf = (id: number) => nips.find((n) => n.id === id)?.nip;
      const ask = (id: number) =>
        client[role].gql<{ node: { id: string } | null; employee: { name: string } | null }>(
          `query($id: ID!, $nip: String!) { node(id: $id) { id } employee(nip: $nip) { name } }`,
          { id: encodeGlobalID('Employee', String(id)), nip: nipOf(id) },
        );
      const yes = await ask(shown);
      expect(yes.data?.node).not.toBeNull();
      expect(yes.data?.employee).not.toBeNull();
      if (hidden) {
        const no = await ask(hidden);
        expect(no.errors).toBeUndefined();
        expect(no.data?.node).toBeNull();
        expect(no.data?.employee).toBeNull();
      } else expect(role).toBe('analis');
    });

    it('SKPs, enrolments and recommendations are visible exactly when their employee is', async () => {
      const ids = [...visible[role]];
      for (const [field, table] of [
        ['skps', 'skp'],
        ['enrolments', 'enrolment'],
        ['recommendations', 'recommendation'],
      ] as const) {
        const { rows } = await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}
          where employee_id = any(cast(${ids} as int[]))`.execute(api.db);
        const r = await client[role].gql<Record<string, { totalCount: number }>>(
          `{ ${field}(first: 1) { totalCount } }`,
        );
        expect(total(r, field), field).toBe(rows[0]?.n);
      }
    });

    it('organisation data: units, programs and instansi of their own instansi (an analyst: all)', async () => {
      const r = await client[role].gql<{ units: { totalCount: number }; instansis: { id: string }[] }>(
        '{ units(first: 1) { totalCount } instansis { id } }',
      );
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from unit
        where ${role === 'analis'} or instansi_id = ${user[role].instansiId}`.execute(api.db);
      expect(total(r, 'units')).toBe(rows[0]?.n);
      const instansis = await api.db.selectFrom('instansi').select('id').execute();
      expect(r.data?.instansis.length).toBe(role === 'analis' ? instansis.length : 1);
    });
  });

  describe('field rules for analysts', () => {
    it('an analyst reads the age, not the birth date, e-mail or phone; an administrator reads them', async () => {
      const q = '{ employees(first: 5) { nodes { birthDate age email phone } } }';
      type R = {
        employees: { nodes: { birthDate: string | null; age: number; email: string | null; phone: string | null }[] };
      };
      const analyst = await client.analis.gql<R>(q);
      expect(analyst.errors).toBeUndefined();
      for (const e of analyst.data?.employees.nodes ?? []) {
        expect(e.birthDate).toBeNull();
        expect(e.email).toBeNull();
        expect(e.phone).toBeNull();
        expect(e.age).toBeGreaterThan(17);
      }
      const admin = await client.admin.gql<R>(q);
      expect(admin.data?.employees.nodes.every((e) => e.birthDate !== null)).toBe(true);
    });
    it('an analyst may not filter or order on the birth date, even through a relation', async () => {
      for (const query of [
        '{ employees(first: 1, filter: { birthDate: { lt: "1980-01-01" } }) { totalCount } }',
        '{ employees(first: 1, orderBy: [BIRTH_DATE_ASC]) { totalCount } }',
        '{ units(first: 1) { nodes { employees(first: 1, filter: { or: [{ birthDate: { gt: "1990-01-01" } }] }) { totalCount } } } }',
      ]) {
        const r = await client.analis.gql(query);
        expect(r.errors?.[0]?.extensions?.code, query).toBe('FORBIDDEN');
      }
      const admin = await client.admin.gql('{ employees(first: 1, orderBy: [BIRTH_DATE_ASC]) { totalCount } }');
      expect(admin.errors).toBeUndefined();
    });
  });

  describe('the access log', () => {
    const logRows = (userId: number) =>
      api.db.selectFrom('access_log').selectAll().where('user_id', '=', userId).orderBy('id').execute();

    it("records an analyst's employee-list reads once per request, with the operation and the rows read", async () => {
      const before = (await logRows(user.analis.id)).length;
      const r = await client.analis.gql(
        'query TeachersPerUnit { employees(first: 7) { nodes { id } } units(first: 2) { nodes { employees(first: 3) { nodes { id } } } } }',
      );
      expect(r.errors).toBeUndefined();
      const rows = (await logRows(user.analis.id)).slice(before);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ operation_name: 'TeachersPerUnit', entity: 'Employee' });
      expect(rows[0]?.row_count).toBeGreaterThanOrEqual(7);
      expect(rows[0]?.request_id).not.toBe('');
    });
    it('does not record reads without employee lists, nor other roles', async () => {
      const before = (await logRows(user.analis.id)).length;
      await client.analis.gql('{ units(first: 3) { nodes { name } } }');
      expect(await logRows(user.analis.id)).toHaveLength(before);
      await client.admin.gql('{ employees(first: 3) { nodes { id } } }');
      expect(await logRows(user.admin.id)).toHaveLength(0);
    });
  });

  describe('sign-out, the one write every role has', () => {
    it('after signOut the same token reads nothing', async () => {
      const c = await api.as('pegawai');
      expect((await c.gql('{ employees(first: 1) { totalCount } }')).errors).toBeUndefined();
      const out = await c.gql<{ signOut: { signedOut: boolean } }>('mutation { signOut { signedOut } }');
      expect(out.data?.signOut.signedOut).toBe(true);
      const after = await c.gql('{ employees(first: 1) { totalCount } }');
      expect(after.status).toBe(401);
      expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  });
});
