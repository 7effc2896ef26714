import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, graphqlClient } from '../../testing/graphql.js';
import { TestNetwork, area } from '../analyse/testnet.js';

/**
 * A template group in wijk T and two candidates, worked out by hand with the default weights
 * (0.3 need, 0.15 fit, 0.2 readiness, 0.15 room, 0.2 bridges):
 *
 * A: one open signal on eenzaamheid (1/3) and pct_eenzaam 12 between 8 and 14 (4/6): need 0.5.
 *    Fit against T (14, 1000 inwoners): |12−14|/6 and |1000−1000|/1000 → 1 − 1/6 = 0.8333.
 *    Kinds WELZIJN (2, kernteam) and WONINGCORPORATIE (2) of 5 present, KERK missing: 0.8, with a
 *    venue 0.75·0.8 + 0.25 = 0.85. No overlapping offering: room 1. Bridges P1, P2 (2+2) and a
 *    member living there (1) of 2+2+1+1: 5/6. Total 0.15 + 0.125 + 0.17 + 0.15 + 0.1667 = 0.7617.
 * B: no open signal on the themes, lowest pct_eenzaam: need 0. Fit 0 (farthest on both measures).
 *    WELZIJN and KERK present (3 of 5), venue: 0.7. Its own eenzaamheid activity for ouderen: room 0.
 *    Bridge P1 only: 2/6. Total 0.14 + 0.0667 = 0.2067.
 */
const GM = 'GM9401';
const net = new TestNetwork(GM);
const client = graphqlClient();
const id = (kind: string, x: string) => `${kind}:${GM}-${x}`;

