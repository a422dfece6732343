import {
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../src/limits.js';
import { schema } from '../src/schema/index.js';
import { startTestApi, type TestApi, type TestClient } from './harness.js';

/** Scalars a client sends as text: every argument position of these types gets the hostile strings. */
const TEXT_SCALARS = new Set(['String', 'ID', 'Date']);

/** A value the schema accepts for an input type, for the arguments and fields around the probed one. */
const plainValue = (type: GraphQLInputType): unknown => {
  if (isNonNullType(type)) return plainValue(type.ofType);
  if (isListType(type)) return [plainValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.name;
  if (isScalarType(type))
    return ({ Int: 1, Float: 1, Boolean: true, Date: '2025-01-01' } as Record<string, unknown>)[type.name] ?? 'x';
  return requiredFields(type);
};

/** The required fields of an input object, each with a plain value. */
const requiredFields = (type: GraphQLInputType): Record<string, unknown> => {
  const named = getNamedType(type);
  if (!isInputObjectType(named)) return {};
  const out: Record<string, unknown> = {};
  for (const f of Object.values(named.getFields()))
    if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = plainValue(f.type);
  return out;
};

/**
 * Every position where an input type holds text, as a function placing a string there inside an otherwise plain
 * value; input objects are entered once per path (filters nest themselves through and/or/not) and three deep.
 */
const textPositions = (
  type: GraphQLInputType,
  path: readonly string[],
  entered: ReadonlySet<string>,
): { path: string; place: (s: string) => unknown }[] => {
  if (isNonNullType(type)) return textPositions(type.ofType, path, entered);
  if (isListType(type))
    return textPositions(type.ofType, path, entered).map((p) => ({ ...p, place: (s) => [p.place(s)] }));
  if (isLeafType(type)) return TEXT_SCALARS.has(type.name) ? [{ path: path.join('.'), place: (s) => s }] : [];
  if (entered.has(type.name) || entered.size >= 3) return [];
  const inside = new Set([...entered, type.name]);
  return Object.values(type.getFields()).flatMap((f) =>
    textPositions(f.type, [...path, f.name], inside).map((p) => ({
      ...p,
      place: (s: string) => ({ ...requiredFields(type), [f.name]: p.place(s) }),
    })),
  );
};

type Probe = { readonly at: string; readonly document: string; variables: (s: string) => Record<string, unknown> };

/** One operation per text position of every argument of every query and mutation field the schema has now. */
const textArgumentProbes = (s: GraphQLSchema): Probe[] => {
  const roots: [string, GraphQLObjectType | null | undefined][] = [
    ['query', s.getQueryType()],
    ['mutation', s.getMutationType()],
  ];
  return roots.flatMap(([kind, root]) =>
    Object.values(root?.getFields() ?? {}).flatMap((field: GraphQLField<unknown, unknown>) => {
      const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
      const definitions = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
      const passing = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const document = `${kind} Probe${definitions ? `(${definitions})` : ''} { ${field.name}${passing ? `(${passing})` : ''}${selection} }`;
      const plain: Record<string, unknown> = {};
      for (const a of field.args)
        if (a.name === 'first') plain[a.name] = 1;
        else if (isNonNullType(a.type)) plain[a.name] = plainValue(a.type);
      return field.args.flatMap((a) =>
        textPositions(a.type, [a.name], new Set()).map((p) => ({
          at: `${kind} ${field.name}(${p.path})`,
          document,
          variables: (text: string) => ({ ...plain, [a.name]: p.place(text) }),
        })),
      );
    }),
  );
};

/** Text that would break a query built by string concatenation, with control characters and LIKE wildcards. */
const HOSTILE = ["'; drop table employee; --\u0007\u001b\r\n\t%_\\", "1' or '1'='1"];

/** What an error would show if SQL leaked into it. */
const SQL_TEXT = /syntax error at|relation "|column "|violates|select .* from/i;

/** Hostile or careless requests against the running server: each refused with a clear 4xx or GraphQL error. */
describe('the API survives abuse', () => {
  let api: TestApi;
  /** A signed-in analyst: the abuse comes from someone with a valid token. */
  let client: TestClient;
  beforeAll(async () => {
    // A budget that never runs out here: these tests are about the limits, budget.test.ts about the budget.
    api = await startTestApi('pglite', { employees: 150, budget: { capacity: 1e12, refillPerSecond: 1e12 } });
    client = await api.as('analis');
  });
  afterAll(async () => {
    await api?.close();
  });
  const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;
  const health = async () => (await fetch(api.url.replace('/graphql', '/healthz'))).status;
  const employeeCount = async () =>
    Number(
      (
        await api.db
          .selectFrom('employee')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('a 20-level nested query is refused for its depth', async () => {
    let q = 'name';
    for (let i = 0; i < 20; i++) q = `parent { ${q} }`;
    const r = await client.gql(`{ units(first: 1) { nodes { ${q} } } }`);
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.message).toMatch(/depth/i);
    expect(await health()).toBe(200);
  });
  it('2,000 aliases are refused (the token limit or the alias limit, whichever comes first)', async () => {
    const aliases = Array.from({ length: 2000 }, (_, i) => `a${i}: instansis { name }`).join(' ');
    const r = await client.gql(`{ ${aliases} }`);
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.message).toMatch(/token|alias/i);
    const few = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: instansis { name }`).join(' ');
    const r2 = await client.gql(`{ ${few} }`);
    expect(r2.status).toBe(400);
    expect(r2.errors?.[0]?.message).toMatch(/alias/i);
    expect(await health()).toBe(200);
  });
  it('too many directives are refused', async () => {
    const directives = Array.from({ length: LIMITS.maxDirectives + 5 }, () => '@include(if: true)').join(' ');
    const r = await client.gql(`{ __typename ${directives} }`);
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.message).toMatch(/directive/i);
  });
  it('a 5 MB body gets a JSON 413 and 1,000 batched operations a JSON 400', async () => {
    const big = await client.post(JSON.stringify({ query: `{ __typename }`, variables: { x: 'x'.repeat(5_000_000) } }));
    expect(big.status).toBe(413);
    const batch = await client.post(JSON.stringify(Array.from({ length: 1000 }, () => ({ query: '{ __typename }' }))));
    expect(batch.status).toBe(400);
    expect(JSON.parse(batch.text).errors[0].message).toMatch(/batch/);
    expect(await health()).toBe(200);
  });
  it('first: 1000000 is refused before any SQL', async () => {
    const r = await client.gql('{ employees(first: 1000000) { totalCount } }');
    // The cost check (a million rows) speaks before the page-size check does.
    expect(['COST_LIMIT_EXCEEDED', 'BAD_USER_INPUT']).toContain(code(r));
    expect(r.status).toBe(400);
    expect(r.extensions?.sqlStatements ?? 0).toBe(0);
  });
  it('control characters and SQL-looking strings in filters are data, never SQL, and a NUL is refused as bad input', async () => {
    const analyst = await api.as('analis');
    const nasty = ["'; drop table employee; --", 'x\u0007y\u001bz', "%' or '1'='1", '\\', '"quoted"', 'Ω≈ç√∫'];
    for (const s of nasty) {
      const r = await analyst.gql<{ employees: { totalCount: number }; units: { totalCount: number } }>(
        `query($s: String!) {
          employees(first: 1, filter: { name: { contains: $s }, or: [{ nip: { startsWith: $s } }, { name: { eq: $s } }] }) { totalCount }
          units(first: 1, filter: { code: { in: [$s] } }) { totalCount } }`,
        { s },
      );
      expect(r.errors, JSON.stringify(s)).toBeUndefined();
      expect(r.data?.employees.totalCount).toBe(0);
      const nip = await analyst.gql('query($s: String!) { employee(nip: $s) { name } }', { s });
      expect(code(nip)).toBe('BAD_USER_INPUT');
    }
    // PostgreSQL text cannot hold a NUL: refused before any statement, in a variable or escaped in the query text.
    const nul = await analyst.gql(
      'query($s: String!) { employees(first: 1, filter: { name: { eq: $s } }) { totalCount } }',
      {
        s: 'a\u0000b',
      },
    );
    expect(nul.status).toBe(400);
    expect(code(nul)).toBe('BAD_USER_INPUT');
    const escaped = await analyst.gql('{ employees(first: 1, filter: { name: { eq: "a\\u0000b" } }) { totalCount } }');
    expect(escaped.status).toBe(400);
    expect(await employeeCount()).toBe(150);
    expect(await health()).toBe(200);
  });
  it('control characters and SQL-looking strings in every text argument of every query and mutation: never a fault', async () => {
    const probes = textArgumentProbes(schema);
    // Walked from the schema as it is now, so arguments added later are probed too.
    expect(probes.length).toBeGreaterThan(100);
    expect(probes.some((p) => p.at.startsWith('mutation'))).toBe(true);
    const analyst = client;
    const admin = await api.as('admin');
    const failures: string[] = [];
    for (const probe of probes) {
      // Queries as the analyst, mutations as an administrator, who may write most of them.
      const client = probe.at.startsWith('mutation') ? admin : analyst;
      for (const text of HOSTILE) {
        const r = await client.gql(probe.document, probe.variables(text));
        const errors = JSON.stringify(r.errors ?? []);
        if (r.status >= 500 || errors.includes('INTERNAL_SERVER_ERROR') || SQL_TEXT.test(errors))
          failures.push(`${probe.at} ${JSON.stringify(text)}: ${r.status} ${errors.slice(0, 300)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await employeeCount()).toBe(150);
    expect(await health()).toBe(200);
  }, 600_000);
  it('malformed JSON gets a JSON 400, and the server answers afterwards', async () => {
    const r = await client.post('{"query": "{ __typename }", ');
    expect(r.status).toBe(400);
    expect(JSON.parse(r.text).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(await health()).toBe(200);
  });
});
