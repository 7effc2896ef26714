import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { Context } from '../../core/context.js';

/**
 * Writes each request's resident reads as it finishes, before the response is sent. If the
 * write fails the response is replaced: no resident data leaves without its audit entry.
 */
export function auditPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          try {
            await contextValue.audit.flush();
          } catch (error) {
            logger.error({ err: error }, 'could not write the audit entry of a resident read');
            response.body = {
              kind: 'single',
              singleResult: {
                errors: [
                  {
                    message:
                      'Reading resident data could not be recorded, so nothing was returned. Try again in a moment.',
                    extensions: { code: 'SERVICE_UNAVAILABLE' },
                  },
                ],
              },
            };
            response.http.status = 503;
          }
        },
      };
    },
  };
}