beforeAll(async () => {
  const areas = ['T', 'A', 'B'].map((w) => area(GM, 'K1', w));
  const indicator = (w: string, naam: string, waarde: number, thema?: string) => ({
    node: { id: id('Indicator', `${w}-${naam}`), naam, jaar: 2024, waarde, eenheid: 'procent' },
    rels: [
      [id('Indicator', `${w}-${naam}`), 'VAN_WIJK', id('Wijk', w)],
      ...(thema ? [[id('Indicator', `${w}-${naam}`), 'OVER', thema]] : []),
    ] as [string, string, string][],
  });
  const indicators = [
    indicator('T', 'pct_eenzaam', 14, 'Thema:eenzaamheid'),
    indicator('A', 'pct_eenzaam', 12, 'Thema:eenzaamheid'),
    indicator('B', 'pct_eenzaam', 8, 'Thema:eenzaamheid'),
    indicator('T', 'inwoners', 1000),
    indicator('A', 'inwoners', 1000),
    indicator('B', 'inwoners', 2000),
  ];
  await net.build(
    [
      { id: id('Kern', 'K1'), naam: 'Kern Een' },
      ...areas.flatMap((a) => a.nodes),
      { id: id('Steungroep', 'S'), naam: 'Sjabloongroep' },
      { id: id('Partner', 'P1'), naam: 'Welzijn Een', soort: 'WELZIJN', professioneel: true },
      { id: id('Partner', 'P2'), naam: 'Woning Twee', soort: 'WONINGCORPORATIE', professioneel: true },
      { id: id('Partner', 'P3'), naam: 'Kerk Drie', soort: 'KERK', professioneel: false },
      { id: id('Partner', 'Q'), naam: 'Kerk Q', soort: 'KERK', professioneel: false },
      { id: id('Locatie', 'LA'), naam: 'Buurthuis A', soort: 'BUURTHUIS', toegankelijk: true },
      { id: id('Locatie', 'LB'), naam: 'Buurthuis B', soort: 'BUURTHUIS', toegankelijk: true },
      {
        id: id('Activiteit', 'X'),
        naam: 'Koffie B',
        dag: 'MA',
        beginTijd: '10:00',
        eindTijd: '11:00',
        frequentie: 'WEKELIJKS',
        bereik: 10,
        toegankelijk: true,
        laatstBevestigd: '2026-10-01',
      },
      {
        id: id('Signaal', 'A-open'),
        titel: 'Eenzaam in A',
        status: 'OPEN',
        bron: 'WIJKTEAM',
        datum: '2026-10-01',
      },
      {
        id: id('Signaal', 'B-klaar'),
        titel: 'Eenzaam in B',
        status: 'BEANTWOORD',
        bron: 'WIJKTEAM',
        datum: '2025-10-01',
      },
      {
        id: id('Signaal', 'B-jeugd'),
        titel: 'Jeugd in B',
        status: 'OPEN',
        bron: 'WIJKTEAM',
        datum: '2026-10-01',
      },
      { id: id('Inwoner', 'i1'), pseudoniem: 'Test', leeftijdsband: '65-79' },
      ...indicators.map((i) => i.node),
    ],
    [
      [id('Kern', 'K1'), 'IN_GEMEENTE', `Gemeente:${GM}`],
      ...areas.flatMap((a) => a.rels),
      ...indicators.flatMap((i) => i.rels),
      [id('Steungroep', 'S'), 'IN_WIJK', id('Wijk', 'T')],
      [id('Steungroep', 'S'), 'OVER', 'Thema:eenzaamheid'],
      [id('Steungroep', 'S'), 'VOOR', 'Doelgroep:ouderen'],
      [id('Partner', 'P1'), 'PARTNER_VAN', id('Steungroep', 'S'), { kernteam: true }],
      [id('Partner', 'P2'), 'PARTNER_VAN', id('Steungroep', 'S'), { kernteam: true }],
      [id('Partner', 'P3'), 'PARTNER_VAN', id('Steungroep', 'S'), { kernteam: false }],
      [id('Partner', 'P1'), 'ACTIEF_IN', id('Wijk', 'T')],
      [id('Partner', 'P1'), 'ACTIEF_IN', id('Wijk', 'A')],
      [id('Partner', 'P1'), 'ACTIEF_IN', id('Wijk', 'B')],
      [id('Partner', 'P2'), 'ACTIEF_IN', id('Wijk', 'A')],
      [id('Partner', 'P3'), 'ACTIEF_IN', id('Wijk', 'T')],
      [id('Partner', 'Q'), 'ACTIEF_IN', id('Wijk', 'B')],
      [id('Locatie', 'LA'), 'IN_BUURT', id('Buurt', 'A-b1')],
      [id('Locatie', 'LB'), 'IN_BUURT', id('Buurt', 'B-b1')],
      [id('Partner', 'Q'), 'ORGANISEERT', id('Activiteit', 'X')],
      [id('Activiteit', 'X'), 'OP_LOCATIE', id('Locatie', 'LB')],
      [id('Activiteit', 'X'), 'OVER', 'Thema:eenzaamheid'],
      [id('Activiteit', 'X'), 'VOOR', 'Doelgroep:ouderen'],
      [id('Signaal', 'A-open'), 'IN_WIJK', id('Wijk', 'A')],
      [id('Signaal', 'A-open'), 'OVER', 'Thema:eenzaamheid'],
      [id('Signaal', 'B-klaar'), 'IN_WIJK', id('Wijk', 'B')],
      [id('Signaal', 'B-klaar'), 'OVER', 'Thema:eenzaamheid'],
      [id('Signaal', 'B-jeugd'), 'IN_WIJK', id('Wijk', 'B')],
      [id('Signaal', 'B-jeugd'), 'OVER', 'Thema:jeugd'],
      [id('Inwoner', 'i1'), 'LID_VAN', id('Steungroep', 'S'), { rol: 'DEELNEMER' }],
      [id('Inwoner', 'i1'), 'WOONT_IN', id('Buurt', 'A-b1')],
    ],
  );
});

afterAll(async () => {
  await net.close();
  await client.close();
});

