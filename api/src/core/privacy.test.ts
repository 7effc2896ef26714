import { afterAll, describe, expect, it } from 'vitest';
import { ANONYMOUS, type Actor } from './actor.js';
import { errorCode, graphqlClient } from '../testing/graphql.js';
import { telling } from '../modules/steungroep/leden.js';

const client = graphqlClient();
afterAll(() => client.close());

const HOORNES = 'Steungroep:hoornesgroep';
const builder: Actor = { id: 'test-builder', role: 'OPBOUWWERKER', steungroepen: [HOORNES], gemeenten: [] };
const otherBuilder: Actor = {
  id: 'other-builder',
  role: 'OPBOUWWERKER',
  steungroepen: ['Steungroep:elders'],
  gemeenten: [],
};
const partner: Actor = { id: 'key-dunavie', role: 'PARTNER', steungroepen: [], gemeenten: [] };
const gemeente: Actor = { id: 'beleid', role: 'GEMEENTE', steungroepen: [], gemeenten: [] };

const LEDEN = `query($id: ID!) { node(id: $id) { ... on Steungroep { leden { rol inwoner { id pseudoniem leeftijdsband } } } } }`;

describe('residents', () => {
  it('are listed for the community builder responsible for the group', async () => {
    const result = await client.run<{ node: { leden: { inwoner: { id: string } }[] } }>(
      LEDEN,
      { id: HOORNES },
      builder,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.node.leden.length).toBeGreaterThan(0);
  });

  it.each([
    ['anonymous', ANONYMOUS],
    ['a partner', partner],
    ['the municipality', gemeente],
    ['another group’s builder', otherBuilder],
  ])('are FORBIDDEN to %s', async (_who, actor) => {
    const result = await client.run(LEDEN, { id: HOORNES }, actor);
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(JSON.stringify(result.data ?? {})).not.toContain('Inwoner:');
  });

  it('cannot be read through node(id) by anyone but their builder', async () => {
    const own = await client.run<{ node: { leden: { inwoner: { id: string } }[] } }>(
      LEDEN,
      { id: HOORNES },
      builder,
    );
    const residentId = own.data!.node.leden[0]!.inwoner.id;
    const lookup = `query($id: ID!) { node(id: $id) { id ... on Inwoner { pseudoniem } } }`;
    for (const actor of [ANONYMOUS, partner, gemeente, otherBuilder]) {
      const result = await client.run(lookup, { id: residentId }, actor);
      expect(errorCode(result)).toBe('FORBIDDEN');
    }
    const allowed = await client.run<{ node: { id: string } }>(lookup, { id: residentId }, builder);
    expect(allowed.data!.node.id).toBe(residentId);
  });

  it('never appear in search, whoever asks', async () => {
    const own = await client.run<{ node: { leden: { inwoner: { pseudoniem: string } }[] } }>(
      LEDEN,
      { id: HOORNES },
      builder,
    );
    const name = own.data!.node.leden[0]!.inwoner.pseudoniem;
    const result = await client.run<{ search: { kind: string }[] }>(
      `query($t: String!) { search(text: $t, kinds: [INWONER, STEUNGROEP]) { kind } }`,
      { t: name },
      builder,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.search.some((h) => h.kind === 'INWONER')).toBe(false);
  });

  it('are left out of the network unless the builder asks for their own', async () => {
    const query = `query($k: [NodeKind!]) { network(filter: { gemeente: "GM0537", kinds: $k }, limit: 2000) { nodes { id kind } } }`;
    const plain = await client.run<{ network: { nodes: { kind: string }[] } }>(query, {}, gemeente);
    expect(plain.data!.network.nodes.some((n) => n.kind === 'INWONER')).toBe(false);
    const asked = await client.run(query, { k: ['STEUNGROEP', 'INWONER'] }, partner);
    expect(errorCode(asked)).toBe('FORBIDDEN');
    const own = await client.run<{ network: { nodes: { kind: string }[] } }>(
      query,
      { k: ['STEUNGROEP', 'INWONER'] },
      builder,
    );
    expect(own.data!.network.nodes.some((n) => n.kind === 'INWONER')).toBe(true);
  });

  it('tell each viewer beforehand whether they may see them', async () => {
    const ask = `query($id: ID!) { node(id: $id) { ... on Steungroep { magLedenZien } } }`;
    for (const [actor, expected] of [
      [builder, true],
      [otherBuilder, false],
      [partner, false],
      [gemeente, false],
      [ANONYMOUS, false],
    ] as const) {
      const result = await client.run<{ node: { magLedenZien: boolean } }>(ask, { id: HOORNES }, actor);
      expect(result.data!.node.magLedenZien).toBe(expected);
    }
  });

  it('are counted for everyone, with counts from 1 to 4 hidden', async () => {
    const result = await client.run<{
      node: { ledenTelling: { totaal: { aantal: number | null; minderDanVijf: boolean } } };
    }>(
      `query($id: ID!) { node(id: $id) { ... on Steungroep { ledenTelling { totaal { aantal minderDanVijf } } } } }`,
      { id: HOORNES },
      partner,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.node.ledenTelling.totaal.aantal).toBeGreaterThanOrEqual(5);
    expect(telling(0)).toEqual({ aantal: 0, minderDanVijf: false });
    expect(telling(4)).toEqual({ aantal: null, minderDanVijf: true });
    expect(telling(5)).toEqual({ aantal: 5, minderDanVijf: false });
  });
});
