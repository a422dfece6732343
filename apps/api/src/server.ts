import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ApolloServer, type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { Database } from '@kinerja/db';
import { date, type IsoDate } from '@kinerja/domain';
import { PothosValidationError } from '@pothos/core';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import helmet from 'helmet';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { adminFile } from './admin-files.js';
import { readAccessPlugin } from './auth/access-log.js';
import { type TokenSigner, tokenOf } from './auth/token.js';
import { hasRole, loadViewer, type Viewer } from './auth/viewer.js';
import { type Budget, type BudgetSettings, budgetExceededError, budgetFor, createBudget } from './budget.js';
import { type Context, createContext } from './context.js';
import { costLimitError, operationCost } from './cost.js';
import { jitGateway } from './executor.js';
import { graphiqlAsset, graphiqlPage } from './graphiql.js';
import { LIMITS, limitRules } from './limits.js';
import type { PersistedOperations } from './persisted.js';
import { countStatements } from './statement-counter.js';

/** The largest request body accepted; larger ones get a JSON 413. */
export const MAX_BODY_BYTES = 1_000_000;

export type AppOptions = {
  readonly db: Kysely<Database>;
  readonly schema: GraphQLSchema;
  readonly logger: Logger;
  readonly production: boolean;
  readonly costLimit: number;
  /** Report the SQL statements of each request in `extensions.sqlStatements`. */
  readonly exposeStatements?: boolean;
  /** The built admin app (apps/admin/dist), served at `/` when given. */
  readonly adminDir?: string | undefined;
  /** The clock of the API: returns today's date; fixed in tests and demos. */
  readonly today: () => IsoDate;
  /** Signs and verifies session tokens with the server's secret. */
  readonly tokens: TokenSigner;
  /** The per-caller cost budget (default: `budgetFor(costLimit)`, four operations at the limit per minute). */
  readonly budget?: BudgetSettings;
  /** When given, only these operations run, plus sign-in and signed-in analysts' ad-hoc queries. */
  readonly persisted?: PersistedOperations | undefined;
};

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
};

class BodyTooLarge extends Error {}

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      req.resume();
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners('data');
        req.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

const operationNameOf = (body: unknown): string | null =>
  typeof body === 'object' && body !== null && 'operationName' in body && typeof body.operationName === 'string'
    ? body.operationName.slice(0, 200)
    : null;

/** Whom a request's cost is charged to, and what it took from the budget. */
type Charge = { readonly key: string; taken: number; operation: string | null };

/**
 * Per-request cost, budget and statement figures, reported in `extensions`: the operation's requested cost is
 * refused over the limit (400) or over what the caller's budget holds (429 with Retry-After); after it ran, what it
 * did not read goes back to the budget. Faults are logged under the request id, which production errors carry.
 */
const reportPlugin = (
  options: { costLimit: number; exposeStatements: boolean; production: boolean; logger: Logger },
  budget: Budget,
  charges: WeakMap<Context['cost'], Charge>,
): ApolloServerPlugin<Context> => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ document, operation, request, contextValue }) {
        if (!operation) return;
        const requested = operationCost(document, operation, request.variables ?? {});
        contextValue.cost.requested = requested;
        const charge = charges.get(contextValue.cost);
        if (charge) charge.operation = operation.name?.value ?? null;
        if (requested > options.costLimit) throw costLimitError(requested, options.costLimit);
        if (!charge) return;
        const taken = budget.take(charge.key, Math.max(1, requested));
        if (!taken.ok) throw budgetExceededError(requested, taken);
        charge.taken = Math.max(1, requested);
      },
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors)
          if (
            (error.extensions?.code === undefined || error.extensions.code === 'INTERNAL_SERVER_ERROR') &&
            !(error.originalError instanceof PothosValidationError)
          )
            options.logger.error({ err: error.originalError ?? error, reqId: contextValue.requestId }, 'fault');
      },
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        const charge = charges.get(contextValue.cost);
        let state = charge ? budget.peek(charge.key) : undefined;
        if (charge && charge.taken > 0) {
          const used = Math.max(1, Math.min(charge.taken, contextValue.cost.actual));
          state = budget.giveBack(charge.key, charge.taken - used);
          charge.taken = used;
        }
        if (result.errors && options.production)
          result.errors = result.errors.map((e) =>
            e.extensions?.code === 'INTERNAL_SERVER_ERROR'
              ? { ...e, extensions: { ...e.extensions, requestId: contextValue.requestId } }
              : e,
          );
        result.extensions = {
          ...result.extensions,
          cost: {
            requested: contextValue.cost.requested,
            actual: contextValue.cost.actual,
            limit: options.costLimit,
            ...(state ? { budget: state } : {}),
          },
          ...(options.exposeStatements ? { sqlStatements: contextValue.statements.count } : {}),
        };
      },
    };
  },
});

