import pino from 'pino';
import { loadConfig } from './config.js';
import { openDatabase } from './neo4j.js';
import { isDatabaseEmpty, seedDemo } from './seed/load.js';
import { startServer } from './server.js';
import { DEFAULT_RATE_LIMITS } from './http/rate-limits.js';

/** `npm start`: Neo4j (embedded unless NEO4J_URI is set), the demo data on first start, API and web. */
async function main() {
  const config = loadConfig();
  const logger = pino({ level: config.LOG_LEVEL });
  const database = await openDatabase(config, logger, config.NEO4J_BOLT_PORT);
  if (await isDatabaseEmpty(database.db)) {
    const report = await seedDemo(database.db);
    logger.info({ report }, 'empty database: demo data loaded');
  }
  const running = await startServer({
    db: database.db,
    logger,
    port: config.PORT,
    host: config.HOST,
    production: config.NODE_ENV === 'production',
    rateLimits: { ...DEFAULT_RATE_LIMITS, perMinute: config.RATE_LIMIT_PER_MINUTE },
    trustProxy: config.TRUST_PROXY,
  });
  logger.info(`Wijkweb is running at ${running.url} (GraphQL at ${running.url}/graphql)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await running.close();
    await database.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  // One line a person can act on: what failed and, where we know it, what to do.
  console.error(`Wijkweb could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
