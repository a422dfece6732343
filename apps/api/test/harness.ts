import type { AddressInfo } from 'node:net';
import { type Database, DEMO_USERS, seed } from '@kinerja/db';
import { openTestDb } from '@kinerja/db/testing';
import { date, type IsoDate } from '@kinerja/domain';
import type { Kysely } from 'kysely';
import { type Logger, pino } from 'pino';
import { tokenSigner } from '../src/auth/token.js';
import type { BudgetSettings } from '../src/budget.js';
import type { PersistedOperations } from '../src/persisted.js';
import { schema } from '../src/schema/index.js';
import { createApp } from '../src/server.js';

/** The date the tests are judged on. */
export const TODAY: IsoDate = date('2026-11-28');

export type GqlResponse<T = Record<string, unknown>> = {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  extensions?: {
    cost?: {
      requested: number;
      actual: number;
      limit: number;
      budget?: { remaining: number; capacity: number; refillPerSecond: number };
    };
    sqlStatements?: number;
  };
};

export type TestApi = {
  readonly url: string;
  readonly db: Kysely<Database>;
  /** POSTs one operation; returns the parsed body with the HTTP status. */
  gql: <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => Promise<GqlResponse<T>>;
  /** POSTs a raw body. */
  post: (body: string, headers?: Record<string, string>) => Promise<{ status: number; text: string }>;
  /**
   * A client signed in as a demo user (by username, with the seed's password) or with a login and password, over a
   * bearer token from `signIn`.
   */
  as: (login: string, password?: string) => Promise<TestClient>;
  close: () => Promise<void>;
};

/** A signed-in client of the test API. */
export type TestClient = {
  readonly token: string;
  gql: <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => Promise<GqlResponse<T>>;
  post: (body: string, headers?: Record<string, string>) => Promise<{ status: number; text: string }>;
};

/** The password the seed gives a demo user. */
export const demoPassword = (username: string): string => {
  const user = DEMO_USERS.find((u) => u.username === username);
  if (!user) throw new Error(`no demo user ${username}`);
  return user.password;
};

const SIGN_IN = `mutation SignIn($input: SignInInput!) {
  signIn(input: $input) { token userErrors { code message } }
}`;

/**
 * The API over a real database of its own (PGlite, or PostgreSQL when TEST_DATABASE_URL is set), seeded with a
 * small deterministic demo, served over HTTP on a free port: tests speak to it as a client would.
 */
export const startTestApi = async (
  driver: 'pglite' | 'pg',
  options: {
    employees?: number;
    costLimit?: number;
    production?: boolean;
    /** The per-caller cost budget (default: the server's, four operations at the cost limit per minute). */
    budget?: BudgetSettings;
    /** Accept only these operations, plus sign-in and signed-in analysts' ad-hoc queries. */
    persisted?: PersistedOperations;
    /** Where the server logs (default: silent). */
    logger?: Logger;
  } = {},
): Promise<TestApi> => {
  const opened = await openTestDb(driver);
  await seed(opened.db, { employees: options.employees ?? 240, today: TODAY });
  const { server, apollo } = await createApp({
    db: opened.db,
    schema,
    logger: options.logger ?? pino({ level: 'silent' }),
    production: options.production ?? false,
    costLimit: options.costLimit ?? 100_000,
    today: () => TODAY,
    tokens: tokenSigner('test-secret-for-the-kinerja-api-tests-only'),
    ...(options.budget ? { budget: options.budget } : {}),
    ...(options.persisted ? { persisted: options.persisted } : {}),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const post = async (body: string, headers: Record<string, string> = {}) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    return { status: res.status, text: await res.text() };
  };
  const clientOf = (headers: Record<string, string>) => {
    const send = (body: string, extra: Record<string, string> = {}) => post(body, { ...headers, ...extra });
    return {
      post: send,
      gql: async <T>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>> => {
        const { status, text } = await send(JSON.stringify({ query, variables }));
        return { status, ...JSON.parse(text) };
      },
    };
  };
  const anonymous = clientOf({});
  return {
    url,
    db: opened.db,
    post,
    gql: anonymous.gql,
    as: async (login, password) => {
      const res = await anonymous.gql<{ signIn: { token: string | null; userErrors: { message: string }[] } }>(
        SIGN_IN,
        { input: { login, password: password ?? demoPassword(login), client: 'BEARER' } },
      );
      const token = res.data?.signIn.token;
      if (!token) throw new Error(`sign-in as ${login} failed: ${JSON.stringify(res.errors ?? res.data)}`);
      return { token, ...clientOf({ authorization: `Bearer ${token}` }) };
    },
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
      await opened.close();
    },
  };
};
