import type { Db } from '../db/db.js';

/** Node rows per label; every row has an `id`, the key MERGE matches on. */
export type NodeRows = Record<string, Record<string, unknown>[]>;
/** A relationship row: the ids of both ends and, optionally, the relationship's own properties in `props`. */
export interface RelRow {
  from: string;
  to: string;
  props?: Record<string, unknown>;
}
/** Relationship rows per `FromLabel|TYPE|ToLabel`. */
export type RelRows = Record<string, RelRow[]>;

export interface BulkResult {
  nodes: number;
  relationships: number;
  transactions: number;
  ms: number;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;
function ident(name: string): string {
  if (!IDENT.test(name)) throw new Error(`not a label or relationship type: ${name}`);
  return name;
}

/**
 * The bulk load path: batched `UNWIND … MERGE` writes, `batch` rows per transaction (never one per
 * row), idempotent on ids so a rerun or a driver retry changes nothing. Nodes first, then
 * relationships (both ends must exist; missing ends are skipped, not created).
 */
export async function bulkLoad(
  db: Db,
  data: { nodes: NodeRows; rels: RelRows },
  opts: { batch?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<BulkResult> {
  const batch = opts.batch ?? 5000;
  const total =
    Object.values(data.nodes).reduce((s, r) => s + r.length, 0) +
    Object.values(data.rels).reduce((s, r) => s + r.length, 0);
  let done = 0;
  let transactions = 0;
  const started = performance.now();
  for (const [label, rows] of Object.entries(data.nodes)) {
    const cypher = `UNWIND $rows AS row MERGE (n:${ident(label)} {id: row.id}) SET n += row`;
    for (let i = 0; i < rows.length; i += batch) {
      const chunk = rows.slice(i, i + batch);
      await db.write((tx) => tx.run(cypher, { rows: chunk }));
      transactions++;
      opts.onProgress?.((done += chunk.length), total);
    }
  }
  for (const [spec, rows] of Object.entries(data.rels)) {
    const [from, type, to] = spec.split('|').map(ident);
    const cypher = `UNWIND $rows AS row MATCH (a:${from} {id: row.from}) MATCH (b:${to} {id: row.to})
       MERGE (a)-[r:${type}]->(b) SET r += coalesce(row.props, {})`;
    for (let i = 0; i < rows.length; i += batch) {
      const chunk = rows.slice(i, i + batch);
      await db.write((tx) => tx.run(cypher, { rows: chunk }));
      transactions++;
      opts.onProgress?.((done += chunk.length), total);
    }
  }
  const ms = performance.now() - started;
  const nodes = Object.values(data.nodes).reduce((s, r) => s + r.length, 0);
  const relationships = Object.values(data.rels).reduce((s, r) => s + r.length, 0);
  return {
    nodes,
    relationships,
    transactions,
    ms,
    nodesPerSecond: nodes / (ms / 1000),
    relationshipsPerSecond: relationships / (ms / 1000),
  };
}

/** Merges several generated data sets into one, so they load in full-size batches. */
export function mergeRows(
  into: { nodes: NodeRows; rels: RelRows },
  from: { nodes: NodeRows; rels: RelRows },
) {
  for (const [k, rows] of Object.entries(from.nodes)) (into.nodes[k] ??= []).push(...rows);
  for (const [k, rows] of Object.entries(from.rels)) (into.rels[k] ??= []).push(...rows);
  return into;
}
