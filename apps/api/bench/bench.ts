import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { parseArgs } from 'node:util';
import { createDb, migrateToLatest, seed } from '@kinerja/db';
import { date } from '@kinerja/domain';
import autocannon from 'autocannon';
import pg from 'pg';
import { ensureAnalysts, runAnalysts, signIn } from './analysts.js';
import { runVacancy } from './vacancy.js';

/**
 * `pnpm bench`: seeds PostgreSQL (DATABASE_URL, default postgres://postgres@127.0.0.1:5432/kinerja_bench) with
 * 20,000 employees (--employees), starts the API in production mode, and loads it with autocannon for each
 * reference query in bench/queries. Prints per query: requests/s, p50 and p99 latency, SQL statements per request,
 * and the server's peak memory. With --peer URL it loads a PostGraphile serving the same database with the
 * equivalent queries in bench/peer (see docs/performance.md), so the two are measured in one run.
 *
 * `--scenario analysts`: 50 signed-in analysts (--connections), each their own user with their own cost budget,
 * run the reference queries in turn for 60 s (--duration); prints p50/p95/p99, requests/s and the budget's 429s, and
 * exits non-zero on any 5xx or error other than a budget 429.
 *
 * `--scenario vacancy`: the administrator's candidate list of a vacancy of each managerial level (MERIT-6, every
 * employee of the instansi judged), one request at a time; prints candidates, SQL statements and latency.
 */
const { values: args } = parseArgs({
  options: {
    employees: { type: 'string', default: '20000' },
    scenario: { type: 'string', default: 'queries' },
    duration: { type: 'string' },
    connections: { type: 'string' },
    peer: { type: 'string' },
    only: { type: 'string' },
  },
});
const employees = Number(args.employees);
const analysts = args.scenario === 'analysts';
const vacancy = args.scenario === 'vacancy';
if (!analysts && !vacancy && args.scenario !== 'queries')
  throw new Error(`--scenario is queries, analysts or vacancy, not ${args.scenario}`);
const duration = Number(args.duration ?? (analysts ? 60 : 10));
const connections = Number(args.connections ?? (analysts ? 50 : 10));
const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/kinerja_bench';

const ensureDatabase = async () => {
  const target = new URL(url);
  const name = target.pathname.slice(1);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
  if (exists.rowCount === 0) await client.query(`create database "${name.replaceAll('"', '')}"`);
  await client.end();
};

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

