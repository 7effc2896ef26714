/**
 * `npm run generate -- --scale N`: a synthetic network of N gemeenten (N=1: one Katwijk-sized
 * gemeente; N=342: the country), each with the demo data's proportions and a Zipf choice of
 * partners, loaded through the bulk path (api/src/bulk/load.ts: batched UNWIND MERGE, idempotent).
 * Writes into NEO4J_URI when set, else into an embedded Neo4j under WIJKWEB_DATA_DIR, which here
 * defaults to `.data/bench` so it never touches the development database. Prints the load rate.
 *
 * Options: --scale N (default 1), --seed S (default 42), --batch ROWS (default 5000).
 */
import { pathToFileURL } from 'node:url';
import pino from 'pino';
import { bulkLoad, mergeRows, type BulkResult, type NodeRows, type RelRows } from '../api/src/bulk/load.js';
import { loadConfig } from '../api/src/config.js';
import type { Db } from '../api/src/db/db.js';
import { openDatabase } from '../api/src/neo4j.js';
import { seedDemo } from '../api/src/seed/load.js';
import { buildSynthetic } from '../api/src/bulk/synthetic.js';

export function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isFinite(v) || v < 0) throw new Error(`--${name} wants a number`);
  return v;
}

/** CBS-like code of synthetic gemeente i (0-based): GM9001, GM9002, … (the demo uses real codes). */
export const syntheticCode = (i: number) => `GM9${String(i + 1).padStart(3, '0')}`;

export interface Generated extends BulkResult {
  gemeenten: string[];
  buildMs: number;
}

/** N synthetic gemeenten of one region each, built in memory, then loaded in full batches. */
export async function generate(
  db: Db,
  opts: { scale: number; seed?: number; batch?: number; codes?: string[]; regions?: number },
): Promise<Generated> {
  const started = performance.now();
  const all: { nodes: NodeRows; rels: RelRows } = { nodes: {}, rels: {} };
  const gemeenten = opts.codes ?? Array.from({ length: opts.scale }, (_, i) => syntheticCode(i));
  gemeenten.forEach((code, i) => {
    const { nodes, rels } = buildSynthetic({
      scale: opts.regions ?? 1,
      seed: (opts.seed ?? 42) + i,
      gemeente: code,
    });
    mergeRows(all, { nodes, rels });
  });
  const buildMs = performance.now() - started;
  const result = await bulkLoad(db, all, { batch: opts.batch });
  return { ...result, gemeenten, buildMs };
}

export function describeLoad(r: BulkResult): string {
  return `${r.nodes} nodes and ${r.relationships} relationships in ${(r.ms / 1000).toFixed(1)} s, ${r.transactions} transactions: ${Math.round(r.nodesPerSecond)} nodes/s, ${Math.round(r.relationshipsPerSecond)} relationships/s (${Math.round((r.nodes + r.relationships) / (r.ms / 1000))} rows/s)`;
}

async function main() {
  const scale = arg('scale', 1);
  const config = loadConfig({
    ...process.env,
    WIJKWEB_DATA_DIR: process.env.WIJKWEB_DATA_DIR ?? '.data/bench',
    LOG_LEVEL: 'warn',
  });
  const logger = pino({ level: 'warn' });
  const database = await openDatabase(config, logger, config.NEO4J_URI ? undefined : 0);
  try {
    // Themes, target groups and the demo gemeenten: the synthetic ones link to the shared vocabulary.
    await seedDemo(database.db);
    const r = await generate(database.db, { scale, seed: arg('seed', 42), batch: arg('batch', 5000) });
    console.log(
      `Synthetic network of ${scale} gemeente(n) (${r.gemeenten[0]}…${r.gemeenten.at(-1)}) into ${config.NEO4J_URI ?? config.dataDir}`,
    );
    console.log(`Built in ${(r.buildMs / 1000).toFixed(1)} s; loaded ${describeLoad(r)}.`);
  } finally {
    await database.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
