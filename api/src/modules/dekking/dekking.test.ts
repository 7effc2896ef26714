import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, graphqlClient } from '../../testing/graphql.js';
import { TestNetwork, area, type TestRel } from '../analyse/testnet.js';

/**
 * Kern K1 holds W1 and W2, kern K2 holds W3. On eenzaamheid:
 *   W1: one current weekly activity for ouderen (bereik 12: 52 places a month) and one outdated one;
 *       pct_eenzaam 10 (position 0 among 10, 10, 14); an answered signal on jeugd (no need).
 *   W2: an open signal, pct_eenzaam 10, nothing on offer: the one blank spot (witte vlek).
 *   W3: pct_eenzaam 14 (position 1 ≥ 0.75: need) and a steungroep on eenzaamheid.
 * With minimumAanbod 1 both kernen have enough; with 2 neither does (K1 has 1, K2 has 1).
 */
const GM = 'GM9402';
const net = new TestNetwork(GM);
const client = graphqlClient();
const id = (kind: string, x: string) => `${kind}:${GM}-${x}`;

beforeAll(async () => {
  const areas = [area(GM, 'K1', 'W1'), area(GM, 'K1', 'W2'), area(GM, 'K2', 'W3')];
  const indicator = (w: string, waarde: number) => ({
    node: { id: id('Indicator', `${w}`), naam: 'pct_eenzaam', jaar: 2024, waarde, eenheid: 'procent' },
    rels: [
      [id('Indicator', w), 'VAN_WIJK', id('Wijk', w)],
      [id('Indicator', w), 'OVER', 'Thema:eenzaamheid'],
    ] as TestRel[],
  });
  const act = (x: string, bevestigd: string) => ({
    node: {
      id: id('Activiteit', x),
      naam: `Activiteit ${x}`,
      dag: 'MA',
      beginTijd: '10:00',
      eindTijd: '11:00',
      frequentie: 'WEKELIJKS',
      bereik: 12,
      toegankelijk: true,
      laatstBevestigd: bevestigd,
    },
    rels: [
      [id('Activiteit', x), 'OP_LOCATIE', id('Locatie', 'L1')],
      [id('Activiteit', x), 'OVER', 'Thema:eenzaamheid'],
      [id('Activiteit', x), 'VOOR', 'Doelgroep:ouderen'],
    ] as TestRel[],
  });
  const parts = [
    indicator('W1', 10),
    indicator('W2', 10),
    indicator('W3', 14),
    act('A1', '2026-10-01'),
    act('A2', '2025-01-01'),
  ];
  await net.build(
    [
      { id: id('Kern', 'K1'), naam: 'Kern Een' },
      { id: id('Kern', 'K2'), naam: 'Kern Twee' },
      ...areas.flatMap((a) => a.nodes),
      { id: id('Locatie', 'L1'), naam: 'Buurthuis', soort: 'BUURTHUIS' },
      { id: id('Steungroep', 'S3'), naam: 'Groep W3' },
      {
        id: id('Signaal', 'W2'),
        titel: 'Eenzaam in W2',
        status: 'OPEN',
        bron: 'WIJKTEAM',
        datum: '2026-10-01',
      },
      {
        id: id('Signaal', 'W1'),
        titel: 'Jeugd in W1',
        status: 'BEANTWOORD',
        bron: 'WIJKTEAM',
        datum: '2026-01-01',
      },
      ...parts.map((p) => p.node),
    ],
    [
      [id('Kern', 'K1'), 'IN_GEMEENTE', `Gemeente:${GM}`],
      [id('Kern', 'K2'), 'IN_GEMEENTE', `Gemeente:${GM}`],
      ...areas.flatMap((a) => a.rels),
      ...parts.flatMap((p) => p.rels),
      [id('Locatie', 'L1'), 'IN_BUURT', id('Buurt', 'W1-b1')],
      [id('Steungroep', 'S3'), 'IN_WIJK', id('Wijk', 'W3')],
      [id('Steungroep', 'S3'), 'OVER', 'Thema:eenzaamheid'],
      [id('Steungroep', 'S3'), 'VOOR', 'Doelgroep:ouderen'],
      [id('Signaal', 'W2'), 'IN_WIJK', id('Wijk', 'W2')],
      [id('Signaal', 'W2'), 'OVER', 'Thema:eenzaamheid'],
      [id('Signaal', 'W1'), 'IN_WIJK', id('Wijk', 'W1')],
      [id('Signaal', 'W1'), 'OVER', 'Thema:jeugd'],
    ],
  );
});

afterAll(async () => {
  await net.close();
  await client.close();
});

const CEL =
  'thema { id } wijk { id } activiteiten verouderdeActiviteiten steungroepen bereikPerMaand signalen indicatorScore behoefte witteVlek aanbod { id } uitleg';
const QUERY = `query($g: String!, $d: ID, $min: Int, $p: Date) {
  dekking(gemeente: $g, doelgroep: $d, minimumAanbod: $min, peildatum: $p) {
    themas { id }
    kernen { kern { id } voldoendeAanbod tekortThemas { id } cellen { ${CEL} } wijken { wijk { id } witteVlekken cellen { ${CEL} } } }
    witteVlekken { ${CEL} }
    kernenZonderVoldoendeAanbod { id naam }
  }
}`;

interface Cel {
  thema: { id: string };
  wijk: { id: string } | null;
  activiteiten: number;
  verouderdeActiviteiten: number;
  steungroepen: number;
  bereikPerMaand: number;
  signalen: number;
  indicatorScore: number | null;
  behoefte: boolean;
  witteVlek: boolean;
  aanbod: { id: string }[];
  uitleg: string;
}
interface Result {
  dekking: {
    themas: { id: string }[];
    kernen: {
      kern: { id: string };
      voldoendeAanbod: boolean;
      tekortThemas: { id: string }[];
      cellen: Cel[];
      wijken: { wijk: { id: string }; witteVlekken: number; cellen: Cel[] }[];
    }[];
    witteVlekken: Cel[];
    kernenZonderVoldoendeAanbod: { id: string }[];
  };
}

