import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSynthetic } from './synthetic.js';
import { Db } from '../db/db.js';
import { bulkLoad } from './load.js';

/** The bulk path against the test stack's Neo4j, under a gemeente code of its own (GM9111). */
const GM = 'GM9111';
let db: Db;
beforeAll(() => {
  const uri = process.env.NEO4J_URI ?? inject('neo4jUri');
  if (!uri) throw new Error('No Neo4j: this test needs the real database of the test stack (NEO4J_URI).');
  db = Db.connect({ uri, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD });
});
afterAll(async () => {
  await db?.write((tx) => tx.run('MATCH (n {gemeente: $gm}) DETACH DELETE n', { gm: GM }));
  await db?.close();
});

async function inDb() {
  const [row] = await db.query<{ nodes: number; rels: number }>(
    `MATCH (n {gemeente: $gm}) WITH collect(n) AS ns
     RETURN size(ns) AS nodes, COUNT { MATCH (a)-[r]->() WHERE a IN ns } AS rels`,
    { gm: GM },
  );
  return row!;
}

describe('bulk load path', () => {
  it('writes every generated row in batches, relationship properties included, and is idempotent', async () => {
    const data = buildSynthetic({ scale: 1, seed: 3, gemeente: GM });
    const first = await bulkLoad(db, data, { batch: 500 });
    const nodes = Object.values(data.nodes).reduce((s, r) => s + r.length, 0);
    const rels = Object.values(data.rels).reduce((s, r) => s + r.length, 0);
    expect(first.nodes).toBe(nodes);
    expect(first.relationships).toBe(rels);
    // Batched: far fewer transactions than rows.
    expect(first.transactions).toBeLessThan((nodes + rels) / 20);
    const after = await inDb();
    expect(after.nodes).toBe(nodes);
    expect(after.rels).toBe(rels);
    const [kernteam] = await db.query<{ n: number }>(
      'MATCH (:Partner {gemeente: $gm})-[r:PARTNER_VAN {kernteam: true}]->() RETURN count(r) AS n',
      { gm: GM },
    );
    expect(kernteam!.n).toBeGreaterThan(0);

    await bulkLoad(db, data, { batch: 5000 });
    expect(await inDb()).toEqual(after);
  });

  it('refuses a label that is not an identifier', async () => {
    await expect(bulkLoad(db, { nodes: { 'X) DETACH DELETE (n': [{ id: 'x' }] }, rels: {} })).rejects.toThrow(
      /not a label/,
    );
  });
});
