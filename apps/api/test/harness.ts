import type { AddressInfo } from 'node:net';
import { type Database, seed } from '@kinerja/db';
import { openTestDb } from '@kinerja/db/testing';
import { date, type IsoDate } from '@kinerja/domain';
import type { Kysely } from 'kysely';
import { pino } from 'pino';
import { schema } from '../src/schema/index.js';
import { createApp } from '../src/server.js';

/** The date the tests are judged on. */
export const TODAY: IsoDate = date('2026-11-28');

export type GqlResponse<T = Record<string, unknown>> = {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: { cost?: { requested: number; actual: number; limit: number }; sqlStatements?: number };
};

export type TestApi = {
  readonly url: string;
  readonly db: Kysely<Database>;
  /** POSTs one operation; returns the parsed body with the HTTP status. */
  gql: <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => Promise<GqlResponse<T>>;
  /** POSTs a raw body. */
  post: (body: string, headers?: Record<string, string>) => Promise<{ status: number; text: string }>;
  close: () => Promise<void>;
};

/**
 * The API over a real database of its own (PGlite, or PostgreSQL when TEST_DATABASE_URL is set), seeded with a
 * small deterministic demo, served over HTTP on a free port: tests speak to it as a client would.
 */
export const startTestApi = async (
  driver: 'pglite' | 'pg',
  options: { employees?: number; costLimit?: number; production?: boolean } = {},
): Promise<TestApi> => {
  const opened = await openTestDb(driver);
  await seed(opened.db, { employees: options.employees ?? 240, today: TODAY });
  const { server, apollo } = await createApp({
    db: opened.db,
    schema,
    logger: pino({ level: 'silent' }),
    production: options.production ?? false,
    costLimit: options.costLimit ?? 100_000,
    today: () => TODAY,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const post = async (body: string, headers: Record<string, string> = {}) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    return { status: res.status, text: await res.text() };
  };
  return {
    url,
    db: opened.db,
    post,
    gql: async (query, variables) => {
      const { status, text } = await post(JSON.stringify({ query, variables }));
      return { status, ...JSON.parse(text) };
    },
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
      await opened.close();
    },
  };
};
