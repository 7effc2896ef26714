import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Db } from '../db/db.js';
import { isDatabaseEmpty, planSeed, relKey, reportOf, seedDemo } from './load.js';

/**
 * Against the real Neo4j of the test stack, which global-setup has already seeded once. Other test
 * files run in parallel on the same database under gemeente codes of their own, so every count
 * here is limited to what the seed itself writes.
 */
const SEEDED = ['GM0537', 'GM0400'];
const VOCABULARY = ['Thema', 'Doelgroep'];
const plan = planSeed();

let db: Db;
beforeAll(() => {
  const uri = process.env.NEO4J_URI ?? inject('neo4jUri');
  if (!uri) throw new Error('No Neo4j: this test needs the real database of the test stack (NEO4J_URI).');
  db = Db.connect({ uri, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD });
});
afterAll(() => db?.close());

const seededNode = (v: string) =>
  `(${v}.gemeente IN $seeded OR any(l IN labels(${v}) WHERE l IN $vocabulary))`;

/** Nodes per label and relationships per type within the seeded gemeenten and the vocabulary. */
async function counts() {
  const params = { seeded: SEEDED, vocabulary: VOCABULARY };
  const nodes = await db.query<{ label: string; n: number }>(
    `MATCH (n) WHERE ${seededNode('n')} UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label`,
    params,
  );
  const rels = await db.query<{ type: string; n: number }>(
    `MATCH (a)-[r]->(b) WHERE ${seededNode('a')} AND ${seededNode('b')} RETURN type(r) AS type, count(*) AS n ORDER BY type`,
    params,
  );
  return { nodes, rels };
}

describe('seedDemo', () => {
  it('writes every planned node and relationship exactly once, and a second run changes nothing', async () => {
    const first = await seedDemo(db);
    const before = await counts();
    const second = await seedDemo(db);
    const after = await counts();

    expect(second).toEqual(first);
    expect(first).toEqual(reportOf(plan));
    expect(after).toEqual(before);

    for (const { spec, rows } of plan.nodes) {
      const [row] = await db.query<{ n: number }>(
        `MATCH (n:${spec.label}) WHERE n.id IN $ids RETURN count(n) AS n`,
        { ids: rows.map((r) => r.id) },
      );
      expect(row!.n, spec.label).toBe(rows.length);
    }
    for (const { spec, rows } of plan.rels) {
      const [row] = await db.query<{ n: number }>(
        `UNWIND $rows AS row MATCH (a:${spec.from} {id: row.from})-[r:${spec.type}]->(b:${spec.to} {id: row.to}) RETURN count(r) AS n`,
        { rows },
      );
      expect(row!.n, relKey(spec)).toBe(rows.length);
    }
  });

  it('reports a database with a gemeente as not empty', async () => {
    expect(await isDatabaseEmpty(db)).toBe(false);
  });

  it('gives the Hoornesgroep its eleven partners, five of them in the core team', async () => {
    const rows = await db.query<{ naam: string; kernteam: boolean }>(
      `MATCH (p:Partner)-[r:PARTNER_VAN]->(:Steungroep {id: 'Steungroep:hoornesgroep'})
       RETURN p.naam AS naam, r.kernteam AS kernteam ORDER BY naam`,
    );
    expect(rows).toHaveLength(11);
    expect(rows.filter((r) => r.kernteam).map((r) => r.naam)).toEqual([
      'Baptistengemeente Katwijk',
      'DSV Verzorgd Leven',
      'Dunavie',
      'Gemeente Katwijk',
      'Welzijnskwartier',
    ]);
  });

  it('stores only the allowed properties on residents, with dates as dates', async () => {
    const allowed = ['gemeente', 'id', 'leeftijdsband', 'pseudoniem', 'toestemmingsdatum'];
    const rows = await db.query<{ keys: string[]; isDate: boolean }>(
      `MATCH (i:Inwoner) RETURN keys(i) AS keys, i.toestemmingsdatum IS :: DATE AS isDate`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(
      plan.nodes.find((n) => n.spec.label === 'Inwoner')!.rows.length,
    );
    for (const row of rows) {
      expect(row.keys.filter((k) => !allowed.includes(k))).toEqual([]);
      expect(row.isDate).toBe(true);
    }
    const [lid] = await db.query<{ bad: number }>(
      `MATCH (:Inwoner)-[r:LID_VAN]->() WHERE NOT r.sinds IS :: DATE OR NOT r.rol IN ['KARTREKKER', 'VRIJWILLIGER', 'DEELNEMER']
       RETURN count(r) AS bad`,
    );
    expect(lid!.bad).toBe(0);
  });

  it('scopes every node except the vocabulary to a gemeente', async () => {
    const labels = plan.nodes.map((n) => n.spec.label).filter((l) => !VOCABULARY.includes(l));
    const rows = await db.query<{ id: string }>(
      `MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) AND n.gemeente IS NULL RETURN n.id AS id LIMIT 10`,
      { labels },
    );
    expect(rows).toEqual([]);
  });
});
