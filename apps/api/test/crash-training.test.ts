import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { demoPassword } from './harness.js';
import type { Errors } from './workflow-training-helpers.js';

/**
 * Issue #6: the real server is killed (SIGKILL) in the middle of a bulk completion of 500 enrolments; after a
 * restart on the same data, either all 500 are recorded or none, and the server serves again. Runs on the
 * embedded PGlite (its data directory) and, when TEST_DATABASE_URL is set, on PostgreSQL.
 */
const API_DIR = fileURLToPath(new URL('..', import.meta.url));
const SESSIONS = 5;
const PER_SESSION = 100;
const TOTAL = SESSIONS * PER_SESSION;

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

type Server = { readonly url: string; readonly child: ChildProcess; readonly log: string[] };

/** Starts `node --import tsx src/main.ts` on the data and waits until /healthz answers. */
const startServer = async (database: Record<string, string>): Promise<Server> => {
  const port = await freePort();
  const log: string[] = [];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: API_DIR,
    env: {
      ...process.env,
      ...database,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(port),
      SEED_EMPLOYEES: '150',
      TODAY: '2026-11-28',
      LOG_LEVEL: 'warn',
      COST_LIMIT: '1000000',
      COST_BUDGET_PER_MINUTE: '100000000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => log.push(d.toString()));
  child.stderr?.on('data', (d: Buffer) => log.push(d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}): ${log.join('')}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { url, child, log };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill('SIGKILL');
  throw new Error(`the server did not start: ${log.join('')}`);
};

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

const gql = async <T>(server: Server, token: string | null, query: string, variables: Record<string, unknown>) => {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as T;
};

const signIn = async (server: Server) =>
  (
    await gql<{ signIn: { token: string } }>(
      server,
      null,
      'mutation($input: SignInInput!) { signIn(input: $input) { token } }',
      { input: { login: 'admin', password: demoPassword('admin'), client: 'BEARER' } },
    )
  ).signIn.token;

const mutate = async <T>(server: Server, token: string, name: string, body: string, input: unknown): Promise<T> => {
  const pascal = name[0]?.toUpperCase() + name.slice(1);
  const data = await gql<Record<string, T & { userErrors: Errors }>>(
    server,
    token,
    `mutation($input: ${pascal}Input!) { ${name}(input: $input) { ${body} userErrors { code field message } } }`,
    { input },
  );
  const payload = data[name] as T & { userErrors: Errors };
  if (payload.userErrors.length > 0) throw new Error(`${name}: ${JSON.stringify(payload.userErrors.slice(0, 3))}`);
  return payload;
};

type Ref = { id: string; version: number };

/** A program, five sessions of 100 places, 100 employees on each, moved to last week and attended: 500 to complete. */
const prepare = async (server: Server, token: string): Promise<{ attended: Ref[]; attendanceMs: number }> => {
  const { program } = await mutate<{ program: { id: string } }>(
    server,
    token,
    'createTrainingProgram',
    'program { id }',
    {
      code: 'CRASH-01',
      name: 'Pelatihan Massal',
      kind: 'E_LEARNING',
      competencyArea: 'Literasi Digital',
      jp: 10,
      provider: 'BKPSDM',
    },
  );
  const employees = await gql<{ employees: { nodes: { id: string }[] } }>(
    server,
    token,
    'query($first: Int) { employees(first: $first) { nodes { id } } }',
    { first: PER_SESSION },
  );
  const ids = employees.employees.nodes.map((n) => n.id);
  expect(ids).toHaveLength(PER_SESSION);
  const refs: Ref[] = [];
  for (let s = 0; s < SESSIONS; s += 1) {
    const { session } = await mutate<{ session: Ref }>(
      server,
      token,
      'scheduleTrainingSession',
      'session { id version }',
      {
        programId: program.id,
        startDate: `2027-0${s + 1}-05`,
        endDate: `2027-0${s + 1}-06`,
        link: 'https://learn.example/massal',
        capacity: PER_SESSION,
      },
    );
    const { results } = await mutate<{ results: { outcome: string; enrolment: Ref }[] }>(
      server,
      token,
      'enrolEmployees',
      'results { outcome enrolment { id version } }',
      { sessionId: session.id, employeeIds: ids },
    );
    expect(results.every((r) => r.outcome === 'ENROLLED')).toBe(true);
    await mutate(server, token, 'updateTrainingSession', 'session { id }', {
      id: session.id,
      version: session.version,
      startDate: `2026-11-${10 + s}`,
      endDate: `2026-11-${10 + s}`,
    });
    refs.push(...results.map((r) => r.enrolment));
  }
  const start = Date.now();
  const { enrolments } = await mutate<{ enrolments: Ref[] }>(
    server,
    token,
    'recordAttendance',
    'enrolments { id version }',
    {
      enrolments: refs,
    },
  );
  return { attended: enrolments, attendanceMs: Date.now() - start };
};

/** The statuses of the program's enrolments, summed over its sessions. */
const statusCounts = async (server: Server, token: string): Promise<Record<string, number>> => {
  type Groups = { groupedAggregates: { keys: string[]; count: number }[] };
  const data = await gql<{ trainingPrograms: { nodes: { sessions: { nodes: { enrolments: Groups }[] } }[] } }>(
    server,
    token,
    `{ trainingPrograms(first: 1, filter: { code: { eq: "CRASH-01" } }) { nodes { sessions(first: 10) { nodes {
      enrolments(first: 1) { groupedAggregates(groupBy: [STATUS]) { keys count } } } } } } }`,
    {},
  );
  const counts: Record<string, number> = {};
  for (const session of data.trainingPrograms.nodes[0]?.sessions.nodes ?? [])
    for (const g of session.enrolments.groupedAggregates)
      counts[g.keys[0] as string] = (counts[g.keys[0] as string] ?? 0) + g.count;
  return counts;
};

/**
 * Resolves at the moment to kill the server mid-transaction, with what was seen then. PostgreSQL: once the
 * request's transaction holds an xid (it has written). PGlite cannot be watched from outside while it runs, so:
 * 1.5 times what the same server took for the attendance of the same 500 enrolments (the completion does that
 * work, then refreshes the facts of the employees, which takes longer), and whether its write-ahead log had grown.
 */
const killMoment = async (data: Record<string, string>, pgliteDelayMs: number): Promise<() => Promise<string>> => {
  const deadline = () => Date.now() + 60_000;
  if (data.PGLITE_DIR) {
    const wal = join(data.PGLITE_DIR, 'pg_wal');
    const state = () =>
      readdirSync(wal)
        .filter((f) => /^[0-9A-F]{24}$/.test(f))
        .map((f) => {
          const st = statSync(join(wal, f));
          return `${f}:${st.size}:${st.mtimeMs}`;
        })
        .join(',');
    const baseline = state();
    return async () => {
      await new Promise((r) => setTimeout(r, pgliteDelayMs));
      return state() === baseline ? 'WAL unchanged' : 'WAL grown';
    };
  }
  const url = new URL(data.DATABASE_URL as string);
  const name = url.pathname.slice(1);
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  return async (): Promise<string> => {
    const end = deadline();
    try {
      for (;;) {
        const { rows } = await client.query<{ n: number }>(
          `select count(*)::int as n from pg_stat_activity where datname = $1 and backend_xid is not null
             and query ilike '%enrolment%'`,
          [name],
        );
        if ((rows[0]?.n ?? 0) > 0) return 'transaction holds an xid';
        if (Date.now() > end) throw new Error('no transaction wrote');
        await new Promise((r) => setTimeout(r, 2));
      }
    } finally {
      await client.end();
    }
  };
};

const drivers = process.env.TEST_DATABASE_URL ? (['pglite', 'pg'] as const) : (['pglite'] as const);

describe.each(drivers)('a crash in the middle of a bulk completion on %s', (driver) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  const database = async (): Promise<Record<string, string>> => {
    if (driver === 'pglite') {
      const dir = await mkdtemp(join(tmpdir(), 'kinerja-crash-'));
      cleanups.push(() => rm(dir, { recursive: true, force: true }));
      return { PGLITE_DIR: dir };
    }
    const admin = process.env.TEST_DATABASE_URL as string;
    const name = `kinerja_crash_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
    const run = async (statement: string) => {
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      await client.query(statement).finally(() => client.end());
    };
    await run(`create database ${name}`);
    cleanups.push(() => run(`drop database if exists ${name} with (force)`));
    const url = new URL(admin);
    url.pathname = `/${name}`;
    return { DATABASE_URL: url.toString() };
  };

  it('after SIGKILL and a restart either all 500 completions are recorded or none, and the server serves again', async () => {
    const data = await database();
    let server = await startServer(data);
    cleanups.push(async () => {
      server.child.kill('SIGKILL');
    });
    let token = await signIn(server);
    const { attended, attendanceMs } = await prepare(server, token);
    expect(attended).toHaveLength(TOTAL);
    const before = await statusCounts(server, token);
    expect(before.ATTENDED).toBe(TOTAL);

    // Kill the server while the bulk completion is in flight, before its answer (see killMoment).
    const moment = await killMoment(data, Math.max(100, Math.round(attendanceMs * 1.5)));
    const started = Date.now();
    let answered = false;
    const inFlight = mutate(server, token, 'recordCompletions', 'enrolments { id }', {
      completions: attended.map((e) => ({ id: e.id, version: e.version, outcome: 'COMPLETED', score: 80 })),
    }).then(
      () => {
        answered = true;
      },
      () => undefined,
    );
    const seen = await moment();
    const killedAfter = Date.now() - started;
    server.child.kill('SIGKILL');
    await killed(server.child);
    await inFlight;
    expect(answered, `the completion answered before the kill (${Date.now() - started} ms)`).toBe(false);
    expect(server.child.signalCode).toBe('SIGKILL');

    // Restart on the same data.
    server = await startServer(data);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    token = await signIn(server);
    const after = await statusCounts(server, token);
    const completed = after.COMPLETED ?? 0;
    expect([0, TOTAL]).toContain(completed);
    console.info(
      `${driver}: killed ${killedAfter} ms into the request (${seen}; attendance took ${attendanceMs} ms); after restart ${completed} of ${TOTAL} completed`,
    );
    expect((after.ATTENDED ?? 0) + completed).toBe(TOTAL);

    // The server serves again: when nothing was recorded the same completion now goes through whole.
    if (completed === 0) {
      const redo = Date.now();
      const done = await mutate<{ enrolments: { status: string }[] }>(
        server,
        token,
        'recordCompletions',
        'enrolments { status }',
        { completions: attended.map((e) => ({ id: e.id, version: e.version, outcome: 'COMPLETED', score: 80 })) },
      );
      expect(done.enrolments.every((e) => e.status === 'COMPLETED')).toBe(true);
      console.info(`${driver}: the same completion after the restart took ${Date.now() - redo} ms`);
    }
    expect((await statusCounts(server, token)).COMPLETED).toBe(TOTAL);
    server.child.kill('SIGTERM');
    await killed(server.child);
  }, 900_000);
});
