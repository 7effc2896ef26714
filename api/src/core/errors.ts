import { GraphQLError } from 'graphql';

/**
 * The codes a client can act on. Everything else is masked as INTERNAL_SERVER_ERROR with a
 * message that leaks nothing (see server.ts formatError).
 */
export type ErrorCode =
  'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'SERVICE_UNAVAILABLE' | 'TIMEOUT';

export function domainError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badInput = (message: string, field?: string) =>
  domainError('BAD_USER_INPUT', message, field ? { field } : {});

export const notFound = (message: string) => domainError('NOT_FOUND', message);
