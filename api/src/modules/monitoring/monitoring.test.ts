import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, graphqlClient } from '../../testing/graphql.js';
import { TestNetwork, area, type TestRel } from '../analyse/testnet.js';

/**
 * W1: pct_eenzaam 12 → 11 → 10.5 over 2022–2024 (change −1.5); M1 weekly for 12 (52 places a month)
 * serving "Ontmoeting", M2 monthly for 30 (30 a month) serving "Ontmoeting" and "Burenhulp";
 * signals raised 2025 (open), 2025 (answered), 2026 (in progress); three residents in a group
 * (shown as fewer than 5). W2: nothing but five residents in a group (shown as 5).
 */
const GM = 'GM9406';
const net = new TestNetwork(GM);
const client = graphqlClient();
const id = (kind: string, x: string) => `${kind}:${GM}-${x}`;

beforeAll(async () => {
  const areas = [area(GM, 'K1', 'W1'), area(GM, 'K1', 'W2')];
  const ind = (naam: string, jaar: number, waarde: number) => ({
    node: {
      id: id('Indicator', `${naam}-${jaar}`),
      naam,
      jaar,
      waarde,
      eenheid: naam === 'inwoners' ? 'aantal' : 'procent',
    },
    rel: [id('Indicator', `${naam}-${jaar}`), 'VAN_WIJK', id('Wijk', 'W1')] as TestRel,
  });
  const inds = [
    ind('pct_eenzaam', 2022, 12),
    ind('pct_eenzaam', 2023, 11),
    ind('pct_eenzaam', 2024, 10.5),
    ind('inwoners', 2024, 1000),
  ];
  const sig = (x: string, status: string, datum: string) => ({
    node: { id: id('Signaal', x), titel: x, status, bron: 'WIJKTEAM', datum },
    rel: [id('Signaal', x), 'IN_WIJK', id('Wijk', 'W1')] as TestRel,
  });
  const sigs = [
    sig('s1', 'OPEN', '2025-03-01'),
    sig('s2', 'BEANTWOORD', '2025-06-01'),
    sig('s3', 'IN_BEHANDELING', '2026-02-01'),
  ];
  const bewoner = (x: string, buurt: string) => ({
    node: { id: id('Inwoner', x), pseudoniem: x, leeftijdsband: '65-79' },
    rels: [
      [id('Inwoner', x), 'WOONT_IN', id('Buurt', buurt)],
      [id('Inwoner', x), 'LID_VAN', id('Steungroep', 'S'), { rol: 'DEELNEMER' }],
    ] as TestRel[],
  });
  const bewoners = [
    ...['a', 'b', 'c'].map((x) => bewoner(x, 'W1-b1')),
    ...['d', 'e', 'f', 'g', 'h'].map((x) => bewoner(x, 'W2-b1')),
  ];
  await net.build(
    [
      { id: id('Kern', 'K1'), naam: 'Kern' },
      ...areas.flatMap((a) => a.nodes),
      { id: id('Locatie', 'L'), naam: 'Buurthuis', soort: 'BUURTHUIS' },
      { id: id('Steungroep', 'S'), naam: 'Groep' },
      { id: id('MagDoel', 'ontmoeting'), naam: 'Ontmoeting', opgave: 'Meedoen' },
      { id: id('MagDoel', 'burenhulp'), naam: 'Burenhulp', opgave: 'Zorg & Ondersteuning' },
      { id: id('Activiteit', 'M1'), naam: 'Koffie', frequentie: 'WEKELIJKS', bereik: 12 },
      { id: id('Activiteit', 'M2'), naam: 'Maaltijd', frequentie: 'MAANDELIJKS', bereik: 30 },
      ...inds.map((i) => i.node),
      ...sigs.map((s) => s.node),
      ...bewoners.map((b) => b.node),
    ],
    [
      [id('Kern', 'K1'), 'IN_GEMEENTE', `Gemeente:${GM}`],
      ...areas.flatMap((a) => a.rels),
      [id('Locatie', 'L'), 'IN_BUURT', id('Buurt', 'W1-b1')],
      [id('Activiteit', 'M1'), 'OP_LOCATIE', id('Locatie', 'L')],
      [id('Activiteit', 'M2'), 'OP_LOCATIE', id('Locatie', 'L')],
      [id('Activiteit', 'M1'), 'DRAAGT_BIJ_AAN', id('MagDoel', 'ontmoeting')],
      [id('Activiteit', 'M2'), 'DRAAGT_BIJ_AAN', id('MagDoel', 'ontmoeting')],
      [id('Activiteit', 'M2'), 'DRAAGT_BIJ_AAN', id('MagDoel', 'burenhulp')],
      ...inds.map((i) => i.rel),
      ...sigs.map((s) => s.rel),
      ...bewoners.flatMap((b) => b.rels),
    ],
  );
});

afterAll(async () => {
  await net.close();
  await client.close();
});

