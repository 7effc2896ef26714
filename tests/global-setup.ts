import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../api/src/config.js';
import { openDatabase, type Database } from '../api/src/neo4j.js';
import { seedDemo } from '../api/src/seed/load.js';
import { startServer, type Running } from '../api/src/server.js';

/**
 * The real stack for every test: a fresh embedded Neo4j (or NEO4J_URI's server) with the schema
 * and the demo data, and the real API serving the built web app. Tests that build their own
 * small networks do it under a gemeente code of their own, so they cannot disturb each other.
 */
let database: Database | undefined;
let running: Running | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject) {
  dataDir = await mkdtemp(join(tmpdir(), 'wijkweb-test-'));
  const config = loadConfig({ ...process.env, WIJKWEB_DATA_DIR: dataDir, NODE_ENV: 'test' });
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'warn' });
  const started = Date.now();
  database = await openDatabase(config, logger, 0);
  await seedDemo(database.db);
  // Every test file shares this server from one address: rate limits high enough never to bite
  // (api/src/http/production.test.ts tests the limits on a server of its own).
  running = await startServer({
    db: database.db,
    logger,
    port: 0,
    rateLimits: { perMinute: 100_000, failedAuthPer15Minutes: 10_000 },
  });
  console.log(`test stack ready in ${Date.now() - started} ms at ${running.url}`);
  project.provide('baseUrl', running.url);
  project.provide('neo4jUri', database.uri);
}

export async function teardown() {
  await running?.close();
  await database?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
