import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, graphqlClient } from '../../testing/graphql.js';
import { TestNetwork, area, type TestRel } from '../analyse/testnet.js';

/**
 * In wijk W on Tuesday: A1 (volunteers, 10:00–11:30) and A2 (professionals, 10:00–12:00), both on
 * eenzaamheid for ouderen: one pair, 90 minutes, professional beside volunteer. A3 (other
 * professionals, 11:30–12:30) overlaps A2 by 30 minutes and only touches A1: a second pair, not
 * flagged; A1, A2 and A3 form one group. Not duplicates: A4 (same as A1 but in wijk V), A5 (another
 * theme), A6 (one-off), A7 (Wednesday), A8 (10:00–11:00, organised by A1's and A2's organisers
 * together).
 */
const GM = 'GM9403';
const net = new TestNetwork(GM);
const client = graphqlClient();
const id = (kind: string, x: string) => `${kind}:${GM}-${x}`;

const activity = (
  x: string,
  o: {
    org: string | string[];
    loc: string;
    dag?: string;
    van: string;
    tot: string;
    freq?: string;
    thema?: string;
  },
) => ({
  node: {
    id: id('Activiteit', x),
    naam: `Activiteit ${x}`,
    dag: o.dag ?? 'DI',
    beginTijd: o.van,
    eindTijd: o.tot,
    frequentie: o.freq ?? 'WEKELIJKS',
    bereik: 10,
    toegankelijk: true,
    laatstBevestigd: '2026-10-01',
  },
  rels: [
    ...[o.org].flat().map((org): TestRel => [id('Partner', org), 'ORGANISEERT', id('Activiteit', x)]),
    [id('Activiteit', x), 'OP_LOCATIE', id('Locatie', o.loc)],
    [id('Activiteit', x), 'OVER', o.thema ?? 'Thema:eenzaamheid'],
    [id('Activiteit', x), 'VOOR', 'Doelgroep:ouderen'],
  ] as TestRel[],
});

beforeAll(async () => {
  const acts = [
    activity('A1', { org: 'vrijwillig', loc: 'L', van: '10:00', tot: '11:30' }),
    activity('A2', { org: 'prof', loc: 'L', van: '10:00', tot: '12:00' }),
    activity('A3', { org: 'prof2', loc: 'L', van: '11:30', tot: '12:30' }),
    activity('A4', { org: 'vrijwillig2', loc: 'LV', van: '10:00', tot: '11:30' }),
    activity('A5', { org: 'vrijwillig2', loc: 'L', van: '10:00', tot: '11:30', thema: 'Thema:jeugd' }),
    activity('A6', { org: 'vrijwillig2', loc: 'L', van: '10:00', tot: '11:30', freq: 'EENMALIG' }),
    activity('A7', { org: 'vrijwillig2', loc: 'L', van: '10:00', tot: '11:30', dag: 'WO' }),
    activity('A8', { org: ['vrijwillig', 'prof'], loc: 'L', van: '10:00', tot: '11:00' }),
  ];
  const areas = [area(GM, 'K1', 'W'), area(GM, 'K1', 'V')];
  const partner = (x: string, professioneel: boolean) => ({
    id: id('Partner', x),
    naam: `Partner ${x}`,
    soort: 'WELZIJN',
    professioneel,
  });
  await net.build(
    [
      { id: id('Kern', 'K1'), naam: 'Kern' },
      ...areas.flatMap((a) => a.nodes),
      { id: id('Locatie', 'L'), naam: 'Buurthuis W', soort: 'BUURTHUIS' },
      { id: id('Locatie', 'LV'), naam: 'Buurthuis V', soort: 'BUURTHUIS' },
      partner('vrijwillig', false),
      partner('vrijwillig2', false),
      partner('prof', true),
      partner('prof2', true),
      ...acts.map((a) => a.node),
    ],
    [
      [id('Kern', 'K1'), 'IN_GEMEENTE', `Gemeente:${GM}`],
      ...areas.flatMap((a) => a.rels),
      [id('Locatie', 'L'), 'IN_BUURT', id('Buurt', 'W-b1')],
      [id('Locatie', 'LV'), 'IN_BUURT', id('Buurt', 'V-b1')],
      ...acts.flatMap((a) => a.rels),
    ],
  );
});

