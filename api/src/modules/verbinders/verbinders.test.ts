import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, graphqlClient } from '../../testing/graphql.js';
import { TestNetwork, area, type TestRel } from '../analyse/testnet.js';

/**
 * Two triangles and a bridge. A1, A2, A3 are partners of steungroep SA (A1 and A2 also organise
 * YA together); C1, C2, C3 of steungroep SC. B organises X1 with A1 and X2 with C1, both in wijk WB.
 * Seven linked partners, so 15 pairs of others per partner. Every shortest path between an A and a
 * C runs through B: 9 pairs, betweenness 9/15 = 0.6. Through A1 run the paths from A2 and A3 to
 * B, C1, C2, C3: 8 pairs, 8/15 = 0.5333; C1 likewise. So B ranks first.
 * L takes part in nothing; S organises one activity alone.
 */
const GM = 'GM9404';
const net = new TestNetwork(GM);
const client = graphqlClient();
const id = (kind: string, x: string) => `${kind}:${GM}-${x}`;

beforeAll(async () => {
  const areas = [area(GM, 'K1', 'WA'), area(GM, 'K1', 'WB'), area(GM, 'K1', 'WC')];
  const partner = (x: string) => ({
    id: id('Partner', x),
    naam: `Partner ${x}`,
    soort: 'WELZIJN',
    professioneel: false,
  });
  const activity = (x: string, loc: string, orgs: string[]) => ({
    node: { id: id('Activiteit', x), naam: `Activiteit ${x}`, frequentie: 'WEKELIJKS' },
    rels: [
      [id('Activiteit', x), 'OP_LOCATIE', id('Locatie', loc)],
      ...orgs.map((o): TestRel => [id('Partner', o), 'ORGANISEERT', id('Activiteit', x)]),
    ] as TestRel[],
  });
  const acts = [
    activity('YA', 'LA', ['A1', 'A2']),
    activity('X1', 'LB', ['B', 'A1']),
    activity('X2', 'LB', ['B', 'C1']),
    activity('SOLO', 'LA', ['S']),
  ];
  await net.build(
    [
      { id: id('Kern', 'K1'), naam: 'Kern' },
      ...areas.flatMap((a) => a.nodes),
      ...['A1', 'A2', 'A3', 'B', 'C1', 'C2', 'C3', 'L', 'S'].map(partner),
      { id: id('Steungroep', 'SA'), naam: 'Groep A' },
      { id: id('Steungroep', 'SC'), naam: 'Groep C' },
      { id: id('Locatie', 'LA'), naam: 'Huis A', soort: 'BUURTHUIS' },
      { id: id('Locatie', 'LB'), naam: 'Huis B', soort: 'BUURTHUIS' },
      ...acts.map((a) => a.node),
    ],
    [
      [id('Kern', 'K1'), 'IN_GEMEENTE', `Gemeente:${GM}`],
      ...areas.flatMap((a) => a.rels),
      [id('Steungroep', 'SA'), 'IN_WIJK', id('Wijk', 'WA')],
      [id('Steungroep', 'SC'), 'IN_WIJK', id('Wijk', 'WC')],
      [id('Locatie', 'LA'), 'IN_BUURT', id('Buurt', 'WA-b1')],
      [id('Locatie', 'LB'), 'IN_BUURT', id('Buurt', 'WB-b1')],
      ...['A1', 'A2', 'A3'].map((p): TestRel => [id('Partner', p), 'PARTNER_VAN', id('Steungroep', 'SA')]),
      ...['C1', 'C2', 'C3'].map((p): TestRel => [id('Partner', p), 'PARTNER_VAN', id('Steungroep', 'SC')]),
      ...acts.flatMap((a) => a.rels),
    ],
  );
});

afterAll(async () => {
  await net.close();
  await client.close();
});

const QUERY = `query($g: String!, $seed: Int, $res: Float) {
  verbinders(gemeente: $g, seed: $seed, resolutie: $res) {
    modulariteit
    partners { rang partner { id naam } betweenness graad gewogenGraad cluster overbrugdeClusters
               overbrugt { a { id } b { id } wijken { naam } tussenClusters } uitleg }
    clusters { nummer naam leden { id } wijken { naam } }
    zonderSamenwerking { partner { id } activiteitenAlleen nergensBij uitleg }
    samenwerkingen { a { id } b { id } gewicht gedeeld { id } }
  }
}`;

