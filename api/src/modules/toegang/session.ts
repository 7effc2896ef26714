import type { Response } from 'express';

/**
 * A session lasts 8 hours from sign-in, a working day, and does not slide: reading never writes,
 * and a stolen cookie is worth one day at most. Sign in again the next morning.
 */
export const SESSION_HOURS = 8;

/** `__Host-` makes browsers insist on Secure, Path=/ and no Domain: only over HTTPS, so production only. */
export const sessionCookieName = (production: boolean) =>
  production ? '__Host-wijkweb_sessie' : 'wijkweb_sessie';

/** The value of one cookie in a Cookie header, or undefined. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** The session a request came with, as actor-from-request found it. */
export interface CurrentSession {
  id: string;
  verlooptOp: string;
}

/**
 * What resolvers may do with the request's session: see it, start one (sign-in) and end it
 * (sign-out). The cookie is HttpOnly (no script reads it) and SameSite=Strict (no other site's
 * page can send it), Secure in production.
 */
export interface SessionPort {
  production: boolean;
  current: CurrentSession | null;
  start(token: string, expires: Date): void;
  end(): void;
}

export function cookieSession(
  res: Response,
  current: CurrentSession | null,
  production: boolean,
): SessionPort {
  const name = sessionCookieName(production);
  const options = { httpOnly: true, sameSite: 'strict', secure: production, path: '/' } as const;
  return {
    production,
    current,
    start: (token, expires) => res.cookie(name, token, { ...options, expires }),
    end: () => res.clearCookie(name, options),
  };
}

/** For in-process operations (tests, scripts): no HTTP, so no cookie to set. */
export function noSession(production = false): SessionPort {
  return { production, current: null, start: () => {}, end: () => {} };
}
