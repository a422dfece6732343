import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../src/limits.js';
import { startTestApi, type TestApi } from './harness.js';

/** Hostile or careless requests against the running server: each refused with a clear 4xx or GraphQL error. */
describe('the API survives abuse', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('pglite', { employees: 150 });
  });
  afterAll(async () => {
    await api?.close();
  });
  const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;
  const health = async () => (await fetch(api.url.replace('/graphql', '/healthz'))).status;

  it('a 20-level nested query is refused for its depth', async () => {
    let q = 'name';
    for (let i = 0; i < 20; i++) q = `parent { ${q} }`;
    const r = await api.gql(`{ units(first: 1) { nodes { ${q} } } }`);
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.message).toMatch(/depth/i);
    expect(await health()).toBe(200);
  });
  it('2,000 aliases are refused (the token limit or the alias limit, whichever comes first)', async () => {
    const aliases = Array.from({ length: 2000 }, (_, i) => `a${i}: instansis { name }`).join(' ');
    const r = await api.gql(`{ ${aliases} }`);
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.message).toMatch(/token|alias/i);
    const few = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: instansis { name }`).join(' ');
    const r2 = await api.gql(`{ ${few} }`);
    expect(r2.status).toBe(400);
    expect(r2.errors?.[0]?.message).toMatch(/alias/i);
    expect(await health()).toBe(200);
  });
  it('too many directives are refused', async () => {
    const directives = Array.from({ length: LIMITS.maxDirectives + 5 }, () => '@include(if: true)').join(' ');
    const r = await api.gql(`{ __typename ${directives} }`);
    expect(r.status).toBe(400);
    expect(r.errors?.[0]?.message).toMatch(/directive/i);
  });
  it('a 5 MB body gets a JSON 413 and 1,000 batched operations a JSON 400', async () => {
    const big = await api.post(JSON.stringify({ query: `{ __typename }`, variables: { x: 'x'.repeat(5_000_000) } }));
    expect(big.status).toBe(413);
    const batch = await api.post(JSON.stringify(Array.from({ length: 1000 }, () => ({ query: '{ __typename }' }))));
    expect(batch.status).toBe(400);
    expect(JSON.parse(batch.text).errors[0].message).toMatch(/batch/);
    expect(await health()).toBe(200);
  });
  it('first: 1000000 is refused before any SQL', async () => {
    const r = await api.gql('{ employees(first: 1000000) { totalCount } }');
    // The cost check (a million rows) speaks before the page-size check does.
    expect(['COST_LIMIT_EXCEEDED', 'BAD_USER_INPUT']).toContain(code(r));
    expect(r.status).toBe(400);
    expect(r.extensions?.sqlStatements ?? 0).toBe(0);
  });
  it('control characters and SQL-looking strings in every kind of string argument are data, never SQL', async () => {
    const nasty = ["'; drop table employee; --", 'x\u0000y\u0007z', "%' or '1'='1", '\\', '"quoted"', 'Ω≈ç√∫'];
    for (const s of nasty) {
      const r = await api.gql<{ employees: { totalCount: number }; units: { totalCount: number } }>(
        `query($s: String!) {
          employees(first: 1, filter: { name: { contains: $s }, or: [{ nip: { startsWith: $s } }, { name: { eq: $s } }] }) { totalCount }
          units(first: 1, filter: { code: { in: [$s] } }) { totalCount } }`,
        { s },
      );
      if (s.includes('\u0000')) {
        // PostgreSQL cannot hold a NUL in text: a clear error, not a 500 or a leaked SQL message.
        expect(r.status, JSON.stringify(s)).toBeLessThan(500);
        expect(JSON.stringify(r.errors ?? [])).not.toMatch(/select|from|where/i);
      } else {
        expect(r.errors, JSON.stringify(s)).toBeUndefined();
        expect(r.data?.employees.totalCount).toBe(0);
      }
      const nip = await api.gql('query($s: String!) { employee(nip: $s) { name } }', { s });
      expect(code(nip)).toBe('BAD_USER_INPUT');
    }
    const counted = await api.db
      .selectFrom('employee')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(counted.n)).toBe(150);
    expect(await health()).toBe(200);
  });
  it('malformed JSON gets a JSON 400, and the server answers afterwards', async () => {
    const r = await api.post('{"query": "{ __typename }", ');
    expect(r.status).toBe(400);
    expect(JSON.parse(r.text).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(await health()).toBe(200);
  });
});
