import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { errorKey, errorMessage } from './errors.js';

const withCode = (code: string) =>
  new CombinedError({ graphQLErrors: [new GraphQLError('raw server text', { extensions: { code } })] });

describe('errorKey', () => {
  it('maps each code the API sends to its own sentence', () => {
    for (const code of [
      'BAD_USER_INPUT',
      'NOT_FOUND',
      'FORBIDDEN',
      'SERVICE_UNAVAILABLE',
      'TIMEOUT',
      'INTERNAL_SERVER_ERROR',
    ]) {
      expect(errorKey(withCode(code))).toBe(`fout.${code}`);
    }
  });

  it('asks to wait a minute when the API refuses more requests', () => {
    expect(errorKey(withCode('RATE_LIMITED'))).toBe('fout.RATE_LIMITED');
    const refused = new CombinedError({
      networkError: new Error('Too Many Requests'),
      response: { status: 429 },
    });
    expect(errorKey(refused)).toBe('fout.RATE_LIMITED');
  });

  it('treats an unknown code as an internal error', () => {
    expect(errorKey(withCode('SOMETHING_NEW'))).toBe('fout.INTERNAL_SERVER_ERROR');
  });

  it('says the page is out of date when the server rejects the query itself', () => {
    expect(errorKey(withCode('GRAPHQL_VALIDATION_FAILED'))).toBe('fout.VERSIE');
  });

  it('asks for less when the server refuses a query as too large', () => {
    const tooLarge = new CombinedError({
      graphQLErrors: [
        new GraphQLError('too expensive', {
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'COST', found: 28534 },
        }),
      ],
    });
    expect(errorKey(tooLarge)).toBe('fout.TE_GROOT');
  });

  it('reports a failed fetch as the network', () => {
    expect(errorKey(new CombinedError({ networkError: new TypeError('Failed to fetch') }))).toBe(
      'fout.NETWORK',
    );
  });

  it('reads the HTTP status when the body held no GraphQL errors', () => {
    const error = new CombinedError({
      networkError: new Error('Service Unavailable'),
      response: { status: 503 },
    });
    expect(errorKey(error)).toBe('fout.SERVICE_UNAVAILABLE');
  });

  it('never passes a thrown value through', () => {
    expect(errorKey(new Error('at Object.<anonymous> (file.js:1:1)'))).toBe('fout.INTERNAL_SERVER_ERROR');
    expect(errorKey(undefined)).toBe('fout.INTERNAL_SERVER_ERROR');
  });
});

describe('errorMessage', () => {
  it('speaks Dutch or English and never repeats the server text', () => {
    const nl = errorMessage(withCode('FORBIDDEN'), 'nl');
    const en = errorMessage(withCode('FORBIDDEN'), 'en');
    expect(nl).toBe('Je hebt geen toegang tot deze gegevens.');
    expect(en).toBe('You do not have access to this information.');
    expect(nl).not.toContain('raw server text');
  });
});
