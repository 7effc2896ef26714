import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, graphqlClient } from '../../testing/graphql.js';
import { TestNetwork, area, type TestRel } from '../analyse/testnet.js';

/**
 * Kern K1 holds wijk W1 (buurten b1, b2) and W2 (b3); kern K2 holds W3 (b4). All activities are on
 * eenzaamheid for ouderen unless said otherwise. From buurt b1, nearest first:
 *   R1 (L1 in b1) and R7 (L5 in b1, a venue that is not accessible): BUURT;
 *   R2 (L2 in b2): WIJK, before R5 (L2, for alle inwoners only);
 *   R3 (L3, W2): KERN; R4 (L4, W3): GEMEENTE;
 *   R6 (L1) last: last confirmed 2025-01-01, more than six months before the peildatum 2026-11-01.
 * Not suitable: R8 (jeugd), R9 (for jongeren).
 */
const GM = 'GM9405';
const net = new TestNetwork(GM);
const client = graphqlClient();
const id = (kind: string, x: string) => `${kind}:${GM}-${x}`;

const act = (x: string, loc: string, o: { thema?: string; doelgroep?: string; bevestigd?: string } = {}) => ({
  node: {
    id: id('Activiteit', x),
    naam: `Activiteit ${x}`,
    dag: 'DI',
    beginTijd: '10:00',
    eindTijd: '11:00',
    frequentie: 'WEKELIJKS',
    bereik: 10,
    toegankelijk: true,
    laatstBevestigd: o.bevestigd ?? '2026-10-01',
  },
  rels: [
    [id('Partner', 'P'), 'ORGANISEERT', id('Activiteit', x)],
    [id('Activiteit', x), 'OP_LOCATIE', id('Locatie', loc)],
    [id('Activiteit', x), 'OVER', o.thema ?? 'Thema:eenzaamheid'],
    [id('Activiteit', x), 'VOOR', o.doelgroep ?? 'Doelgroep:ouderen'],
  ] as TestRel[],
});

beforeAll(async () => {
  const areas = [
    area(GM, 'K1', 'W1', ['b1', 'b2']),
    area(GM, 'K1', 'W2', ['b3']),
    area(GM, 'K2', 'W3', ['b4']),
  ];
  const loc = (x: string, buurt: string, toegankelijk = true) => ({
    node: {
      id: id('Locatie', x),
      naam: `Locatie ${x}`,
      soort: 'BUURTHUIS',
      toegankelijk,
      adres: `Straat ${x}`,
    },
    rel: [id('Locatie', x), 'IN_BUURT', id('Buurt', buurt)] as TestRel,
  });
  const locs = [loc('L1', 'b1'), loc('L2', 'b2'), loc('L3', 'b3'), loc('L4', 'b4'), loc('L5', 'b1', false)];
  const acts = [
    act('R1', 'L1'),
    act('R2', 'L2'),
    act('R3', 'L3'),
    act('R4', 'L4'),
    act('R5', 'L2', { doelgroep: 'Doelgroep:alle-inwoners' }),
    act('R6', 'L1', { bevestigd: '2025-01-01' }),
    act('R7', 'L5'),
    act('R8', 'L1', { thema: 'Thema:jeugd' }),
    act('R9', 'L1', { doelgroep: 'Doelgroep:jongeren' }),
  ];
  await net.build(
    [
      { id: id('Kern', 'K1'), naam: 'Kern Een' },
      { id: id('Kern', 'K2'), naam: 'Kern Twee' },
      ...areas.flatMap((a) => a.nodes),
      { id: id('Partner', 'P'), naam: 'Welzijn', soort: 'WELZIJN', professioneel: true },
      ...locs.map((l) => l.node),
      ...acts.map((a) => a.node),
    ],
    [
      [id('Kern', 'K1'), 'IN_GEMEENTE', `Gemeente:${GM}`],
      [id('Kern', 'K2'), 'IN_GEMEENTE', `Gemeente:${GM}`],
      ...areas.flatMap((a) => a.rels),
      ...locs.map((l) => l.rel),
      ...acts.flatMap((a) => a.rels),
    ],
  );
});

afterAll(async () => {
  await net.close();
  await client.close();
});

const QUERY = `query($gebied: ID!, $thema: ID, $doelgroep: ID, $toegankelijk: Boolean, $verouderd: VerouderdBeleid, $peildatum: Date, $limit: Int) {
  verwijzing(gebied: $gebied, thema: $thema, doelgroep: $doelgroep, toegankelijk: $toegankelijk,
             verouderd: $verouderd, peildatum: $peildatum) {
    aantal weggelaten verouderd
    resultaten(first: $limit) { rang activiteit { id } afstand toegankelijk mogelijkVerouderd waarom kern { naam } }
  }
}`;