const QUERY = `query($s: ID!, $g: ReplicatieGewichten, $gemeenten: [String!], $limit: Int) {
  replicatie(steungroep: $s, gewichten: $g, gemeenten: $gemeenten) {
    wijk { id } aantalWijken
    partnerSoorten { soort gewicht partners { naam } }
    kandidaten(first: $limit) {
      rang wijk { id naam } kern { naam } totaal uitleg
      onderdelen { naam score gewicht bijdrage uitleg }
      signalen { id } indicatoren { naam waarde positie }
      aanwezigePartnerSoorten ontbrekendePartnerSoorten
      locaties { naam } brugPartners { partner { id naam } soort kernteam }
      brugBewoners { aantal minderDanVijf }
      bestaandAanbod { aanbod { id } kind gedeeldeThemas { id } gedeeldeDoelgroepen { id } }
    }
  }
}`;

interface Kandidaat {
  rang: number;
  wijk: { id: string; naam: string };
  totaal: number;
  uitleg: string;
  onderdelen: { naam: string; score: number; gewicht: number; bijdrage: number; uitleg: string }[];
  signalen: { id: string }[];
  indicatoren: { naam: string; waarde: number; positie: number }[];
  aanwezigePartnerSoorten: string[];
  ontbrekendePartnerSoorten: string[];
  locaties: { naam: string }[];
  brugPartners: { partner: { id: string; naam: string }; soort: string; kernteam: boolean }[];
  brugBewoners: { aantal: number | null; minderDanVijf: boolean };
  bestaandAanbod: {
    aanbod: { id: string };
    kind: string;
    gedeeldeThemas: { id: string }[];
    gedeeldeDoelgroepen: { id: string }[];
  }[];
}
interface Result {
  replicatie: {
    wijk: { id: string };
    aantalWijken: number;
    kandidaten: Kandidaat[];
    partnerSoorten: { soort: string; gewicht: number }[];
  };
}

const scores = (k: Kandidaat) => Object.fromEntries(k.onderdelen.map((o) => [o.naam, o.score]));