const EENZAAM = 'Thema:eenzaamheid';
const cell = (r: Result, wijk: string, thema = EENZAAM) =>
  r.dekking.kernen
    .flatMap((k) => k.wijken)
    .find((w) => w.wijk.id === id('Wijk', wijk))!
    .cellen.find((c) => c.thema.id === thema)!;
const pick = ({
  activiteiten,
  verouderdeActiviteiten,
  steungroepen,
  bereikPerMaand,
  signalen,
  indicatorScore,
  behoefte,
  witteVlek,
}: Cel) => ({
  activiteiten,
  verouderdeActiviteiten,
  steungroepen,
  bereikPerMaand,
  signalen,
  indicatorScore,
  behoefte,
  witteVlek,
});

describe('dekking on a hand-built gemeente', () => {
  it('fills each cell with offering against need', async () => {
    const { data, errors } = await client.run<Result>(QUERY, { g: GM, p: '2026-11-01' });
    expect(errors).toBeUndefined();
    expect(pick(cell(data!, 'W1'))).toEqual({
      activiteiten: 1,
      verouderdeActiviteiten: 1,
      steungroepen: 0,
      bereikPerMaand: 52,
      signalen: 0,
      indicatorScore: 0,
      behoefte: false,
      witteVlek: false,
    });
    expect(pick(cell(data!, 'W2'))).toEqual({
      activiteiten: 0,
      verouderdeActiviteiten: 0,
      steungroepen: 0,
      bereikPerMaand: 0,
      signalen: 1,
      indicatorScore: 0,
      behoefte: true,
      witteVlek: true,
    });
    expect(pick(cell(data!, 'W3'))).toEqual({
      activiteiten: 0,
      verouderdeActiviteiten: 0,
      steungroepen: 1,
      bereikPerMaand: 0,
      signalen: 0,
      indicatorScore: 1,
      behoefte: true,
      witteVlek: false,
    });
    expect(pick(cell(data!, 'W1', 'Thema:jeugd')).behoefte).toBe(false);
  });

  it('flags exactly one blank spot', async () => {
    const { data } = await client.run<Result>(QUERY, { g: GM, p: '2026-11-01' });
    expect(data!.dekking.witteVlekken.map((c) => [c.wijk!.id, c.thema.id])).toEqual([
      [id('Wijk', 'W2'), EENZAAM],
    ]);
    expect(data!.dekking.witteVlekken[0]!.uitleg).toMatch(/^Witte vlek: W2, eenzaamheid: geen aanbod/);
  });

  it('sums a kern over its wijken and judges "enough" by minimumAanbod', async () => {
    const one = await client.run<Result>(QUERY, { g: GM, p: '2026-11-01' });
    const k1 = one.data!.dekking.kernen.find((k) => k.kern.id === id('Kern', 'K1'))!;
    const k1Eenzaam = k1.cellen.find((c) => c.thema.id === EENZAAM)!;
    expect([k1Eenzaam.activiteiten, k1Eenzaam.signalen, k1Eenzaam.behoefte, k1Eenzaam.witteVlek]).toEqual([
      1,
      1,
      true,
      false,
    ]);
    expect(one.data!.dekking.kernenZonderVoldoendeAanbod).toEqual([]);
    const two = await client.run<Result>(QUERY, { g: GM, p: '2026-11-01', min: 2 });
    expect(two.data!.dekking.kernenZonderVoldoendeAanbod.map((k) => k.id)).toEqual([
      id('Kern', 'K1'),
      id('Kern', 'K2'),
    ]);
    expect(two.data!.dekking.kernen[0]!.tekortThemas).toEqual([{ id: EENZAAM }]);
  });

  it('counts only offering for a chosen target group', async () => {
    const { data } = await client.run<Result>(QUERY, { g: GM, p: '2026-11-01', d: 'Doelgroep:jongeren' });
    expect(cell(data!, 'W1').activiteiten).toBe(0);
    expect(cell(data!, 'W3').steungroepen).toBe(0);
    expect(data!.dekking.witteVlekken.map((c) => c.wijk!.id)).toEqual([id('Wijk', 'W2'), id('Wijk', 'W3')]);
  });

  it('rejects an unknown gemeente, an unknown doelgroep and a bad minimum', async () => {
    expect(errorCode(await client.run(QUERY, { g: 'GM0000' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await client.run(QUERY, { g: GM, d: 'Doelgroep:niemand' }))).toBe('NOT_FOUND');
    expect(errorCode(await client.run(QUERY, { g: GM, min: 0 }))).toBe('BAD_USER_INPUT');
  });
});

describe('dekking on the demo data', () => {
  it('shows Witte Hek and Duinvallei as blank spots on eenzaamheid', async () => {
    const { data } = await client.run<Result>(QUERY, { g: 'GM0537', p: '2026-11-22' });
    const vlekken = data!.dekking.witteVlekken.filter((c) => c.thema.id === EENZAAM).map((c) => c.wijk!.id);
    expect(vlekken).toEqual(expect.arrayContaining(['Wijk:GM0537-WK08', 'Wijk:GM0537-WK03']));
    expect(data!.dekking.kernen).toHaveLength(5);
    const hoornes = data!.dekking.kernen
      .flatMap((k) => k.wijken)
      .find((w) => w.wijk.id === 'Wijk:GM0537-WK02')!;
    expect(hoornes.cellen.find((c) => c.thema.id === EENZAAM)!.activiteiten).toBeGreaterThan(3);
  });
});