/** `'sha256-…'` sources of a page's inline scripts, so its CSP can allow exactly them. */
const inlineScriptHashes = (html: string): string[] =>
  [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    (m) =>
      `'sha256-${createHash('sha256')
        .update(m[1] ?? '')
        .digest('base64')}'`,
  );

/**
 * Production's security headers (helmet). The CSP allows only this origin: the built admin app (module scripts and
 * stylesheets from /assets; Mantine writes <style> elements, hence `'unsafe-inline'` for styles only) and the
 * self-hosted GraphiQL page, whose one inline script is allowed by its hash. No CDN anywhere. No page may be framed,
 * except the GraphiQL page by this origin (`framedBy: 'self'`): the admin app's analyst workbench embeds it.
 */
const securityHeaders = (framedBy: 'none' | 'self') =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: [`'${framedBy}'`],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'", ...inlineScriptHashes(graphiqlPage())],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        workerSrc: ["'self'", 'blob:'],
      },
    },
    crossOriginEmbedderPolicy: false,
    frameguard: { action: framedBy === 'self' ? 'sameorigin' : 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  });

/** Whether a request asks for the GraphiQL page: a browser's GET of /graphql with no query in it. */
const isGraphiqlPage = (req: IncomingMessage, url: URL): boolean =>
  url.pathname === '/graphql' &&
  req.method === 'GET' &&
  !url.searchParams.has('query') &&
  (req.headers.accept ?? '').includes('text/html');

/** A client's `x-request-id` when it is a plain token, else a fresh one: it goes into logs as it is. */
const requestIdOf = (header: string | string[] | undefined): string =>
  typeof header === 'string' && /^[\w.:-]{1,64}$/.test(header) ? header : randomUUID();

/**
 * Whether a request carries a NUL character, in a variable or escaped in the query text: PostgreSQL text cannot hold
 * one, so it is refused up front as bad input instead of failing inside a statement.
 */
const carriesNul = (value: unknown): boolean => {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(carriesNul);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(carriesNul);
  return false;
};

const documentIdOf = (body: Record<string, unknown>): string | undefined => {
  if (typeof body.documentId === 'string') return body.documentId;
  const extensions = body.extensions;
  if (typeof extensions !== 'object' || extensions === null || !('persistedQuery' in extensions)) return undefined;
  const pq = extensions.persistedQuery;
  return typeof pq === 'object' && pq !== null && 'sha256Hash' in pq && typeof pq.sha256Hash === 'string'
    ? pq.sha256Hash
    : undefined;
};

/** What the one log line of a request says besides method, path, status and time. */
type RequestLog = {
  readonly reqId: string;
  user: string | null;
  operation: string | null;
  cost: { readonly requested: number; readonly actual: number } | null;
  /** The operation as Apollo resolved it (its name, even when the body named none). */
  charge?: Charge;
};

