import type { Database } from '@kinerja/db';
import type { Kysely } from 'kysely';

/**
 * The analysts scenario of `pnpm bench --scenario analysts`: N signed-in analysts (each their own user, so each has
 * their own cost budget) run a mix of analyst queries back to back for a while, as a team of BKN analysts would
 * through their tools. A 429 is the budget speaking: the client waits the Retry-After it was given, as a
 * well-behaved tool does, and it is counted. Anything else that is not a clean 200 is a failure.
 */
export type AnalystsReport = {
  readonly clients: number;
  readonly seconds: number;
  readonly requests: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  readonly budget429: number;
  readonly failures: readonly string[];
  readonly byQuery: Readonly<
    Record<string, { count: number; p50: number; p99: number; requested: number; actual: number }>
  >;
};

/** The password of the seed's analyst; the bench's analysts share its hash. */
const ANALYST_PASSWORD = 'analis-kinerja-2026';

/** Makes `count` analyst accounts (bench-analis-01, …) like the seed's analyst, once. */
export const ensureAnalysts = async (db: Kysely<Database>, count: number): Promise<string[]> => {
  const model = await db
    .selectFrom('app_user')
    .select(['instansi_id', 'password_hash'])
    .where('username', '=', 'analis')
    .executeTakeFirstOrThrow();
  const names = Array.from({ length: count }, (_, i) => `bench-analis-${String(i + 1).padStart(2, '0')}`);
  for (const username of names) {
    const existing = await db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirst();
    if (existing) continue;
    const { id } = await db
      .insertInto('app_user')
      .values({
        username,
        display_name: `Analis BKN ${username.slice(-2)}`,
        instansi_id: model.instansi_id,
        employee_id: null,
        password_hash: model.password_hash,
        disabled_at: null,
        locked_until: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('user_role').values({ user_id: id, role: 'ANALYST', unit_id: null }).execute();
  }
  return names;
};

const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { token userErrors { code message } } }`;

/** A bearer token for one of the analysts (the seed's or the bench's; they share a password), or another demo user. */
export const signIn = async (endpoint: string, login: string, password = ANALYST_PASSWORD): Promise<string> => {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: SIGN_IN,
      variables: { input: { login, password, client: 'BEARER' } },
    }),
  });
  const body = (await res.json()) as { data?: { signIn: { token: string | null } } };
  const token = body.data?.signIn.token;
  if (!token) throw new Error(`sign-in of ${login} failed: ${res.status} ${JSON.stringify(body).slice(0, 300)}`);
  return token;
};

const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length === 0 ? 0 : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0);

const round = (ms: number) => Math.round(ms * 10) / 10;

export const runAnalysts = async (options: {
  endpoint: string;
  logins: readonly string[];
  queries: readonly { name: string; text: string }[];
  seconds: number;
}): Promise<AnalystsReport> => {
  const tokens: string[] = [];
  for (const login of options.logins) tokens.push(await signIn(options.endpoint, login));
  const latencies: number[] = [];
  const perQuery = new Map<string, number[]>();
  const costs = new Map<string, { requested: number; actual: number }>();
  const failures: string[] = [];
  let budget429 = 0;
  const started = performance.now();
  const until = started + options.seconds * 1000;

  const client = async (token: string, index: number) => {
    // Each analyst starts at a different query of the mix and walks through it in turn.
    let turn = index;
    while (performance.now() < until) {
      const query = options.queries[turn++ % options.queries.length];
      if (!query) return;
      const t0 = performance.now();
      const res = await fetch(options.endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: query.text }),
      });
      const text = await res.text();
      const ms = performance.now() - t0;
      if (res.status === 429) {
        budget429++;
        const wait = Number(res.headers.get('retry-after') ?? 1);
        await new Promise((r) => setTimeout(r, Math.min(wait * 1000, Math.max(0, until - performance.now()))));
        continue;
      }
      latencies.push(ms);
      const list = perQuery.get(query.name) ?? [];
      list.push(ms);
      perQuery.set(query.name, list);
      let errors: unknown;
      try {
        const body = JSON.parse(text) as {
          errors?: unknown;
          extensions?: { cost?: { requested: number; actual: number } };
        };
        errors = body.errors;
        if (body.extensions?.cost) costs.set(query.name, body.extensions.cost);
      } catch {
        errors = `not JSON: ${text.slice(0, 100)}`;
      }
      if (res.status !== 200 || errors)
        failures.push(`${query.name}: ${res.status} ${JSON.stringify(errors ?? null).slice(0, 300)}`);
    }
  };
  await Promise.all(tokens.map((t, i) => client(t, i)));
  const seconds = (performance.now() - started) / 1000;
  const sorted = [...latencies].sort((a, b) => a - b);
  const byQuery: Record<string, { count: number; p50: number; p99: number; requested: number; actual: number }> = {};
  for (const [name, list] of perQuery) {
    const s = [...list].sort((a, b) => a - b);
    const cost = costs.get(name) ?? { requested: 0, actual: 0 };
    byQuery[name] = { count: s.length, p50: round(percentile(s, 50)), p99: round(percentile(s, 99)), ...cost };
  }
  return {
    clients: tokens.length,
    seconds: round(seconds),
    requests: latencies.length + budget429,
    perSecond: round((latencies.length + budget429) / seconds),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? 0),
    budget429,
    failures,
    byQuery,
  };
};