interface Result {
  verbinders: {
    modulariteit: number;
    partners: {
      rang: number;
      partner: { id: string };
      betweenness: number;
      graad: number;
      gewogenGraad: number;
      cluster: number;
      overbrugdeClusters: number[];
      overbrugt: {
        a: { id: string };
        b: { id: string };
        wijken: { naam: string }[];
        tussenClusters: boolean;
      }[];
      uitleg: string;
    }[];
    clusters: { nummer: number; naam: string; leden: { id: string }[] }[];
    zonderSamenwerking: {
      partner: { id: string };
      activiteitenAlleen: number;
      nergensBij: boolean;
      uitleg: string;
    }[];
    samenwerkingen: { a: { id: string }; b: { id: string }; gewicht: number }[];
  };
}
const P = (x: string) => id('Partner', x);

describe('verbinders on two clusters and a bridge', () => {
  it('ranks the partner that bridges the clusters first in betweenness, with values worked out by hand', async () => {
    const { data, errors } = await client.run<Result>(QUERY, { g: GM });
    expect(errors).toBeUndefined();
    const ranked = data!.verbinders.partners.map((p) => [p.partner.id, p.betweenness]);
    expect(ranked.slice(0, 3)).toEqual([
      [P('B'), 0.6],
      [P('A1'), 0.5333],
      [P('C1'), 0.5333],
    ]);
    expect(ranked.slice(3).every(([, b]) => b === 0)).toBe(true);
  });

  it('finds the two clusters and names who the bridge connects, and where', async () => {
    const { data } = await client.run<Result>(QUERY, { g: GM });
    const v = data!.verbinders;
    expect(v.clusters).toHaveLength(2);
    const sets = v.clusters.map((c) => c.leden.map((l) => l.id));
    expect(sets.find((s) => s.includes(P('A2')))).toEqual(
      expect.arrayContaining([P('A1'), P('A2'), P('A3')]),
    );
    expect(sets.find((s) => s.includes(P('C2')))).toEqual(
      expect.arrayContaining([P('C1'), P('C2'), P('C3')]),
    );
    expect(v.clusters.find((c) => c.leden.some((l) => l.id === P('A2')))!.naam).toBe(
      'rond Partner A1 en Partner A2',
    );
    const b = v.partners[0]!;
    expect(b.overbrugdeClusters).toHaveLength(1);
    expect(b.overbrugt[0]).toEqual({
      a: { id: P('A1') },
      b: { id: P('C1') },
      wijken: [{ naam: 'WB' }],
      tussenClusters: true,
    });
    expect(b.uitleg).toMatch(/^Partner B verbindt Partner A1 en Partner C1 in WB; brug tussen cluster/);
    expect(v.samenwerkingen[0]).toEqual({
      a: { id: P('A1') },
      b: { id: P('A2') },
      gewicht: 2,
      gedeeld: [{ id: id('Activiteit', 'YA') }, { id: id('Steungroep', 'SA') }],
    });
  });

  it('lists the partners with no collaboration, saying which take part in nothing at all', async () => {
    const { data } = await client.run<Result>(QUERY, { g: GM });
    expect(
      data!.verbinders.zonderSamenwerking.map((p) => [p.partner.id, p.activiteitenAlleen, p.nergensBij]),
    ).toEqual([
      [P('L'), 0, true],
      [P('S'), 1, false],
    ]);
  });

  it('gives the same clusters for the same seed', async () => {
    const first = await client.run<Result>(QUERY, { g: GM, seed: 7 });
    const second = await client.run<Result>(QUERY, { g: GM, seed: 7 });
    expect(second.data).toEqual(first.data);
  });

  it('rejects an unknown gemeente and a resolution out of range', async () => {
    expect(errorCode(await client.run(QUERY, { g: 'GM0000' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await client.run(QUERY, { g: GM, res: 0 }))).toBe('BAD_USER_INPUT');
  });
});

describe('verbinders on the demo data', () => {
  it('finds brokers with an explanation, clusters, and the Inwonersadviesraad that knows nobody', async () => {
    const { data } = await client.run<Result>(QUERY, { g: 'GM0537' });
    const v = data!.verbinders;
    expect(v.partners[0]!.betweenness).toBeGreaterThan(0);
    expect(v.partners[0]!.uitleg).toContain('verbindt');
    expect(v.clusters.length).toBeGreaterThan(1);
    const iar = v.zonderSamenwerking.find((p) => p.partner.id === 'Partner:inwonersadviesraad');
    expect(iar?.nergensBij).toBe(true);
  });
});
