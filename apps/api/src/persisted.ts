import { readFileSync } from 'node:fs';
import { type ASTVisitor, type DocumentNode, Kind, type OperationDefinitionNode, parse, print, visit } from 'graphql';
import { LRUCache } from 'lru-cache';
import { LIMITS } from './limits.js';

/**
 * Persisted operations: with `PERSISTED_OPERATIONS=only` the server runs only the admin app's operations (the
 * manifest graphql-codegen writes to apps/admin/src/gql/persisted-documents.json, `sha256:<hex>` → document),
 * sign-in and sign-out, and ad-hoc operations of signed-in analysts. A client names an operation by its id
 * (`documentId`, or Apollo's `extensions.persistedQuery.sha256Hash`) or sends its text; the text matches when it is
 * the same document up to layout and the `__typename` fields Apollo Client adds.
 */
export type Manifest = Readonly<Record<string, string>>;

export type Admission =
  | { readonly ok: true; readonly query: string | undefined }
  | { readonly ok: false; readonly status: 400 | 403; readonly code: string; readonly message: string };

export type PersistedOperations = {
  readonly size: number;
  /** Decides whether a request may run, and with which text. */
  admit: (request: { documentId?: string; query?: string }, isAnalyst: boolean) => Admission;
};

/** Reads a manifest file; a missing or malformed one stops the start with a message naming it. */
export const readManifest = (path: string): Manifest => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new Error(
      `invalid settings: PERSISTED_OPERATIONS_MANIFEST: cannot read ${path} (${(e as Error).message}); run \`pnpm --filter @kinerja/admin generate\``,
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new Error(`invalid settings: PERSISTED_OPERATIONS_MANIFEST: ${path} is not an object of id → document`);
  const entries = Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string');
  return Object.fromEntries(entries);
};

/** The id without its algorithm prefix: `sha256:ab…` and `ab…` name the same operation. */
const bareId = (id: string) => id.replace(/^sha256:/, '').toLowerCase();

/** Drops the unaliased `__typename` fields Apollo Client adds to every selection. */
const withoutTypename: ASTVisitor = {
  Field: (node) => (node.name.value === '__typename' && !node.alias ? null : undefined),
};

/** The document printed without `__typename` fields, so Apollo Client's additions match the manifest. */
const normalize = (document: DocumentNode): string => print(visit(document, withoutTypename));

/** Root fields that anyone may call so a tool can get a token: sign-in and sign-out. */
const OPEN_MUTATIONS = new Set(['signIn', 'signOut']);

const isOpen = (document: DocumentNode): boolean => {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  return (
    operations.length === 1 &&
    document.definitions.length === 1 &&
    operations[0]?.operation === 'mutation' &&
    operations[0].selectionSet.selections.every(
      (s) => s.kind === Kind.FIELD && !s.alias && OPEN_MUTATIONS.has(s.name.value),
    )
  );
};

const NOT_ALLOWED: Admission = {
  ok: false,
  status: 403,
  code: 'PERSISTED_QUERY_REQUIRED',
  message:
    "this server runs only the admin app's operations; ad-hoc queries need a signed-in analyst (send a bearer token)",
};

export const persistedOperations = (manifest: Manifest): PersistedOperations => {
  const byId = new Map(Object.entries(manifest).map(([id, text]) => [bareId(id), text]));
  const known = new Set<string>();
  for (const text of byId.values()) known.add(normalize(parse(text)));
  /** Decisions on texts seen before: whether each is an admitted document (parsing once per distinct text). */
  const seen = new LRUCache<string, boolean>({ max: 2_000 });
  const isKnownText = (query: string): boolean => {
    const cached = seen.get(query);
    if (cached !== undefined) return cached;
    let admitted = false;
    try {
      const document = parse(query, { maxTokens: LIMITS.maxTokens, noLocation: true });
      admitted = known.has(normalize(document)) || isOpen(document);
    } catch {
      admitted = false;
    }
    seen.set(query, admitted);
    return admitted;
  };
  return {
    size: byId.size,
    admit: ({ documentId, query }, isAnalyst) => {
      if (documentId !== undefined) {
        const text = byId.get(bareId(documentId));
        if (text === undefined)
          return {
            ok: false,
            status: 400,
            code: 'PERSISTED_QUERY_NOT_FOUND',
            message: `no persisted operation has the id ${documentId.slice(0, 80)}`,
          };
        return { ok: true, query: text };
      }
      // Nothing to run: Apollo answers the missing query with its own 400.
      if (query === undefined) return { ok: true, query };
      if (isAnalyst || isKnownText(query)) return { ok: true, query };
      return NOT_ALLOWED;
    },
  };
};
