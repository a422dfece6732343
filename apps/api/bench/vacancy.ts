import { signIn } from './analysts.js';

/**
 * The vacancy scenario of `pnpm bench --scenario vacancy`: the seed's administrator opens a vacancy of each
 * managerial level in one unit and asks for its ranked candidate list (MERIT-6: every employee of the instansi
 * judged with every check), one request at a time, `repeats` times per level and page size. Reports, per level and
 * page size, the candidates returned, the eligible ones, the SQL statements of the request and its latency.
 */
const ADMIN_PASSWORD = 'admin-kinerja-2026';
const TARGETS = ['PENGAWAS', 'ADMINISTRATOR', 'JPT_PRATAMA'] as const;
const PAGES = [100, 1000] as const;

type Body<T> = { data?: T; errors?: unknown[]; extensions?: { sqlStatements?: number } };

const post = async <T>(endpoint: string, token: string, query: string, variables: object) => {
  const started = performance.now();
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Body<T>;
  if (res.status !== 200 || body.errors || !body.data)
    throw new Error(`${res.status} ${JSON.stringify(body.errors)?.slice(0, 400)}`);
  return { ms: performance.now() - started, data: body.data, statements: body.extensions?.sqlStatements };
};

/** One line of the report. */
export type VacancyRow = {
  readonly target: string;
  readonly first: number;
  readonly candidates: number;
  readonly eligible: number;
  readonly statements: number | undefined;
  readonly p50: number;
  readonly min: number;
};

export const runVacancy = async ({ endpoint, repeats }: { endpoint: string; repeats: number }) => {
  const token = await signIn(endpoint, 'admin', ADMIN_PASSWORD);
  const units = await post<{ units: { nodes: { id: string; name: string }[] } }>(
    endpoint,
    token,
    'query { units(first: 2) { nodes { id name } } }',
    {},
  );
  // the first unit is the instansi's root; the second, a perangkat daerah under it
  const unit = units.data.units.nodes[1] ?? units.data.units.nodes[0];
  if (!unit) throw new Error('the bench database has no unit');
  const rows: VacancyRow[] = [];
  for (const target of TARGETS) {
    const opened = await post<{ openVacancy: { vacancy: { id: string } | null; userErrors: { message: string }[] } }>(
      endpoint,
      token,
      'mutation ($input: OpenVacancyInput!) { openVacancy(input: $input) { vacancy { id } userErrors { message } } }',
      { input: { unitId: unit.id, target, title: `Kepala (${target}, bench)` } },
    );
    const vacancy = opened.data.openVacancy.vacancy;
    if (!vacancy) throw new Error(`openVacancy ${target}: ${JSON.stringify(opened.data.openVacancy.userErrors)}`);
    for (const first of PAGES) {
      const times: number[] = [];
      let last: { candidates: number; eligible: number; statements: number | undefined } | null = null;
      for (let i = 0; i < repeats; i++) {
        const r = await post<{ node: { candidates: { eligible: boolean }[] } }>(
          endpoint,
          token,
          'query ($id: ID!, $first: Int) { node(id: $id) { ... on Vacancy { candidates(first: $first) { eligible employee { nip name } checks { rule check ok detail } } } } }',
          { id: vacancy.id, first },
        );
        times.push(r.ms);
        const list = r.data.node.candidates;
        last = { candidates: list.length, eligible: list.filter((c) => c.eligible).length, statements: r.statements };
      }
      times.sort((a, b) => a - b);
      rows.push({
        target,
        first,
        candidates: last?.candidates ?? 0,
        eligible: last?.eligible ?? 0,
        statements: last?.statements,
        p50: Math.round(times[Math.floor(times.length / 2)] ?? 0),
        min: Math.round(times[0] ?? 0),
      });
    }
  }
  return { unit: unit.name, rows };
};