afterAll(async () => {
  await net.close();
  await client.close();
});

const QUERY = `query($g: String!, $prof: Boolean) {
  duplicaten(gemeente: $g, alleenProfessioneelNaastVrijwillig: $prof) {
    paren {
      a { activiteit { id } professioneel organisatoren { naam } }
      b { activiteit { id } professioneel }
      wijk { id } dag overlapVan overlapTot overlapMinuten frequentieOverlap
      gedeeldeThemas { id } gedeeldeDoelgroepen { id }
      professioneelNaastVrijwillig professioneleKant { id } uitleg
    }
    groepen { wijk { id } activiteiten { id } paren }
  }
}`;

interface Paar {
  a: { activiteit: { id: string }; professioneel: boolean };
  b: { activiteit: { id: string }; professioneel: boolean };
  overlapVan: string;
  overlapTot: string;
  overlapMinuten: number;
  professioneelNaastVrijwillig: boolean;
  professioneleKant: { id: string } | null;
  uitleg: string;
}
interface Result {
  duplicaten: {
    paren: Paar[];
    groepen: { wijk: { id: string }; activiteiten: { id: string }[]; paren: number }[];
  };
}
const ids = (p: Paar) => [p.a.activiteit.id, p.b.activiteit.id];

describe('duplicaten on a hand-built wijk', () => {
  it('reports each overlapping pair of different organisations once', async () => {
    const { data, errors } = await client.run<Result>(QUERY, { g: GM });
    expect(errors).toBeUndefined();
    const paren = data!.duplicaten.paren;
    expect(paren.map(ids)).toEqual([
      [id('Activiteit', 'A1'), id('Activiteit', 'A2')],
      [id('Activiteit', 'A2'), id('Activiteit', 'A3')],
    ]);
    const [first, second] = paren;
    expect([first!.overlapVan, first!.overlapTot, first!.overlapMinuten]).toEqual(['10:00', '11:30', 90]);
    expect(first!.professioneelNaastVrijwillig).toBe(true);
    expect(first!.professioneleKant).toEqual({ id: id('Activiteit', 'A2') });
    expect(first!.uitleg).toContain('professionele partij (Partner prof)');
    expect([second!.overlapMinuten, second!.professioneelNaastVrijwillig]).toEqual([30, false]);
  });

  it('groups the activities the pairs link', async () => {
    const { data } = await client.run<Result>(QUERY, { g: GM });
    expect(data!.duplicaten.groepen).toEqual([
      {
        wijk: { id: id('Wijk', 'W') },
        activiteiten: ['A1', 'A2', 'A3'].map((x) => ({ id: id('Activiteit', x) })),
        paren: 2,
      },
    ]);
  });

  it('narrows to professional-beside-volunteer pairs when asked', async () => {
    const { data } = await client.run<Result>(QUERY, { g: GM, prof: true });
    expect(data!.duplicaten.paren.map(ids)).toEqual([[id('Activiteit', 'A1'), id('Activiteit', 'A2')]]);
  });

  it('rejects an unknown gemeente', async () => {
    expect(errorCode(await client.run(QUERY, { g: 'GM0000' }))).toBe('BAD_USER_INPUT');
  });
});

describe('duplicaten on the demo data', () => {
  it('finds the three deliberate pairs in Katwijk, two of them professional beside volunteers', async () => {
    const { data } = await client.run<Result>(QUERY, { g: 'GM0537' });
    const paren = data!.duplicaten.paren;
    const found = paren.map((p) => [...ids(p)].sort().join(' + '));
    expect(found).toEqual(
      expect.arrayContaining([
        'Activiteit:koffieochtend-de-zwanenburg + Activiteit:ontmoetingsochtend-oude-dorp',
        'Activiteit:taal-en-thee-hoornes + Activiteit:taalcafe-hoornes',
        'Activiteit:humanitas-huiskamer-rijnsburg + Activiteit:ouderenmiddag-pcob-rijnsburg',
      ]),
    );
    expect(paren).toHaveLength(3);
    const flagged = paren
      .filter((p) => p.professioneelNaastVrijwillig)
      .map((p) => p.professioneleKant!.id)
      .sort();
    expect(flagged).toEqual(['Activiteit:ontmoetingsochtend-oude-dorp', 'Activiteit:taalcafe-hoornes']);
  });
});
