import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The self-hosted GraphiQL on `GET /graphql`: its script and styles come from our own node_modules, never a CDN,
 * so it works on a closed network.
 */
const require = createRequire(import.meta.url);

const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

/** The folder of an installed package: its `exports` hide these files from require, not from the disk. */
const packageRoot = (pkg: string): string => {
  let dir = dirname(require.resolve(pkg));
  while (
    !(existsSync(join(dir, 'package.json')) && JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name === pkg)
  ) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`cannot find the folder of ${pkg}`);
    dir = up;
  }
  return dir;
};

const cache = new Map<string, Buffer>();

/** The body and content type of a GraphiQL asset (`/graphiql/<name>`), or null when there is none. */
export const graphiqlAsset = async (name: string): Promise<{ body: Buffer; type: string } | null> => {
  const asset = ASSETS[name];
  if (!asset) return null;
  let body = cache.get(name);
  if (!body) {
    body = await readFile(join(packageRoot(asset.pkg), asset.file));
    cache.set(name, body);
  }
  return { body, type: asset.type };
};

/** The query GraphiQL opens with: an analyst's question, to start from. */
const EXAMPLE = `# Kinerja: the predikat distribution of 2025 per perangkat daerah, and the first employees
# who met their 20 JP. Press Ctrl-Enter to run; the Docs panel describes every type and field.
{
  employeeYears(first: 5, filter: { year: { eq: 2025 }, jpMet: { eq: true } }) {
    totalCount
    nodes { year annualPredikat jpDone talentBox employee { nip name } }
    groupedAggregates(groupBy: [PERANGKAT_DAERAH, ANNUAL_PREDIKAT]) { keys count unit { name } }
  }
}
`;

/** The GraphiQL page; it posts to the same origin with the caller's cookie. `?theme=light|dark` fixes its theme. */
export const graphiqlPage = (endpoint = '/graphql') => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kinerja GraphQL</title>
<link rel="stylesheet" href="/graphiql/graphiql.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="/graphiql/react.js"></script>
<script src="/graphiql/react-dom.js"></script>
<script src="/graphiql/graphiql.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)}, headers: { 'apollo-require-preflight': 'true' } });
  // ?theme=light|dark: the admin app's workbench embeds this page in its own color scheme
  const theme = new URLSearchParams(location.search).get('theme');
  const forcedTheme = theme === 'light' || theme === 'dark' ? theme : undefined;
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, forcedTheme, defaultEditorToolsVisibility: true, defaultQuery: ${JSON.stringify(EXAMPLE)} }),
  );
</script>
</body>
</html>`;
