import type { Database } from '@kinerja/db';
import type { IsoDate } from '@kinerja/domain';
import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import { scopeFor } from './auth/scope.js';
import type { TokenSigner } from './auth/token.js';
import type { Viewer } from './auth/viewer.js';
import type { ScopeOf } from './query/spec.js';

/** What every resolver receives for one request. */
export type Context = {
  readonly db: Kysely<Database>;
  /** The date the request is judged on (the API's clock; the domain has none). */
  readonly today: IsoDate;
  readonly requestId: string;
  /** The signed-in person, or null for an anonymous request. */
  readonly viewer: Viewer | null;
  /** The name of the operation, for the access log. */
  readonly operationName: string | null;
  /** Headers the response must carry (Set-Cookie from signIn and signOut). */
  readonly response: { readonly setCookies: string[] };
  /** Signs session tokens (signIn). */
  readonly tokens: TokenSigner;
  /** Cookies carry `Secure` (production, behind HTTPS). */
  readonly secureCookies: boolean;
  /**
   * Restricts a table's rows to what the viewer may read, as SQL over the table's alias (`auth/scope.ts`): every
   * statement of the read API carries it in its WHERE.
   */
  readonly scope: ScopeOf;
  /** A DataLoader per name, made once per request: relations load per level, never per row. */
  readonly loader: <K, V>(
    name: string,
    batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>,
  ) => DataLoader<K, V, string>;
  /** Rows of each entity's lists the request has read (root and nested lists), for the access log. */
  readonly listed: Map<string, number>;
  /** Rows the request has read, the `actual` of `extensions.cost`. */
  readonly cost: { actual: number; requested: number };
  /** SQL statements run so far (not reported in production). */
  readonly statements: { count: number };
  /**
   * The same request over another connection (a mutation's transaction), with loaders of its own so nothing read
   * before the transaction is served from cache inside it.
   */
  readonly withDb: (db: Kysely<Database>) => Context;
};

/** Builds a request's context. */
export const createContext = (input: {
  db: Kysely<Database>;
  today: IsoDate;
  requestId: string;
  statements: { count: number };
  viewer: Viewer | null;
  tokens: TokenSigner;
  secureCookies: boolean;
  operationName?: string | null;
  response?: { readonly setCookies: string[] };
}): Context => {
  const loaders = new Map<string, DataLoader<unknown, unknown, string>>();
  const cost = { actual: 0, requested: 0 };
  const listed = new Map<string, number>();
  const response = input.response ?? { setCookies: [] };
  return {
    ...input,
    operationName: input.operationName ?? null,
    response,
    withDb: (db) => ({ ...createContext({ ...input, db, response }), cost, listed }),
    listed,
    scope: scopeFor(input.viewer),
    loader: <K, V>(name: string, batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>) => {
      let l = loaders.get(name) as DataLoader<K, V, string> | undefined;
      if (!l) {
        l = new DataLoader<K, V, string>(batch, {
          cacheKeyFn: (k) => (typeof k === 'object' ? JSON.stringify(k) : String(k)),
          maxBatchSize: 5000,
        });
        loaders.set(name, l as DataLoader<unknown, unknown, string>);
      }
      return l;
    },
    cost,
  };
};
