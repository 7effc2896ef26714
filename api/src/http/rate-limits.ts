import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Caller } from '../modules/toegang/actor-from-request.js';

export interface RateLimits {
  /** Requests per minute per API key, per signed-in person, or per address when anonymous. */
  perMinute: number;
  /** Refused credentials (bad key, dead session, wrong password) per address per 15 minutes. */
  failedAuthPer15Minutes: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { perMinute: 600, failedAuthPer15Minutes: 30 };

const ipKey = (req: Request) => ipKeyGenerator(req.ip ?? 'unknown');

function tooMany(what: string) {
  return (req: Request, res: Response) => {
    const reset = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
    const seconds = reset ? Math.max(1, Math.ceil((reset.getTime() - Date.now()) / 1000)) : 60;
    res.status(429).json({
      errors: [
        {
          message: `Too many ${what}. Try again in ${seconds} seconds.`,
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: seconds },
        },
      ],
    });
  };
}

/**
 * Two limits, both answered 429 with a GraphQL-shaped error and a Retry-After header:
 * - before authentication, refused credentials per address (every 401 counts), which slows
 *   guessing keys, sessions and passwords;
 * - after it, requests per caller: the key or person when known, the address otherwise, so one
 *   partner's script cannot starve everyone behind the same address.
 * Counters live in memory: one process. Several processes would need a shared store.
 */
export function rateLimits(limits: RateLimits = DEFAULT_RATE_LIMITS): {
  failedAuth: RequestHandler;
  perCaller: RequestHandler;
} {
  const failedAuth = rateLimit({
    windowMs: 15 * 60_000,
    limit: limits.failedAuthPer15Minutes,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    skipSuccessfulRequests: true,
    requestWasSuccessful: (_req, res) => res.statusCode !== 401,
    keyGenerator: ipKey,
    handler: tooMany('failed sign-ins or refused keys from this address'),
  });
  const perCaller = rateLimit({
    windowMs: 60_000,
    limit: limits.perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (req, res) => {
      const id = (res.locals.caller as Caller | undefined)?.actor.id;
      return id ? `actor:${id}` : `ip:${ipKey(req)}`;
    },
    handler: tooMany(`requests: at most ${limits.perMinute} a minute per key, session or address`),
  });
  return { failedAuth, perCaller };
}