/** Builds the HTTP server: `POST /graphql`, GraphiQL on `GET /graphql`, `GET /healthz`. */
export const createApp = async (options: AppOptions): Promise<{ server: Server; apollo: ApolloServer<Context> }> => {
  const budget = createBudget(options.budget ?? budgetFor(options.costLimit));
  // Keyed by the context's cost record: Apollo hands plugins a shallow copy of the context, which shares it.
  const charges = new WeakMap<Context['cost'], Charge>();
  const secure = options.production ? securityHeaders('none') : null;
  const secureGraphiql = options.production ? securityHeaders('self') : null;
  const apollo = new ApolloServer<Context>({
    gateway: jitGateway(options.schema),
    // In production introspection is for analysts and administrators only (readAccessPlugin), for GraphiQL.
    introspection: true,
    includeStacktraceInErrorResponses: !options.production,
    hideSchemaDetailsFromClientErrors: options.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    validationRules: limitRules,
    plugins: [
      reportPlugin(
        {
          costLimit: options.costLimit,
          exposeStatements: options.exposeStatements ?? !options.production,
          production: options.production,
          logger: options.logger,
        },
        budget,
        charges,
      ),
      readAccessPlugin({ introspectionRoles: options.production ? ['ANALYST', 'ADMIN'] : null }),
      // Cache hints would wrap every field's resolver for headers we never send; GraphiQL is our own page.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
    ],
    // Faults are logged with their request id (reportPlugin); production answers them with that id only.
    formatError: (formatted, error) => {
      // Pothos refuses malformed input (a global ID that does not decode) with this error: the caller's mistake.
      if (error instanceof GraphQLError && error.originalError instanceof PothosValidationError)
        return { ...formatted, extensions: { code: 'BAD_USER_INPUT' } };
      const code = formatted.extensions?.code;
      if (options.production && (code === 'INTERNAL_SERVER_ERROR' || code === undefined))
        return { message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      return formatted;
    },
  });
  await apollo.start();

  const handle = async (req: IncomingMessage, res: ServerResponse, log: RequestLog) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const requestId = log.reqId;
    res.setHeader('x-request-id', requestId);
    const securing = isGraphiqlPage(req, url) ? secureGraphiql : secure;
    if (securing) await new Promise<void>((resolve, reject) => securing(req, res, (e) => (e ? reject(e) : resolve())));
    if (url.pathname === '/healthz') {
      await options.db.selectNoFrom((eb) => eb.val(1).as('ok')).execute();
      json(res, 200, { status: 'ok' });
      return;
    }
    if (url.pathname.startsWith('/graphiql/') && req.method === 'GET') {
      const asset = await graphiqlAsset(url.pathname.slice('/graphiql/'.length));
      if (!asset) return json(res, 404, { error: 'not found' });
      res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'public, max-age=86400' });
      res.end(asset.body);
      return;
    }
    if (url.pathname !== '/graphql') {
      if (options.adminDir && req.method === 'GET') {
        const file = await adminFile(options.adminDir, url.pathname);
        if (file) {
          res.writeHead(200, {
            'content-type': file.type,
            'cache-control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
          });
          res.end(file.body);
          return;
        }
      }
      return json(res, 404, { error: 'not found' });
    }
    if (isGraphiqlPage(req, url)) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(graphiqlPage());
      return;
    }
    let body: unknown;
    if (req.method === 'POST') {
      let text: string;
      try {
        text = await readBody(req);
      } catch (e) {
        if (e instanceof BodyTooLarge)
          return json(res, 413, {
            errors: [
              {
                message: `the request body is over ${MAX_BODY_BYTES} bytes`,
                extensions: { code: 'PAYLOAD_TOO_LARGE' },
              },
            ],
          });
        throw e;
      }
      try {
        body = JSON.parse(text);
      } catch {
        return json(res, 400, {
          errors: [{ message: 'the request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
        });
      }
      if (Array.isArray(body))
        return json(res, 400, {
          errors: [
            {
              message: 'batched operations are not accepted: send one operation per request',
              extensions: { code: 'BAD_REQUEST' },
            },
          ],
        });
    }
    const queryText = (body as { query?: unknown } | undefined)?.query ?? url.searchParams.get('query');
    if (
      carriesNul(body) ||
      carriesNul([...url.searchParams.values()]) ||
      (typeof queryText === 'string' && queryText.includes('\\u0000'))
    )
      return json(res, 400, {
        errors: [
          {
            message: 'text may not contain the NUL character (\\u0000): PostgreSQL cannot store it',
            extensions: { code: 'BAD_USER_INPUT' },
          },
        ],
      });
    const token = tokenOf({ authorization: req.headers.authorization, cookie: req.headers.cookie });
    const sessionId = token ? await options.tokens.verify(token) : null;
    const viewer: Viewer | null = sessionId ? await loadViewer(options.db, sessionId) : null;
    if (token && !viewer && req.headers.authorization)
      return json(
        res,
        401,
        {
          errors: [
            {
              message: 'the bearer token is invalid, expired or revoked: sign in again',
              extensions: { code: 'UNAUTHENTICATED' },
            },
          ],
        },
        { 'www-authenticate': 'Bearer error="invalid_token"' },
      );
    log.user = viewer?.username ?? null;
    log.operation = operationNameOf(body);
    if (options.persisted) {
      const isAnalyst = hasRole(viewer, 'ANALYST');
      const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : undefined;
      const documentId = fields ? documentIdOf(fields) : undefined;
      const query = req.method === 'POST' ? fields?.query : (url.searchParams.get('query') ?? undefined);
      const admitted = options.persisted.admit(
        { ...(documentId !== undefined ? { documentId } : {}), ...(typeof query === 'string' ? { query } : {}) },
        isAnalyst,
      );
      if (!admitted.ok)
        return json(res, admitted.status, {
          errors: [{ message: admitted.message, extensions: { code: admitted.code } }],
        });
      if (fields && documentId !== undefined) {
        const { documentId: _id, extensions: _extensions, ...rest } = fields;
        body = { ...rest, query: admitted.query };
      }
    }
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers))
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    const response = { setCookies: [] as string[] };
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => {
        const statements = { count: 0 };
        const context = createContext({
          db: countStatements(options.db, statements),
          today: options.today(),
          requestId,
          statements,
          viewer,
          tokens: options.tokens,
          secureCookies: options.production,
          operationName: operationNameOf(body),
          response,
        });
        const charge: Charge = {
          key: viewer ? `user:${viewer.userId}` : `ip:${req.socket.remoteAddress ?? 'unknown'}`,
          taken: 0,
          operation: log.operation,
        };
        charges.set(context.cost, charge);
        log.cost = context.cost;
        log.charge = charge;
        return context;
      },
    });
    for (const [k, v] of result.headers) res.setHeader(k, v);
    if (response.setCookies.length > 0) res.setHeader('set-cookie', response.setCookies);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  };

  const server = createServer((req, res) => {
    const started = performance.now();
    const log: RequestLog = {
      reqId: requestIdOf(req.headers['x-request-id']),
      user: null,
      operation: null,
      cost: null,
    };
    res.on('finish', () => {
      const line = {
        reqId: log.reqId,
        method: req.method,
        path: (req.url ?? '/').split('?')[0],
        status: res.statusCode,
        ms: Math.round((performance.now() - started) * 10) / 10,
        user: log.user,
        operation: log.charge?.operation ?? log.operation,
        ...(log.cost ? { cost: { requested: log.cost.requested, actual: log.cost.actual } } : {}),
      };
      if (res.statusCode >= 500) options.logger.error(line, 'request');
      else options.logger.info(line, 'request');
    });
    handle(req, res, log).catch((error: unknown) => {
      options.logger.error({ err: error, reqId: log.reqId }, 'request fault');
      if (!res.headersSent)
        json(res, 500, {
          errors: [{ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: log.reqId } }],
        });
      else res.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  return { server, apollo };
};

export const fixedToday = (text: string) => () => date(text);
