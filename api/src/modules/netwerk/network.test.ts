import { afterAll, describe, expect, it } from 'vitest';
import { errorCode, graphqlClient } from '../../testing/graphql.js';

const client = graphqlClient();
afterAll(() => client.close());

interface Net {
  network: {
    nodes: { id: string; kind: string; label: string; weight: number }[];
    edges: { id: string; source: string; target: string; kind: string }[];
    truncated: boolean;
    totalNodes: number;
  };
}

const NETWORK = `query($f: NetworkFilter!, $limit: Int) {
  network(filter: $f, limit: $limit) {
    nodes { id kind label weight } edges { id source target kind } truncated totalNodes
  }
}`;

describe('network', () => {
  it('returns at most `limit` nodes, the best connected, and only edges among them', async () => {
    const { data, errors } = await client.run<Net>(NETWORK, { f: { gemeente: 'GM0537' }, limit: 40 });
    expect(errors).toBeUndefined();
    const net = data!.network;
    expect(net.nodes).toHaveLength(40);
    expect(net.truncated).toBe(true);
    expect(net.totalNodes).toBeGreaterThan(40);
    const ids = new Set(net.nodes.map((n) => n.id));
    expect(net.edges.length).toBeGreaterThan(0);
    expect(net.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    // Edge ids survive a reload of the data: they are made of the ends and the kind.
    expect(net.edges.every((e) => e.id === `${e.source}|${e.kind}|${e.target}`)).toBe(true);
    const weights = net.nodes.map((n) => n.weight);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });

  it('narrows to a wijk: its groups, partners and activities, with their themes', async () => {
    const whole = await client.run<Net>(NETWORK, { f: { gemeente: 'GM0537' }, limit: 5000 });
    const hoornes = await client.run<{ node: { wijk: { id: string } } }>(
      `{ node(id: "Steungroep:hoornesgroep") { ... on Steungroep { wijk { id } } } }`,
    );
    const wijk = hoornes.data!.node.wijk.id;
    const { data } = await client.run<Net>(NETWORK, { f: { gemeente: 'GM0537', wijk }, limit: 5000 });
    const kinds = new Set(data!.network.nodes.map((n) => n.kind));
    expect(data!.network.nodes.map((n) => n.id)).toContain('Steungroep:hoornesgroep');
    expect(kinds).toContain('PARTNER');
    expect(kinds).toContain('THEMA');
    expect(data!.network.nodes.length).toBeLessThan(whole.data!.network.nodes.length);
    expect(data!.network.truncated).toBe(false);
  });

  it('draws the ego network of a steungroep: its partners one step away', async () => {
    const { data, errors } = await client.run<Net>(NETWORK, {
      f: { gemeente: 'GM0537', focus: 'Steungroep:hoornesgroep', depth: 1 },
    });
    expect(errors).toBeUndefined();
    const partners = data!.network.nodes.filter((n) => n.kind === 'PARTNER');
    expect(partners).toHaveLength(11);
    expect(data!.network.edges.filter((e) => e.kind === 'PARTNER_VAN')).toHaveLength(11);
  });

  it('rejects a depth beyond 3 and an unknown gemeente', async () => {
    expect(
      errorCode(
        await client.run(NETWORK, { f: { gemeente: 'GM0537', focus: 'Steungroep:hoornesgroep', depth: 4 } }),
      ),
    ).toBe('BAD_USER_INPUT');
    expect(errorCode(await client.run(NETWORK, { f: { gemeente: 'GM0000' } }))).toBe('BAD_USER_INPUT');
  });
});