const QUERY = `query($g: String!, $w: ID, $van: Int, $tot: Int) {
  monitoring(gemeente: $g, wijk: $w, vanJaar: $van, totJaar: $tot) {
    magDoelen { magDoel { naam } opgave activiteiten { naam } bereikPerMaand }
    wijken {
      wijk { id naam }
      indicatoren { naam eenheid punten { jaar waarde } verandering }
      activiteiten { activiteit { naam } bereik bereikPerMaand magDoelen { naam } }
      bereikPerMaand
      magDoelen { magDoel { naam } activiteiten { naam } bereikPerMaand }
      signalen { open inBehandeling beantwoord totaal perJaar { jaar open inBehandeling beantwoord } }
      deelnemers { aantal minderDanVijf }
    }
  }
}`;

type Result = { monitoring: { magDoelen: any[]; wijken: any[] } };

describe('monitoring on a hand-built gemeente', () => {
  it('draws indicator series with their change', async () => {
    const { data, errors } = await client.run<Result>(QUERY, { g: GM, w: id('Wijk', 'W1') });
    expect(errors).toBeUndefined();
    const [w1] = data!.monitoring.wijken;
    expect(w1.indicatoren).toEqual([
      { naam: 'inwoners', eenheid: 'aantal', punten: [{ jaar: 2024, waarde: 1000 }], verandering: null },
      {
        naam: 'pct_eenzaam',
        eenheid: 'procent',
        punten: [
          { jaar: 2022, waarde: 12 },
          { jaar: 2023, waarde: 11 },
          { jaar: 2024, waarde: 10.5 },
        ],
        verandering: -1.5,
      },
    ]);
    const since2023 = await client.run<Result>(QUERY, { g: GM, w: id('Wijk', 'W1'), van: 2023 });
    expect(since2023.data!.monitoring.wijken[0].indicatoren[1].verandering).toBe(-0.5);
  });

  it('gives reach per month and the MAG goals each activity serves', async () => {
    const { data } = await client.run<Result>(QUERY, { g: GM, w: id('Wijk', 'W1') });
    const [w1] = data!.monitoring.wijken;
    expect(w1.bereikPerMaand).toBe(82);
    expect(w1.activiteiten).toEqual([
      { activiteit: { naam: 'Koffie' }, bereik: 12, bereikPerMaand: 52, magDoelen: [{ naam: 'Ontmoeting' }] },
      {
        activiteit: { naam: 'Maaltijd' },
        bereik: 30,
        bereikPerMaand: 30,
        magDoelen: [{ naam: 'Burenhulp' }, { naam: 'Ontmoeting' }],
      },
    ]);
    expect(w1.magDoelen).toEqual([
      { magDoel: { naam: 'Burenhulp' }, activiteiten: [{ naam: 'Maaltijd' }], bereikPerMaand: 30 },
      {
        magDoel: { naam: 'Ontmoeting' },
        activiteiten: [{ naam: 'Koffie' }, { naam: 'Maaltijd' }],
        bereikPerMaand: 82,
      },
    ]);
  });

  it('follows signals from open to answered, per year raised', async () => {
    const { data } = await client.run<Result>(QUERY, { g: GM, w: id('Wijk', 'W1') });
    expect(data!.monitoring.wijken[0].signalen).toEqual({
      open: 1,
      inBehandeling: 1,
      beantwoord: 1,
      totaal: 3,
      perJaar: [
        { jaar: 2025, open: 1, inBehandeling: 0, beantwoord: 1 },
        { jaar: 2026, open: 0, inBehandeling: 1, beantwoord: 0 },
      ],
    });
  });

  it('counts residents in groups only through the fewer-than-5 rule', async () => {
    const { data } = await client.run<Result>(QUERY, { g: GM });
    expect(data!.monitoring.wijken.map((w) => [w.wijk.naam, w.deelnemers])).toEqual([
      ['W1', { aantal: null, minderDanVijf: true }],
      ['W2', { aantal: 5, minderDanVijf: false }],
    ]);
  });

  it('rejects an unknown wijk, a wijk of another gemeente and reversed years', async () => {
    expect(errorCode(await client.run(QUERY, { g: GM, w: id('Wijk', 'nergens') }))).toBe('NOT_FOUND');
    expect(errorCode(await client.run(QUERY, { g: GM, w: 'Wijk:GM0537-WK02' }))).toBe('NOT_FOUND');
    expect(errorCode(await client.run(QUERY, { g: GM, van: 2024, tot: 2020 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await client.run(QUERY, { g: 'GM0000' }))).toBe('BAD_USER_INPUT');
  });
});

describe('monitoring on the demo data', () => {
  it("shows De Hoornes' loneliness curve, its MAG goals and its signals", async () => {
    const { data } = await client.run<Result>(QUERY, { g: 'GM0537', w: 'Wijk:GM0537-WK02' });
    const [hoornes] = data!.monitoring.wijken;
    const eenzaam = hoornes.indicatoren.find((i: { naam: string }) => i.naam === 'pct_eenzaam');
    expect(eenzaam.punten.map((p: { jaar: number }) => p.jaar)).toEqual([2020, 2021, 2022, 2023, 2024]);
    expect(hoornes.magDoelen.map((m: { magDoel: { naam: string } }) => m.magDoel.naam)).toContain(
      'Ontmoeting in de wijk',
    );
    expect(hoornes.signalen).toMatchObject({ open: 0, inBehandeling: 1, beantwoord: 3, totaal: 4 });
    expect(hoornes.deelnemers).toEqual({ aantal: 14, minderDanVijf: false });
  });
});
