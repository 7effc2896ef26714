import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin, type DocumentStore } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import express from 'express';
import { createServer, type Server } from 'node:http';
import type { DocumentNode, GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { readTransactionPlugin } from './core/read-transaction-plugin.js';
import { createContext, type Context } from './core/context.js';
import type { Db } from './db/db.js';
import { loadTypeDefs, resolvers } from './schema.js';
import { REPO_ROOT } from './config.js';
import { authenticate, httpErrors } from './http/authenticate.js';
import { QUERY_LIMITS, limitRules, requestLimitsPlugin } from './http/query-limits.js';
import { DEFAULT_RATE_LIMITS, rateLimits, type RateLimits } from './http/rate-limits.js';
import { auditPlugin } from './modules/audit/audit-plugin.js';
import { jsonBody } from './modules/uitwisseling/json-limiet.js';
import type { Caller } from './modules/toegang/actor-from-request.js';
import { cookieSession } from './modules/toegang/session.js';

/** Codes whose messages were written for people; anything else is masked. */
const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'SERVICE_UNAVAILABLE',
  'TIMEOUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function maskError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
      const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: error, path: formatted.path }, 'unexpected error in a GraphQL request');
    return {
      message: 'Something went wrong on our side. It has been logged; please try again later.',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/**
 * Apollo keeps every parsed and validated query so a repeat skips both steps. Its default store is
 * bounded at an estimated 30 MiB, estimated as the syntax tree's JSON, but a tree takes ~4.5× that
 * on the heap (the token list behind `loc` is not in the JSON): ~135 MB, which 20,000 distinct
 * fuzzed operations did not yet fill (docs/scale.md). This one is bounded by query text instead:
 * a parsed query holds ~64 bytes of heap per character (measured over 3,000 fuzzed queries), so
 * 128k characters is ~8 MB, six times the text of all the web app's operations together.
 */
export class BoundedDocumentStore implements DocumentStore {
  private readonly docs = new Map<string, DocumentNode>();
  private chars = 0;
  constructor(readonly maxChars = 2 ** 17) {}
  async get(key: string) {
    const doc = this.docs.get(key);
    // A Map iterates in insertion order: re-inserting on a hit makes the first entry the least recent.
    if (doc) {
      this.docs.delete(key);
      this.docs.set(key, doc);
    }
    return doc;
  }
  async set(key: string, doc: DocumentNode) {
    const chars = textLength(doc);
    if (chars > this.maxChars) return;
    await this.delete(key);
    this.docs.set(key, doc);
    this.chars += chars;
    for (const [oldest, old] of this.docs) {
      if (this.chars <= this.maxChars) break;
      this.docs.delete(oldest);
      this.chars -= textLength(old);
    }
  }
  async delete(key: string) {
    const doc = this.docs.get(key);
    if (doc) this.chars -= textLength(doc);
    return this.docs.delete(key);
  }
}
const textLength = (doc: DocumentNode) => doc.loc?.end ?? 1000;

/**
 * The GraphQL server as both the HTTP endpoint and the in-process test client use it: the same
 * schema, error masking, query limits and audit trail.
 */
export function createApollo(opts: {
  logger: Logger;
  production: boolean;
  plugins?: ApolloServerPlugin<Context>[];
}) {
  return new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    formatError: maskError(opts.logger),
    includeStacktraceInErrorResponses: false,
    // Refuses requests a browser could send cross-site without a preflight; the session cookie is
    // SameSite=Strict besides.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Introspection and suggestions are decided per caller in requestLimitsPlugin.
    introspection: true,
    parseOptions: { maxTokens: QUERY_LIMITS.tokens },
    documentStore: new BoundedDocumentStore(),
    validationRules: limitRules(),
    plugins: [
      requestLimitsPlugin({ production: opts.production }),
      auditPlugin(opts.logger),
      readTransactionPlugin(),
      // Nothing here sets cache hints, and the plugin would otherwise wrap every field's resolver.
      ApolloServerPluginCacheControlDisabled(),
      ...(opts.plugins ?? []),
    ],
  });
}

export interface Running {
  server: Server;
  apollo: ApolloServer<Context>;
  url: string;
  close(): Promise<void>;
}

/**
 * One process, one port: the GraphQL API at /graphql, a health check at /healthz, and the built
 * web app at / (with the SPA fallback so deep links survive a reload).
 */
export async function startServer(opts: {
  db: Db;
  logger: Logger;
  port: number;
  host?: string;
  webDir?: string;
  /** NODE_ENV=production: Secure cookies, no demo accounts, introspection only for known callers. */
  production?: boolean;
  rateLimits?: RateLimits;
  /** Express's `trust proxy`, for the client address behind a reverse proxy. */
  trustProxy?: string;
}): Promise<Running> {
  const production = opts.production ?? false;
  const app = express();
  const httpServer = createServer(app);
  const apollo = createApollo({
    logger: opts.logger,
    production,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();
  const limits = rateLimits(opts.rateLimits ?? DEFAULT_RATE_LIMITS);

  app.disable('x-powered-by');
  if (opts.trustProxy)
    app.set('trust proxy', /^\d+$/.test(opts.trustProxy) ? Number(opts.trustProxy) : opts.trustProxy);
  app.get('/healthz', async (_req, res) => {
    const ok = await opts.db.ping();
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'database unavailable' });
  });
  app.use(
    '/graphql',
    limits.failedAuth,
    authenticate(opts.db, { production, logger: opts.logger }),
    limits.perCaller,
    // 100 kB, and 8 MB for an import by someone who may import (modules/uitwisseling/json-limiet.ts).
    jsonBody(),
    expressMiddleware(apollo, {
      context: async ({ res }) => {
        const caller = res.locals.caller as Caller;
        return createContext(opts.db, caller.actor, cookieSession(res, caller.session, production));
      },
    }),
    httpErrors(opts.logger),
  );

  const webDir = opts.webDir ?? join(REPO_ROOT, 'web', 'build');
  if (existsSync(webDir)) {
    app.use(express.static(webDir, { index: 'index.html', maxAge: '1h' }));
    app.get(/.*/, (_req, res) => res.sendFile(join(webDir, 'index.html')));
  } else {
    app.get('/', (_req, res) =>
      res.type('text').send('The web app is not built. Run `npm run build` (npm start does it for you).'),
    );
  }

  await new Promise<void>((resolve) => httpServer.listen(opts.port, opts.host ?? '127.0.0.1', resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return {
    server: httpServer,
    apollo,
    url: `http://${opts.host ?? '127.0.0.1'}:${port}`,
    close: () => apollo.stop(),
  };
}
