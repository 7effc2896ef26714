import { describe, expect, it } from 'vitest';
import { toDomainError } from './errors.js';

const neo4jError = (code: string) => Object.assign(new Error('raw driver text'), { code });

describe('toDomainError', () => {
  it('turns an unreachable database into SERVICE_UNAVAILABLE with HTTP 503 and Retry-After', () => {
    for (const code of [
      'ServiceUnavailable',
      'SessionExpired',
      'Neo.TransientError.General.DatabaseUnavailable',
    ]) {
      const error = toDomainError(neo4jError(code)) as {
        extensions?: Record<string, unknown>;
        message: string;
      };
      expect(error.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(error.extensions?.http).toEqual({ status: 503, headers: new Map([['retry-after', '5']]) });
      expect(error.message).not.toContain('raw driver text');
    }
  });

  it('turns a transaction timeout into TIMEOUT and a duplicate key into BAD_USER_INPUT', () => {
    const timeout = toDomainError(neo4jError('Neo.ClientError.Transaction.TransactionTimedOut')) as {
      extensions?: Record<string, unknown>;
    };
    expect(timeout.extensions?.code).toBe('TIMEOUT');
    const duplicate = toDomainError(neo4jError('Neo.ClientError.Schema.ConstraintValidationFailed')) as {
      extensions?: Record<string, unknown>;
    };
    expect(duplicate.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('passes anything else through unchanged, to be masked and logged by the server', () => {
    const other = neo4jError('Neo.ClientError.Statement.SyntaxError');
    expect(toDomainError(other)).toBe(other);
  });
});
