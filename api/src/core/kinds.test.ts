import { afterAll, describe, expect, it, inject } from 'vitest';
import { Db } from '../db/db.js';
import { DEGREE, NETWORK_RELATIONSHIPS, OFF_NETWORK, OFF_NETWORK_RELATIONSHIPS } from './kinds.js';

const db = Db.connect({ uri: inject('neo4jUri') });
afterAll(() => db.close());

describe('the degree of a node (verbindingen)', () => {
  it('knows every relationship type in the database as network or not', async () => {
    const rows = await db.query<{ type: string }>(
      'CALL db.relationshipTypes() YIELD relationshipType AS type RETURN type',
    );
    const known = new Set<string>([...NETWORK_RELATIONSHIPS, ...OFF_NETWORK_RELATIONSHIPS]);
    expect(rows.length).toBeGreaterThan(15);
    expect(rows.map((r) => r.type).filter((t) => !known.has(t))).toEqual([]);
  });

  it('counted by type equals counted by the label at the other end, for every node of the demo', async () => {
    const rows = await db.query<{ id: string; byType: number; byLabel: number }>(
      `MATCH (n) WHERE n.gemeente IN ['GM0537', 'GM0400'] AND NOT n:Gebruiker|Sessie|ApiSleutel|AuditRegel
       RETURN n.id AS id, ${DEGREE('n')} AS byType,
              COUNT { (n)--(other) WHERE NOT other:${OFF_NETWORK} } AS byLabel`,
    );
    expect(rows.length).toBeGreaterThan(500);
    expect(rows.some((r) => r.id.startsWith('Inwoner:') && r.byType > 0)).toBe(true);
    expect(rows.filter((r) => r.byType !== r.byLabel)).toEqual([]);
    // Residents hang off steungroepen and buurten, and are not counted.
    const [hoornes] = await db.query<{ all: number; network: number }>(
      `MATCH (s:Steungroep {id: 'Steungroep:hoornesgroep'}) RETURN COUNT { (s)--() } AS all, ${DEGREE('s')} AS network`,
    );
    expect(hoornes!.all).toBeGreaterThan(hoornes!.network);
  });
});
