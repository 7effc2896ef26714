import { afterAll, describe, expect, it } from 'vitest';
import { graphqlClient } from '../testing/graphql.js';
import { DEGREE } from './kinds.js';

const client = graphqlClient();
afterAll(() => client.close());

const NESTED = /* GraphQL */ `
  query Nested($code: String!) {
    gemeente(code: $code) {
      naam
      wijken {
        naam
        steungroepen {
          id
          naam
          partners {
            kernteam
            partner {
              naam
              activiteiten {
                id
                naam
              }
            }
          }
        }
      }
    }
  }
`;

interface Nested {
  gemeente: {
    wijken: {
      naam: string;
      steungroepen: {
        id: string;
        partners: { kernteam: boolean; partner: { naam: string; activiteiten: { id: string }[] } }[];
      }[];
    }[];
  };
}

describe('nested reads', () => {
  it('run one Cypher query per field level, however many nodes each level holds', async () => {
    const result = await client.run<Nested>(NESTED, { code: 'GM0537' });
    expect(result.errors).toBeUndefined();
    const wijken = result.data!.gemeente.wijken;
    const groepen = wijken.flatMap((w) => w.steungroepen);
    const partners = groepen.flatMap((s) => s.partners);
    const activiteiten = partners.flatMap((p) => p.partner.activiteiten);
    // Enough nodes that N+1 would show: every level holds several, together well over 100.
    expect(wijken.length).toBeGreaterThan(10);
    expect(groepen.length).toBeGreaterThan(5);
    expect(wijken.length + groepen.length + partners.length + activiteiten.length).toBeGreaterThan(100);
    // gemeente, wijken, steungroepen, partners, activiteiten: five levels, five queries.
    expect(result.queryCount).toBe(5);
  });

  it('return the Hoornesgroep with its partners and their activities', async () => {
    const result = await client.run<Nested>(NESTED, { code: 'GM0537' });
    const hoornes = result
      .data!.gemeente.wijken.flatMap((w) => w.steungroepen)
      .find((s) => s.id === 'Steungroep:hoornesgroep');
    expect(hoornes).toBeDefined();
    expect(hoornes!.partners).toHaveLength(11);
    expect(hoornes!.partners.filter((p) => p.kernteam)).toHaveLength(5);
    expect(hoornes!.partners.map((p) => p.partner.naam)).toContain('Dunavie');
    expect(hoornes!.partners.flatMap((p) => p.partner.activiteiten).length).toBeGreaterThan(0);
  });

  it('send the relation fields of one level together: a wijk page is two statements, not six', async () => {
    const result = await client.run<{ node: Record<string, unknown[]> }>(
      `query($id: ID!) { node(id: $id) { ... on Wijk { naam kern { naam } buurten { id } steungroepen { id }
        partners { id } signalen { id } } } }`,
      { id: 'Wijk:GM0537-WK01' },
    );
    expect(result.errors).toBeUndefined();
    const wijk = result.data!.node;
    expect(wijk.steungroepen!.length + wijk.partners!.length + wijk.buurten!.length).toBeGreaterThan(5);
    // The wijk itself, then kern, buurten, steungroepen, partners and signalen in one statement.
    expect(result.queryCount).toBe(2);
  });

  it('read verbindingen only when asked, and then with the relations of the same moment', async () => {
    const result = await client.run<{
      node: { verbindingen: number; steungroepen: { id: string; verbindingen: number }[] };
    }>(
      `query($id: ID!) { node(id: $id) { ... on Wijk { verbindingen buurten { id } steungroepen { id verbindingen } } } }`,
      { id: 'Wijk:GM0537-WK01' },
    );
    expect(result.errors).toBeUndefined();
    // The wijk; its relations with its own degree; the degrees of its groups.
    expect(result.queryCount).toBe(3);
    const [expected] = await client.db.query<{ wijk: number; groepen: Record<string, number> }>(
      `MATCH (w:Wijk {id: 'Wijk:GM0537-WK01'})
       RETURN ${DEGREE('w')} AS wijk,
              COLLECT { MATCH (w)<-[:IN_WIJK]-(s:Steungroep) RETURN {id: s.id, n: ${DEGREE('s')}} } AS groepen`,
    );
    expect(result.data!.node.verbindingen).toBe(expected!.wijk);
    expect(result.data!.node.verbindingen).toBeGreaterThan(10);
    const groepen = expected!.groepen as unknown as { id: string; n: number }[];
    expect(result.data!.node.steungroepen.map((s) => [s.id, s.verbindingen])).toEqual(
      expect.arrayContaining(groepen.map((g) => [g.id, g.n])),
    );
    expect(groepen.length).toBe(result.data!.node.steungroepen.length);
  });
});
