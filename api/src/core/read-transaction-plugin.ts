import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from './context.js';

/**
 * A query's reads share one read transaction (Db.scoped), begun by the first read; this ends it
 * when the answer is ready. A mutation stops sharing before its resolvers run, so that what it
 * reads after writing is read in transactions that begin after the write.
 */
export function readTransactionPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'query') contextValue.db.stopSharingReads();
        },
        async willSendResponse({ contextValue }) {
          // Not awaited: committing a read transaction changes nothing the answer depends on.
          void contextValue.db.endRequest();
        },
      };
    },
  };
}
