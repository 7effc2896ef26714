/**
 * `npm run seed`: loads the demo datasets. Uses NEO4J_URI when set; otherwise the embedded Neo4j
 * of a running `npm start` when one answers on NEO4J_BOLT_PORT, or starts the embedded one.
 * Safe to run again: nothing is duplicated.
 */
import pino from 'pino';
import { loadConfig } from '../config.js';
import { Db } from '../db/db.js';
import { openDatabase } from '../neo4j.js';
import { seedDemo } from './load.js';

const config = loadConfig();
const logger = pino({ level: 'warn' });

async function connect() {
  if (!config.NEO4J_URI) {
    const running = Db.connect({ uri: `bolt://127.0.0.1:${config.NEO4J_BOLT_PORT}` });
    if (await running.ping())
      return { db: running, uri: `bolt://127.0.0.1:${config.NEO4J_BOLT_PORT}`, stop: () => running.close() };
    await running.close();
  }
  return openDatabase(config, logger, config.NEO4J_BOLT_PORT);
}

const database = await connect();
try {
  const report = await seedDemo(database.db);
  console.log(`Seeded ${database.uri}`);
  console.log('Nodes:');
  for (const [label, n] of Object.entries(report.nodes)) console.log(`  ${label.padEnd(42)} ${n}`);
  console.log('Relationships:');
  for (const [kind, n] of Object.entries(report.relationships)) console.log(`  ${kind.padEnd(42)} ${n}`);
} catch (error) {
  console.error(
    `Seeding failed; nothing was written: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
} finally {
  await database.stop();
}
