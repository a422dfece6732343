import type { Database } from '@kinerja/db';
import type { IsoDate } from '@kinerja/domain';
import DataLoader from 'dataloader';
import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { EntitySpec } from './query/spec.js';

/** What every resolver receives for one request. */
export type Context = {
  readonly db: Kysely<Database>;
  /** The date the request is judged on (the API's clock; the domain has none). */
  readonly today: IsoDate;
  readonly requestId: string;
  /** Restricts an entity's rows to what the caller may see, as SQL over the table alias. */
  readonly scope: (spec: EntitySpec) => (alias: string) => RawBuilder<boolean>;
  /** A DataLoader per name, made once per request: relations load per level, never per row. */
  readonly loader: <K, V>(
    name: string,
    batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>,
  ) => DataLoader<K, V, string>;
  /** Rows the request has read, the `actual` of `extensions.cost`. */
  readonly cost: { actual: number; requested: number };
  /** SQL statements run so far (not reported in production). */
  readonly statements: { count: number };
};

const everything = () => sql<boolean>`true`;

/** Builds a request's context. */
export const createContext = (input: {
  db: Kysely<Database>;
  today: IsoDate;
  requestId: string;
  statements: { count: number };
}): Context => {
  const loaders = new Map<string, DataLoader<unknown, unknown, string>>();
  return {
    ...input,
    scope: () => everything,
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
    cost: { actual: 0, requested: 0 },
  };
};
