import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import { createServer, type Server } from 'node:http';
import type { GraphQLFormattedError } from 'graphql';
import type { Logger } from 'pino';
import { createContext, type Context } from './core/context.js';
import type { Db } from './db/db.js';
import { loadTypeDefs, resolvers } from './schema.js';
import { REPO_ROOT } from './config.js';

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
export async function startServer(opts: { db: Db; logger: Logger; port: number; host?: string; webDir?: string }): Promise<Running> {
  const app = express();
  const httpServer = createServer(app);
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    formatError: maskError(opts.logger),
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/healthz', async (_req, res) => {
    const ok = await opts.db.ping();
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'database unavailable' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, { context: async () => createContext(opts.db) }),
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
