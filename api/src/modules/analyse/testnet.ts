/**
 * Small hand-built networks for the analysis tests: written under a gemeente code of their own
 * (GM94xx) so that they never touch the demo data or another test's network, and removed again
 * by that code. Thema's and doelgroepen are the shared vocabulary the demo data already holds.
 */
import neo4j from 'neo4j-driver';
import { inject } from 'vitest';
import { Db } from '../../db/db.js';
import { KINDS, kindOfId } from '../../core/kinds.js';

export type TestNode = { id: string } & Record<string, unknown>;
/** `[from, TYPE, to, properties?]` */
export type TestRel = [string, string, string, Record<string, unknown>?];

const DATES = new Set(['laatstBevestigd', 'datum', 'opgericht', 'toestemmingsdatum', 'sinds']);
const INTS = new Set(['jaar', 'bereik', 'capaciteit', 'inwoners']);

function toParam(key: string, value: unknown): unknown {
  if (typeof value === 'string' && DATES.has(key)) {
    const [y, m, d] = value.split('-').map(Number);
    return new neo4j.types.Date(y!, m!, d!);
  }
  if (typeof value === 'number' && INTS.has(key)) return neo4j.int(value);
  return value;
}

const props = (o: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(o).map(([k, v]) => [k, toParam(k, v)]));

function labelOf(id: string): string {
  const kind = kindOfId(id);
  if (!kind) throw new Error(`test network: ${id} does not start with a known kind`);
  return KINDS[kind].label;
}

export class TestNetwork {
  readonly db: Db;

  constructor(readonly gemeente: string) {
    this.db = Db.connect({ uri: inject('neo4jUri') });
  }

  /** Writes nodes (label from the id prefix; `gemeente` added to scoped kinds) and relationships. */
  async build(nodes: TestNode[], rels: TestRel[]): Promise<void> {
    await this.db.write(async (tx) => {
      await tx.run('MERGE (g:Gemeente {id: $id}) SET g.code = $code, g.naam = $naam, g.gemeente = $code', {
        id: `Gemeente:${this.gemeente}`,
        code: this.gemeente,
        naam: `Testgemeente ${this.gemeente}`,
      });
      const byLabel = new Map<string, TestNode[]>();
      for (const n of nodes) byLabel.set(labelOf(n.id), [...(byLabel.get(labelOf(n.id)) ?? []), n]);
      for (const [label, list] of byLabel) {
        const scoped = label !== 'Thema' && label !== 'Doelgroep';
        const rows = list.map((n) => props(scoped ? { gemeente: this.gemeente, ...n } : n));
        await tx.run(`UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n += row`, { rows });
      }
      const groups = new Map<string, { from: string; to: string; props: Record<string, unknown> }[]>();
      for (const [from, type, to, p] of rels) {
        const key = `${labelOf(from)}|${type}|${labelOf(to)}`;
        groups.set(key, [...(groups.get(key) ?? []), { from, to, props: props(p ?? {}) }]);
      }
      for (const [key, rows] of groups) {
        const [from, type, to] = key.split('|');
        const [made] = await tx.run<{ n: number }>(
          `UNWIND $rows AS row MATCH (a:${from} {id: row.from}) MATCH (b:${to} {id: row.to})
           MERGE (a)-[r:${type}]->(b) SET r += row.props RETURN count(r) AS n`,
          { rows },
        );
        if (made?.n !== rows.length) throw new Error(`test network: some ${key} endpoints do not exist`);
      }
    });
  }

  /** Removes everything under this gemeente code, and nothing else. */
  async remove(): Promise<void> {
    await this.db.write(async (tx) => {
      for (const { label, scoped } of Object.values(KINDS)) {
        if (scoped) await tx.run(`MATCH (n:${label} {gemeente: $g}) DETACH DELETE n`, { g: this.gemeente });
      }
      await tx.run('MATCH (g:Gemeente {code: $g}) DETACH DELETE g', { g: this.gemeente });
    });
  }

  async close(): Promise<void> {
    await this.remove();
    await this.db.close();
  }
}

/** A wijk with its kern and one buurt, the smallest area an analysis can place things in. */
export function area(
  gm: string,
  kern: string,
  wijk: string,
  buurten: string[] = [`${wijk}-b1`],
): {
  nodes: TestNode[];
  rels: TestRel[];
} {
  const kernId = `Kern:${gm}-${kern}`;
  const wijkId = `Wijk:${gm}-${wijk}`;
  return {
    nodes: [
      { id: wijkId, naam: wijk, code: wijk },
      ...buurten.map((b) => ({ id: `Buurt:${gm}-${b}`, naam: b, code: b })),
    ],
    rels: [
      [wijkId, 'IN_KERN', kernId],
      ...buurten.map((b): TestRel => [`Buurt:${gm}-${b}`, 'IN_WIJK', wijkId]),
    ],
  };
}
