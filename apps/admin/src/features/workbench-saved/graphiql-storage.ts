/**
 * The self-hosted GraphiQL (`GET /graphql`, same origin as the app) keeps its editors in localStorage under the
 * `graphiql:` namespace, and on opening it shows the tab whose query and variables equal `graphiql:query` and
 * `graphiql:variables` (adding a tab when none does). So the app reads the query being edited there, and opens
 * a saved query there, through those two keys, without touching GraphiQL's page.
 */
const QUERY_KEY = 'graphiql:query';
const VARIABLES_KEY = 'graphiql:variables';

/** Where GraphiQL is served. */
export const GRAPHIQL_PATH = '/graphql';

/** What GraphiQL's editors hold: the query and the variables (JSON text). */
export type GraphiqlDocument = { readonly query: string; readonly variables: string };

type StorageLike = Pick<Storage, 'getItem' | 'setItem'>;

const storageOf = (storage?: StorageLike): StorageLike | null => {
  try {
    return storage ?? globalThis.localStorage ?? null;
  } catch {
    return null;
  }
};

/** The query and variables last edited in GraphiQL on this browser (empty texts when none). */
export const readGraphiql = (storage?: StorageLike): GraphiqlDocument => {
  const s = storageOf(storage);
  return { query: s?.getItem(QUERY_KEY) ?? '', variables: s?.getItem(VARIABLES_KEY) ?? '' };
};

/** Makes GraphiQL open on this query and these variables the next time it loads. */
export const writeGraphiql = (doc: GraphiqlDocument, storage?: StorageLike): void => {
  const s = storageOf(storage);
  s?.setItem(QUERY_KEY, doc.query);
  s?.setItem(VARIABLES_KEY, doc.variables);
};

/** Variables as JSON text: an object (or nothing); anything else is refused with a reason. */
export const parseVariables = (
  text: string,
): { ok: true; value: Record<string, unknown> } | { ok: false; reason: 'NOT_JSON' | 'NOT_AN_OBJECT' } => {
  if (text.trim() === '') return { ok: true, value: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'NOT_JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, reason: 'NOT_AN_OBJECT' };
  return { ok: true, value: value as Record<string, unknown> };
};
