import { GraphQLError } from 'graphql';
import { domainError } from '../core/errors.js';

interface Neo4jLikeError {
  code?: string;
  message?: string;
}

/**
 * Neo4j's failures in words a person understands, with a code a client can act on. The original
 * error stays attached as `cause` for the log; it never reaches a response.
 */
export function toDomainError(error: unknown): Error {
  if (error instanceof GraphQLError) return error;
  const code = (error as Neo4jLikeError)?.code ?? '';
  let mapped: GraphQLError | undefined;
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.includes('DatabaseUnavailable')) {
    mapped = unavailable();
  } else if (code.includes('TransactionTimedOut') || code.includes('Transaction.TransactionTimedOut')) {
    mapped = domainError(
      'TIMEOUT',
      'The request took too long and was stopped. Narrow it down and try again.',
    );
  } else if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    mapped = domainError(
      'BAD_USER_INPUT',
      'This would create a duplicate: an item with that key already exists.',
    );
  }
  if (mapped) {
    (mapped as { cause?: unknown }).cause = error;
    return mapped;
  }
  return error instanceof Error ? error : new Error(String(error));
}

/** HTTP 503 as well, so proxies, load balancers and retrying clients see it without reading the body. */
export function unavailable(): GraphQLError {
  return domainError(
    'SERVICE_UNAVAILABLE',
    'The database is temporarily unavailable. Try again in a moment.',
    {
      http: { status: 503, headers: new Map([['retry-after', '5']]) },
    },
  );
}

export const isUnavailable = (error: unknown): boolean =>
  error instanceof GraphQLError && error.extensions.code === 'SERVICE_UNAVAILABLE';
