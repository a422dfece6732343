import { randomUUID } from 'node:crypto';
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
import type { GraphQLSchema } from 'graphql';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { adminFile } from './admin-files.js';
import { type TokenSigner, tokenOf } from './auth/token.js';
import { loadViewer, type Viewer } from './auth/viewer.js';
import { type Context, createContext } from './context.js';
import { costLimitError, operationCost } from './cost.js';
import { jitGateway } from './executor.js';
import { graphiqlAsset, graphiqlPage } from './graphiql.js';
import { LIMITS, limitRules } from './limits.js';
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

/** Per-request cost and statement figures, reported in `extensions`. */
const reportPlugin = (costLimit: number, exposeStatements: boolean): ApolloServerPlugin<Context> => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ document, operation, request, contextValue }) {
        if (!operation) return;
        const requested = operationCost(document, operation, request.variables ?? {});
        contextValue.cost.requested = requested;
        if (requested > costLimit) throw costLimitError(requested, costLimit);
      },
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        result.extensions = {
          ...result.extensions,
          cost: { requested: contextValue.cost.requested, actual: contextValue.cost.actual, limit: costLimit },
          ...(exposeStatements ? { sqlStatements: contextValue.statements.count } : {}),
        };
      },
    };
  },
});

/** Builds the HTTP server: `POST /graphql`, GraphiQL on `GET /graphql`, `GET /healthz`. */
export const createApp = async (options: AppOptions): Promise<{ server: Server; apollo: ApolloServer<Context> }> => {
  const apollo = new ApolloServer<Context>({
    gateway: jitGateway(options.schema),
    introspection: !options.production,
    includeStacktraceInErrorResponses: !options.production,
    hideSchemaDetailsFromClientErrors: options.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    validationRules: limitRules,
    plugins: [
      reportPlugin(options.costLimit, options.exposeStatements ?? !options.production),
      // Cache hints would wrap every field's resolver for headers we never send; GraphiQL is our own page.
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
    ],
    formatError: (formatted, error) => {
      const code = formatted.extensions?.code;
      if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
        options.logger.error({ err: error }, 'resolver fault');
        if (options.production) return { message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      }
      return formatted;
    },
  });
  await apollo.start();

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const requestId = (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) ?? randomUUID();
    res.setHeader('x-request-id', requestId);
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
    if (req.method === 'GET' && !url.searchParams.has('query') && (req.headers.accept ?? '').includes('text/html')) {
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
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers))
      if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    const response = { setCookies: [] as string[] };
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => {
        const statements = { count: 0 };
        return createContext({
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
    handle(req, res).catch((error: unknown) => {
      options.logger.error({ err: error }, 'request fault');
      if (!res.headersSent)
        json(res, 500, { errors: [{ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  });
  server.keepAliveTimeout = 65_000;
  return { server, apollo };
};

export const fixedToday = (text: string) => () => date(text);