const waitFor = async (health: string) => {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(health)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${health} did not answer`);
};

const peakMemoryMb = (child: ChildProcess) => {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    return Math.round(kb / 1024);
  } catch {
    return Number.NaN;
  }
};

const post = async (endpoint: string, query: string, headers: Record<string, string> = {}) => {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { errors?: unknown[]; extensions?: { sqlStatements?: number } };
  if (res.status !== 200 || body.errors)
    throw new Error(`${endpoint}: ${res.status} ${JSON.stringify(body.errors)?.slice(0, 400)}`);
  return body;
};

const load = (endpoint: string, query: string, headers: Record<string, string> = {}) =>
  new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(
      {
        url: endpoint,
        method: 'POST',
        connections,
        duration,
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query }),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });

const queryFiles = (folder: string) =>
  readdirSync(new URL(folder, import.meta.url))
    .filter((f) => f.endsWith('.graphql') && (!args.only || f.startsWith(args.only)))
    .sort()
    .map((f) => ({
      name: f.replace('.graphql', ''),
      text: readFileSync(new URL(`${folder}/${f}`, import.meta.url), 'utf8'),
    }));

await ensureDatabase();
{
  const { db, close } = await createDb({ url });
  await migrateToLatest(db);
  const { count } = await db
    .selectFrom('employee')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .executeTakeFirstOrThrow();
  if (Number(count) !== employees) {
    const started = Date.now();
    console.log(`seeding ${employees} employees into ${new URL(url).pathname.slice(1)} ...`);
    await seed(db, { employees, today: date('2026-11-28'), reset: true });
    console.log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  if (analysts) await ensureAnalysts(db, connections);
  await close();
}

const port = await freePort();
const server = spawn('node', ['--max-semi-space-size=64', '--import', 'tsx', 'src/main.ts'], {
  cwd: new URL('..', import.meta.url),
  env: {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    DATABASE_URL: url,
    LOG_LEVEL: 'warn',
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    // The bench's analysts sign in with the seed's documented analyst password.
    ALLOW_DEMO_PASSWORDS: '1',
    EXPOSE_SQL_STATEMENTS: '1',
    // The per-query scenario measures throughput from one signed-in analyst: no budget in its way.
    ...(analysts ? {} : { COST_BUDGET_PER_MINUTE: String(1e12) }),
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const endpoint = `http://127.0.0.1:${port}/graphql`;
try {
  await waitFor(`http://127.0.0.1:${port}/healthz`);
  if (vacancy) {
    const report = await runVacancy({ endpoint, repeats: 7 });
    console.log(`\n${employees} employees; vacancies in ${report.unit}; peak RSS ${peakMemoryMb(server)} MB\n`);
    console.log('| level | first | candidates | eligible | SQL statements | p50 ms | min ms |');
    console.log('|---|---|---|---|---|---|---|');
    for (const r of report.rows)
      console.log(
        `| ${r.target} | ${r.first} | ${r.candidates} | ${r.eligible} | ${r.statements ?? '?'} | ${r.p50} | ${r.min} |`,
      );
  }
  if (analysts) {
    const logins = Array.from({ length: connections }, (_, i) => `bench-analis-${String(i + 1).padStart(2, '0')}`);
    const report = await runAnalysts({ endpoint, logins, queries: queryFiles('queries'), seconds: duration });
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    console.log(
      `\n${employees} employees, ${report.clients} analysts, ${report.seconds} s, peak RSS ${peakMemoryMb(server)} MB\n`,
    );
    console.log('| requests | requests/s | p50 ms | p95 ms | p99 ms | max ms | budget 429s | failures |');
    console.log('|---|---|---|---|---|---|---|---|');
    console.log(
      `| ${report.requests} | ${report.perSecond} | ${report.p50} | ${report.p95} | ${report.p99} | ${report.max} | ${report.budget429} | ${report.failures.length} |`,
    );
    console.log('\n| query | answered | p50 ms | p99 ms | cost requested | rows read |\n|---|---|---|---|---|---|');
    for (const [name, q] of Object.entries(report.byQuery))
      console.log(`| ${name} | ${q.count} | ${q.p50} | ${q.p99} | ${q.requested} | ${q.actual} |`);
    for (const f of report.failures.slice(0, 20)) console.error(f);
    if (report.failures.length > 0 || !health.ok) {
      console.error(`${report.failures.length} failures; health ${health.status}`);
      process.exitCode = 1;
    }
  }
  // Reads need a signed-in user: the seed's analyst, who sees every instansi.
  const signedIn = analysts || vacancy ? {} : { authorization: `Bearer ${await signIn(endpoint, 'analis')}` };
  const rows: string[] = [];
  const peerQueries = new Map(queryFiles('peer').map((q) => [q.name, q.text]));
  for (const q of analysts || vacancy ? [] : queryFiles('queries')) {
    const first = await post(endpoint, q.text, signedIn);
    const ours = await load(endpoint, q.text, signedIn);
    const line = `| ${q.name} | Kinerja | ${ours.requests.average.toFixed(0)} | ${ours.latency.p50} | ${ours.latency.p99} | ${first.extensions?.sqlStatements ?? '?'} | ${peakMemoryMb(server)} | ${ours.non2xx} |`;
    console.log(line);
    rows.push(line);
    const peerText = peerQueries.get(q.name);
    if (args.peer && peerText) {
      await post(args.peer, peerText);
      const peer = await load(args.peer, peerText);
      const peerLine = `| ${q.name} | PostGraphile 5 | ${peer.requests.average.toFixed(0)} | ${peer.latency.p50} | ${peer.latency.p99} | - | - | ${peer.non2xx} |`;
      console.log(peerLine);
      rows.push(peerLine);
    }
  }
  if (!analysts && !vacancy) {
    console.log(`\n${employees} employees, ${connections} connections, ${duration} s per query\n`);
    console.log('| query | server | requests/s | p50 ms | p99 ms | SQL statements / request | peak RSS MB | non-2xx |');
    console.log('|---|---|---|---|---|---|---|---|');
    for (const r of rows) console.log(r);
  }
} finally {
  server.kill('SIGTERM');
}