describe('replicatie on a hand-built network', () => {
  it('ranks A above B with the parts worked out by hand, leaving out the template wijk', async () => {
    const { data, errors } = await client.run<Result>(QUERY, { s: id('Steungroep', 'S') });
    expect(errors).toBeUndefined();
    const r = data!.replicatie;
    expect(r.wijk.id).toBe(id('Wijk', 'T'));
    expect(r.aantalWijken).toBe(2);
    expect(r.partnerSoorten).toEqual([
      { soort: 'WELZIJN', gewicht: 2, partners: [{ naam: 'Welzijn Een' }] },
      { soort: 'WONINGCORPORATIE', gewicht: 2, partners: [{ naam: 'Woning Twee' }] },
      { soort: 'KERK', gewicht: 1, partners: [{ naam: 'Kerk Drie' }] },
    ]);
    const [a, b] = r.kandidaten;
    expect(a!.wijk.id).toBe(id('Wijk', 'A'));
    expect(scores(a!)).toEqual({
      BEHOEFTE: 0.5,
      PASSENDHEID: 0.8333,
      GEREEDHEID: 0.85,
      RUIMTE: 1,
      BRUGGEN: 0.8333,
    });
    expect(a!.totaal).toBe(0.7617);
    expect(b!.wijk.id).toBe(id('Wijk', 'B'));
    expect(scores(b!)).toEqual({ BEHOEFTE: 0, PASSENDHEID: 0, GEREEDHEID: 0.7, RUIMTE: 0, BRUGGEN: 0.3333 });
    expect(b!.totaal).toBe(0.2067);
  });

  it('names exactly the one partner kind a wijk lacks, and who can bridge', async () => {
    const { data } = await client.run<Result>(QUERY, { s: id('Steungroep', 'S') });
    const [a, b] = data!.replicatie.kandidaten;
    expect(a!.ontbrekendePartnerSoorten).toEqual(['KERK']);
    expect(a!.aanwezigePartnerSoorten).toEqual(['WELZIJN', 'WONINGCORPORATIE']);
    expect(a!.brugPartners.map((p) => [p.partner.naam, p.kernteam])).toEqual([
      ['Welzijn Een', true],
      ['Woning Twee', true],
    ]);
    expect(a!.brugBewoners).toEqual({ aantal: null, minderDanVijf: true });
    expect(a!.signalen.map((s) => s.id)).toEqual([id('Signaal', 'A-open')]);
    expect(a!.uitleg).toContain('kerk');
    expect(b!.ontbrekendePartnerSoorten).toEqual(['WONINGCORPORATIE']);
    expect(b!.brugBewoners).toEqual({ aantal: 0, minderDanVijf: false });
  });

  it('names the offering that already exists', async () => {
    const { data } = await client.run<Result>(QUERY, { s: id('Steungroep', 'S') });
    const b = data!.replicatie.kandidaten[1]!;
    expect(b.bestaandAanbod).toEqual([
      {
        aanbod: { id: id('Activiteit', 'X') },
        kind: 'ACTIVITEIT',
        gedeeldeThemas: [{ id: 'Thema:eenzaamheid' }],
        gedeeldeDoelgroepen: [{ id: 'Doelgroep:ouderen' }],
      },
    ]);
    expect(b.onderdelen.find((o) => o.naam === 'RUIMTE')!.uitleg).toContain('Koffie B');
  });

  it('takes weights as arguments: need alone ranks by need', async () => {
    const g = { behoefte: 1, passendheid: 0, gereedheid: 0, ruimte: 0, bruggen: 0 };
    const { data } = await client.run<Result>(QUERY, { s: id('Steungroep', 'S'), g });
    expect(data!.replicatie.kandidaten.map((k) => [k.wijk.id, k.totaal])).toEqual([
      [id('Wijk', 'A'), 0.5],
      [id('Wijk', 'B'), 0],
    ]);
  });

  it('gives the same answer twice', async () => {
    const first = await client.run<Result>(QUERY, { s: id('Steungroep', 'S') });
    const second = await client.run<Result>(QUERY, { s: id('Steungroep', 'S') });
    expect(second.data).toEqual(first.data);
  });

  it('rejects negative or all-zero weights, unknown groups and gemeenten', async () => {
    const s = id('Steungroep', 'S');
    expect(errorCode(await client.run(QUERY, { s, g: { behoefte: -1 } }))).toBe('BAD_USER_INPUT');
    const zero = { behoefte: 0, passendheid: 0, gereedheid: 0, ruimte: 0, bruggen: 0 };
    expect(errorCode(await client.run(QUERY, { s, g: zero }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await client.run(QUERY, { s: 'Steungroep:bestaat-niet' }))).toBe('NOT_FOUND');
    expect(errorCode(await client.run(QUERY, { s: 'Wijk:GM0537-WK01' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await client.run(QUERY, { s, gemeenten: ['GM0000'] }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await client.run(QUERY, { s, limit: 0 }))).toBe('BAD_USER_INPUT');
  });
});

describe('replicatie of the Hoornesgroep on the demo data', () => {
  it('puts Witte Hek high, with its missing kinds and bridges named', async () => {
    const { data, errors } = await client.run<Result>(QUERY, { s: 'Steungroep:hoornesgroep', limit: 5 });
    expect(errors).toBeUndefined();
    const r = data!.replicatie;
    expect(r.aantalWijken).toBe(14);
    const wh = r.kandidaten.find((k) => k.wijk.naam === 'Witte Hek');
    expect(wh, 'Witte Hek in the top five').toBeDefined();
    expect(wh!.rang).toBeLessThanOrEqual(3);
    expect(wh!.signalen).toHaveLength(2);
    expect(wh!.locaties).toEqual([]);
    expect(wh!.ontbrekendePartnerSoorten).toEqual(expect.arrayContaining(['KERK', 'ONDERWIJS']));
    expect(wh!.brugPartners.map((b) => b.partner.naam)).toEqual(
      expect.arrayContaining(['Dunavie', 'Welzijnskwartier']),
    );
    expect(wh!.bestaandAanbod).toEqual([]);
    expect(r.kandidaten.map((k) => k.wijk.naam)).not.toContain('De Hoornes');
  });

  it('searches other gemeenten when asked', async () => {
    const { data } = await client.run<Result>(QUERY, {
      s: 'Steungroep:hoornesgroep',
      gemeenten: ['GM0537', 'GM0400'],
      limit: 20,
    });
    expect(data!.replicatie.aantalWijken).toBe(14 + 4);
  });
});