interface Result {
  verwijzing: {
    aantal: number;
    weggelaten: number;
    resultaten: {
      rang: number;
      activiteit: { id: string };
      afstand: string;
      toegankelijk: boolean;
      mogelijkVerouderd: boolean;
      waarom: string[];
    }[];
  };
}

const base = {
  gebied: id('Buurt', 'b1'),
  thema: 'Thema:eenzaamheid',
  doelgroep: 'Doelgroep:ouderen',
  peildatum: '2026-11-01',
};
const order = (r: Result) =>
  r.verwijzing.resultaten.map((x) => [x.activiteit.id.split('-').at(-1), x.afstand]);

describe('verwijzing on a hand-built gemeente', () => {
  it('lists suitable activities nearest first, the outdated one last', async () => {
    const { data, errors } = await client.run<Result>(QUERY, base);
    expect(errors).toBeUndefined();
    expect(order(data!)).toEqual([
      ['R1', 'BUURT'],
      ['R7', 'BUURT'],
      ['R2', 'WIJK'],
      ['R5', 'WIJK'],
      ['R3', 'KERN'],
      ['R4', 'GEMEENTE'],
      ['R6', 'BUURT'],
    ]);
    const r6 = data!.verwijzing.resultaten.at(-1)!;
    expect(r6.mogelijkVerouderd).toBe(true);
    expect(r6.waarom.join(' ')).toContain('laatst bevestigd op 2025-01-01');
    const r5 = data!.verwijzing.resultaten[3]!;
    expect(r5.waarom).toContain('Voor alle inwoners, dus ook voor ouderen.');
  });

  it('says why each one matched', async () => {
    const { data } = await client.run<Result>(QUERY, base);
    expect(data!.verwijzing.resultaten[0]!.waarom).toEqual([
      'Over eenzaamheid.',
      'Voor ouderen.',
      'Toegankelijk: rolstoeltoegankelijk en laagdrempelig.',
      'In dezelfde buurt (b1): Locatie L1, W1.',
      'Elke week op dinsdag van 10:00 tot 11:00.',
    ]);
  });

  it('leaves out what is not accessible when that is needed', async () => {
    const { data } = await client.run<Result>(QUERY, { ...base, toegankelijk: true });
    expect(order(data!).map(([x]) => x)).toEqual(['R1', 'R2', 'R5', 'R3', 'R4', 'R6']);
  });

  it('leaves out possibly outdated activities when asked, and says how many', async () => {
    const { data } = await client.run<Result>(QUERY, { ...base, verouderd: 'WEGLATEN' });
    expect(order(data!).map(([x]) => x)).toEqual(['R1', 'R7', 'R2', 'R5', 'R3', 'R4']);
    expect(data!.verwijzing.weggelaten).toBe(1);
  });

  it('starts from a wijk too: its buurten are all the same distance', async () => {
    const { data } = await client.run<Result>(QUERY, { ...base, gebied: id('Wijk', 'W1'), limit: 4 });
    expect(order(data!)).toEqual([
      ['R1', 'WIJK'],
      ['R2', 'WIJK'],
      ['R7', 'WIJK'],
      ['R5', 'WIJK'],
    ]);
    expect(data!.verwijzing.aantal).toBe(7);
  });

  it('rejects areas that are not a buurt or wijk, unknown ids, and a question without theme or group', async () => {
    expect(errorCode(await client.run(QUERY, { ...base, gebied: id('Kern', 'K1') }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await client.run(QUERY, { ...base, gebied: id('Buurt', 'nergens') }))).toBe('NOT_FOUND');
    expect(errorCode(await client.run(QUERY, { ...base, thema: 'Thema:bestaat-niet' }))).toBe('NOT_FOUND');
    expect(errorCode(await client.run(QUERY, { gebied: base.gebied }))).toBe('BAD_USER_INPUT');
  });
});

describe('verwijzing on the demo data', () => {
  it('sends an older resident of Witte Hek, which has no offering, to the rest of Katwijk-Noord first', async () => {
    const { data } = await client.run<Result>(QUERY, {
      gebied: 'Buurt:GM0537-BU0801',
      thema: 'Thema:eenzaamheid',
      doelgroep: 'Doelgroep:ouderen',
      peildatum: '2026-11-22',
    });
    const res = data!.verwijzing.resultaten;
    expect(res.length).toBeGreaterThan(3);
    expect(res.some((r) => r.afstand === 'BUURT' || r.afstand === 'WIJK')).toBe(false);
    expect(res[0]!.afstand).toBe('KERN');
    const current = res.filter((r) => !r.mogelijkVerouderd).map((r) => r.afstand);
    expect(current).toEqual(
      [...current].sort((a, b) => ['KERN', 'GEMEENTE'].indexOf(a) - ['KERN', 'GEMEENTE'].indexOf(b)),
    );
    expect(res.at(-1)!.mogelijkVerouderd).toBe(true);
  });
});
