import type { GraphQLFormattedError } from 'graphql';
import pino from 'pino';
import { inject } from 'vitest';
import { ANONYMOUS, type Actor } from '../core/actor.js';
import { createContext } from '../core/context.js';
import { Db } from '../db/db.js';
import { createApollo } from '../server.js';

export interface Result<T> {
  data: T | null | undefined;
  errors: readonly GraphQLFormattedError[] | undefined;
  /** Cypher statements this one operation ran. */
  queryCount: number;
}

/**
 * Runs operations in-process against the real Neo4j of the test stack, with the same schema,
 * resolvers, error masking, query limits and audit trail as the server, and a chosen actor. No HTTP, so the query count of
 * one operation can be read from its own context.
 */
export function graphqlClient() {
  const db = Db.connect({ uri: inject('neo4jUri') });
  const apollo = createApollo({
    logger: pino({ level: process.env.LOG_LEVEL ?? 'silent' }),
    production: false,
  });
  return {
    db,
    async run<T = Record<string, unknown>>(
      query: string,
      variables: Record<string, unknown> = {},
      actor: Actor = ANONYMOUS,
    ): Promise<Result<T>> {
      const contextValue = createContext(db, actor);
      const response = await apollo.executeOperation<T>({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = response.body.singleResult;
      return { data, errors, queryCount: contextValue.db.queryCount };
    },
    close: () => db.close(),
  };
}

/** The first error's code, for tests that expect a failure. */
export function errorCode(result: Result<unknown>): unknown {
  return result.errors?.[0]?.extensions?.code;
}
