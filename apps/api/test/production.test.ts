import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { hashPassword } from '@kinerja/db';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isDevelopmentSecret, readEnv, usersWithDemoPasswords } from '../src/env.js';
import { persistedOperations } from '../src/persisted.js';
import { startTestApi, type TestApi } from './harness.js';

type LogLine = Record<string, unknown> & { msg: string };

/** A pino logger whose lines the test reads. */
const capturedLogger = () => {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const text of chunk.toString('utf8').split('\n')) if (text.trim()) lines.push(JSON.parse(text));
      done();
    },
  });
  return { lines, logger: pino({ level: 'info' }, stream) };
};

const waitForLine = async (lines: LogLine[], match: (l: LogLine) => boolean): Promise<LogLine> => {
  for (let i = 0; i < 50; i++) {
    const found = lines.find(match);
    if (found) return found;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('no such log line');
};

describe('production mode', () => {
  let api: TestApi;
  const log = capturedLogger();
  beforeAll(async () => {
    api = await startTestApi('pglite', { employees: 150, production: true, logger: log.logger });
  });
  afterAll(async () => {
    await api?.close();
  });

  it('logs one line per request with its id, method, status, time, user, operation and cost', async () => {
    const analyst = await api.as('analis');
    const res = await fetch(api.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${analyst.token}`,
        'x-request-id': 'trace-1234',
      },
      body: JSON.stringify({ query: 'query FirstPage { employees(first: 3) { nodes { nip } } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('trace-1234');
    const line = await waitForLine(log.lines, (l) => l.reqId === 'trace-1234');
    expect(line).toMatchObject({
      msg: 'request',
      method: 'POST',
      path: '/graphql',
      status: 200,
      user: 'analis',
      operation: 'FirstPage',
      cost: { requested: 3, actual: 3 },
    });
    expect(line.ms).toBeGreaterThan(0);
    // A request id that is not a plain token is replaced, so nothing a client sends is written into the log as is.
    const forged = await fetch(api.url.replace('/graphql', '/healthz'), { headers: { 'x-request-id': 'a\tb c' } });
    expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers a fault with the request id only, and logs the fault under that id', async () => {
    // A real fault: the table under the list is gone for a moment.
    const analyst = await api.as('analis');
    await api.db.schema.alterTable('unit').renameTo('unit_away').execute();
    let res: Response;
    try {
      res = await fetch(api.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${analyst.token}`,
          'x-request-id': 'fault-42',
        },
        body: JSON.stringify({ query: '{ units(first: 2) { nodes { name } } }' }),
      });
    } finally {
      await api.db.schema.alterTable('unit_away').renameTo('unit').execute();
    }
    const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]).toEqual({
      message: 'internal error',
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'fault-42' },
    });
    expect(JSON.stringify(body)).not.toMatch(/unit_away|relation|select|stack/i);
    const fault = await waitForLine(log.lines, (l) => l.reqId === 'fault-42' && l.msg === 'fault');
    expect(JSON.stringify(fault.err)).toMatch(/unit/);
  });

  it('keeps introspection for analysts and administrators (their GraphiQL), refuses it to everyone else, and gives no "did you mean" suggestions', async () => {
    const introspect = '{ __schema { queryType { name } } }';
    const anonymous = await api.gql(introspect);
    expect(anonymous.status).toBe(401);
    expect(anonymous.data).toBeUndefined();
    const evaluator = await (await api.as('penilai')).gql(`query { __type(name: "Employee") { name } }`);
    expect(evaluator.status).toBe(403);
    expect(evaluator.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(evaluator.errors?.[0]?.message).toMatch(/introspection is open to ANALYST and ADMIN/);
    for (const user of ['analis', 'admin']) {
      const allowed = await (await api.as(user)).gql<{ __schema: { queryType: { name: string } } }>(introspect);
      expect(allowed.status).toBe(200);
      expect(allowed.data?.__schema.queryType.name).toBe('Query');
    }
    const schema = await api.gql('{ __schema { types { name } } }');
    expect(schema.status).toBe(401);
    const typo = await api.gql('{ employes(first: 1) { totalCount } }');
    expect(typo.status).toBe(400);
    expect(JSON.stringify(typo.errors)).not.toMatch(/did you mean/i);
    expect(typo.extensions?.sqlStatements).toBeUndefined();
  });

  it('sends security headers, with a CSP that allows the self-hosted GraphiQL page and nothing from elsewhere; only this origin may frame GraphiQL', async () => {
    const page = await fetch(api.url, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toMatch(/https:|\*|unsafe-eval/);
    const inline = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(inline).toContain('GraphiQL');
    expect(csp).toContain(`'sha256-${createHash('sha256').update(inline).digest('base64')}'`);
    for (const src of html.matchAll(/src="([^"]+)"/g)) expect(src[1]).toMatch(/^\/graphiql\//);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(page.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    // Every other answer (the API, the app, the health check) may not be framed at all.
    const health = await fetch(api.url.replace('/graphql', '/healthz'));
    expect(health.headers.get('content-security-policy')).toBe(
      csp.replace("frame-ancestors 'self'", "frame-ancestors 'none'"),
    );
    expect(health.headers.get('x-frame-options')).toBe('DENY');
    const answer = await fetch(api.url, { headers: { accept: 'application/json' } });
    expect(answer.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(answer.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('demo passwords are development secrets', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('pglite', { employees: 150 });
  });
  afterAll(async () => {
    await api?.close();
  });
  it('finds every enabled demo user still on the password the README documents', async () => {
    expect((await usersWithDemoPasswords(api.db)).sort()).toEqual([
      'admin',
      'analis',
      'kadisdik',
      'pegawai',
      'penilai',
    ]);
    await api.db
      .updateTable('app_user')
      .set({ password_hash: await hashPassword('a password nobody wrote down') })
      .where('username', '=', 'admin')
      .execute();
    await api.db.updateTable('app_user').set({ disabled_at: new Date() }).where('username', '=', 'pegawai').execute();
    expect((await usersWithDemoPasswords(api.db)).sort()).toEqual(['analis', 'kadisdik', 'penilai']);
    expect(readEnv({}).ALLOW_DEMO_PASSWORDS).toBe('0');
  });
});

describe('production settings', () => {
  it('refuse development and example secrets', () => {
    for (const secret of [
      'test-secret-for-the-kinerja-api-tests-only',
      'x'.repeat(40),
      'change-me-change-me-change-me-change-me',
      'an-example-secret-of-more-than-32-characters',
    ]) {
      expect(isDevelopmentSecret(secret)).toBe(true);
      expect(() => readEnv({ NODE_ENV: 'production', AUTH_SECRET: secret })).toThrow(/development or example/);
      expect(readEnv({ NODE_ENV: 'development', AUTH_SECRET: secret }).AUTH_SECRET).toBe(secret);
    }
    expect(isDevelopmentSecret('q3J9vX0tZk2LmR8wP5nB7cY4hF1sD6gA')).toBe(false);
  });
  it('`NODE_ENV=production pnpm start` stops before opening anything when AUTH_SECRET is unset or a development one', () => {
    const cwd = fileURLToPath(new URL('..', import.meta.url));
    for (const secret of [undefined, 'test-secret-for-the-kinerja-api-tests-only']) {
      const env: Record<string, string> = { PATH: process.env.PATH ?? '', NODE_ENV: 'production', PORT: '0' };
      if (secret) env.AUTH_SECRET = secret;
      const run = spawnSync('node', ['--import', 'tsx', 'src/main.ts'], {
        cwd,
        env,
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toMatch(/AUTH_SECRET/);
    }
  });
  it('PERSISTED_OPERATIONS takes only off or only', () => {
    expect(readEnv({}).PERSISTED_OPERATIONS).toBe('off');
    expect(() => readEnv({ PERSISTED_OPERATIONS: 'some' })).toThrow(/PERSISTED_OPERATIONS/);
  });
});

const idOf = (text: string) => `sha256:${createHash('sha256').update(text).digest('hex')}`;

describe('only persisted operations (PERSISTED_OPERATIONS=only)', () => {
  const DASHBOARD = 'query Units { units(first: 2) { totalCount nodes { name } } }';
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('pglite', {
      employees: 150,
      production: true,
      persisted: persistedOperations({ [idOf(DASHBOARD)]: DASHBOARD }),
    });
  });
  afterAll(async () => {
    await api?.close();
  });
  const send = async (body: unknown, token?: string) => {
    const res = await api.post(JSON.stringify(body), token ? { authorization: `Bearer ${token}` } : {});
    return {
      status: res.status,
      ...(JSON.parse(res.text) as { data?: unknown; errors?: { extensions: { code: string } }[] }),
    };
  };

  it("runs the admin app's operation by its id, by Apollo's persisted-query hash, or by its text", async () => {
    // The admin app's users are signed in; an administrator is not an analyst, so only persisted operations run.
    const { token } = await api.as('admin');
    const byId = await send({ documentId: idOf(DASHBOARD) }, token);
    expect(byId.status).toBe(200);
    expect(byId.errors).toBeUndefined();
    const hash = idOf(DASHBOARD).slice('sha256:'.length);
    const byHash = await send({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }, token);
    expect(byHash).toEqual(byId);
    // Apollo Client adds __typename everywhere and prints its own layout: still the same operation.
    const byText = await send(
      {
        query:
          'query Units {\n  units(first: 2) {\n    totalCount\n    nodes { name __typename }\n    __typename\n  }\n}',
      },
      token,
    );
    expect(byText.status).toBe(200);
    expect(byText.errors).toBeUndefined();
  });
  it('refuses an unknown id and an ad-hoc query from anyone but a signed-in analyst', async () => {
    const unknown = await send({ documentId: idOf('{ __typename }') });
    expect(unknown.status).toBe(400);
    expect(unknown.errors?.[0]?.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const adHoc = await send({ query: '{ units(first: 2) { nodes { name code } } }' });
    expect(adHoc.status).toBe(403);
    expect(adHoc.errors?.[0]?.extensions.code).toBe('PERSISTED_QUERY_REQUIRED');
    // Signing in is open to every tool; an administrator's ad-hoc query is not.
    const admin = await api.as('admin');
    const theirs = await send({ query: '{ units(first: 2) { nodes { name code } } }' }, admin.token);
    expect(theirs.status).toBe(403);
  });
  it("runs a signed-in analyst's ad-hoc query", async () => {
    const analyst = await api.as('analis');
    const r = await analyst.gql<{ units: { nodes: { code: string }[] } }>(
      '{ units(first: 2) { nodes { name code } } }',
    );
    expect(r.status).toBe(200);
    expect(r.data?.units.nodes).toHaveLength(2);
  });
});
