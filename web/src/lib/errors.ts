import { CombinedError } from '@urql/core';
import { translate, type MessageKey, type Taal } from './i18n/translate.js';

/**
 * The one path from a failure to the sentence a person sees. Messages from the server are written
 * for developers (and in English), so the code decides the sentence, never the server's text; an
 * unknown failure gets the general sentence, never a stack trace.
 */

/** `extensions.code` values the API sends on purpose (see api/src/core/errors.ts). */
const CODE_KEYS: Record<string, MessageKey> = {
  BAD_USER_INPUT: 'fout.BAD_USER_INPUT',
  NOT_FOUND: 'fout.NOT_FOUND',
  FORBIDDEN: 'fout.FORBIDDEN',
  UNAUTHENTICATED: 'fout.UNAUTHENTICATED',
  SERVICE_UNAVAILABLE: 'fout.SERVICE_UNAVAILABLE',
  TIMEOUT: 'fout.TIMEOUT',
  // The API's per-caller request limit (api/src/http/rate-limits.ts).
  RATE_LIMITED: 'fout.RATE_LIMITED',
  INTERNAL_SERVER_ERROR: 'fout.INTERNAL_SERVER_ERROR',
  // The app sent a query the server does not know: an old page against a newer server.
  GRAPHQL_PARSE_FAILED: 'fout.VERSIE',
  GRAPHQL_VALIDATION_FAILED: 'fout.VERSIE',
};

/** HTTP statuses that say more than "the network failed" when no GraphQL body came back. */
const STATUS_KEYS: Record<number, MessageKey> = {
  401: 'fout.UNAUTHENTICATED',
  403: 'fout.FORBIDDEN',
  404: 'fout.NOT_FOUND',
  429: 'fout.RATE_LIMITED',
  502: 'fout.SERVICE_UNAVAILABLE',
  503: 'fout.SERVICE_UNAVAILABLE',
  504: 'fout.TIMEOUT',
};

export function errorKey(error: unknown): MessageKey {
  if (!(error instanceof CombinedError)) return 'fout.INTERNAL_SERVER_ERROR';
  for (const graphQLError of error.graphQLErrors) {
    const code = graphQLError.extensions?.code;
    // A query the server knows but refuses as too large (api/src/http/query-limits.ts names the
    // limit): the person can ask for less, which "reload the page" would not tell them.
    if (code === 'GRAPHQL_VALIDATION_FAILED' && typeof graphQLError.extensions?.limit === 'string') {
      return 'fout.TE_GROOT';
    }
    if (typeof code === 'string' && code in CODE_KEYS) return CODE_KEYS[code]!;
  }
  if (error.graphQLErrors.length > 0) return 'fout.INTERNAL_SERVER_ERROR';
  const status = responseStatus(error.response);
  if (status !== undefined && status in STATUS_KEYS) return STATUS_KEYS[status]!;
  if (status !== undefined && status >= 500) return 'fout.INTERNAL_SERVER_ERROR';
  return 'fout.NETWORK';
}

/** The sentence for `error` in `taal`. */
export function errorMessage(error: unknown, taal: Taal): string {
  return translate(taal, errorKey(error));
}

function responseStatus(response: unknown): number | undefined {
  if (typeof response === 'object' && response !== null && 'status' in response) {
    const status = (response as { status: unknown }).status;
    return typeof status === 'number' ? status : undefined;
  }
  return undefined;
}
