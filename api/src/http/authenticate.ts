import type { ErrorRequestHandler, RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import type { Db } from '../db/db.js';
import { actorFromRequest, Unauthenticated } from '../modules/toegang/actor-from-request.js';
import { sessionCookieName } from '../modules/toegang/session.js';

const graphqlError = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/**
 * Resolves the caller once per request, before GraphQL runs, into `res.locals.caller`, where the
 * rate limit and createContext pick it up. Refused credentials end the request with 401 and a
 * reason; a dead session cookie is cleared in the same answer, so the next request is anonymous.
 */
export function authenticate(db: Db, opts: { production: boolean; logger: Logger }): RequestHandler {
  return async (req, res, next) => {
    try {
      res.locals.caller = await actorFromRequest(
        db,
        { authorization: req.get('authorization'), cookie: req.get('cookie') },
        { production: opts.production },
      );
      next();
    } catch (error) {
      if (error instanceof Unauthenticated) {
        if (error.fromCookie) {
          res.clearCookie(sessionCookieName(opts.production), {
            httpOnly: true,
            sameSite: 'strict',
            secure: opts.production,
            path: '/',
          });
        }
        res
          .status(401)
          .set('WWW-Authenticate', 'Bearer realm="wijkweb"')
          .json(graphqlError(error.message, 'UNAUTHENTICATED'));
        return;
      }
      if (error instanceof GraphQLError && error.extensions.code === 'SERVICE_UNAVAILABLE') {
        res.status(503).json(graphqlError(error.message, 'SERVICE_UNAVAILABLE'));
        return;
      }
      next(error);
    }
  };
}

/**
 * Failures before GraphQL (an oversized or malformed body, anything unexpected) answered as JSON
 * with a code, like every other error, instead of Express's HTML page with a stack trace.
 */
export function httpErrors(logger: Logger): ErrorRequestHandler {
  return (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = typeof error?.status === 'number' ? (error.status as number) : 500;
    if (status === 413) {
      res
        .status(413)
        .json(
          graphqlError(
            `The request body is too large: at most ${Math.round((typeof error.limit === 'number' ? error.limit : 102_400) / 1024)} kB.`,
            'PAYLOAD_TOO_LARGE',
          ),
        );
    } else if (status >= 400 && status < 500) {
      const message =
        error?.type === 'entity.parse.failed'
          ? 'The request body is not valid JSON.'
          : `The request could not be read${error?.expose ? `: ${String(error.message)}` : ''}.`;
      res.status(status).json(graphqlError(message, 'BAD_REQUEST'));
    } else {
      logger.error({ err: error }, 'unexpected error before GraphQL');
      res
        .status(500)
        .json(
          graphqlError(
            'Something went wrong on our side. It has been logged; please try again later.',
            'INTERNAL_SERVER_ERROR',
          ),
        );
    }
  };
}
