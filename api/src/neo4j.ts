import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { Db } from './db/db.js';
import { ensureNeo4jJars, startEmbeddedNeo4j } from './db/embedded-neo4j.js';
import { migrate } from './db/migrations.js';

export interface Database {
  db: Db;
  /** The Bolt URI in use. */
  uri: string;
  /** Stops what this process started: the driver, and the embedded Neo4j if there is one. */
  stop(): Promise<void>;
}

/**
 * Connects to the Neo4j named by NEO4J_URI, or starts the embedded one when none is named, then
 * brings its schema up to date. The same code runs against a local server, Aura or a cluster.
 */
export async function openDatabase(config: Config, logger: Logger, boltPort?: number): Promise<Database> {
  let uri = config.NEO4J_URI;
  let stopEmbedded = async () => {};
  if (!uri) {
    const log = (msg: string) => logger.info(msg);
    await ensureNeo4jJars({ repoRoot: config.repoRoot, log });
    const started = Date.now();
    const embedded = await startEmbeddedNeo4j({
      dataDir: join(config.dataDir, 'neo4j'),
      boltPort: boltPort ?? 7687,
      heap: config.NEO4J_HEAP,
      pageCache: config.NEO4J_PAGECACHE,
      log,
    });
    logger.info({ uri: embedded.uri, ms: Date.now() - started }, 'embedded Neo4j is ready');
    uri = embedded.uri;
    stopEmbedded = () => embedded.stop();
  }
  const db = Db.connect({
    uri,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
  });
  try {
    const applied = await migrate(db);
    if (applied.length) logger.info({ applied }, 'database migrations applied');
  } catch (error) {
    await db.close();
    await stopEmbedded();
    throw error;
  }
  return {
    db,
    uri,
    stop: async () => {
      await db.close();
      await stopEmbedded();
    },
  };
}
