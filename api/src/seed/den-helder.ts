/**
 * A second, small gemeente: Den Helder (GM0400). It exists to show that everything is scoped per
 * gemeente (no partner, location or resident is shared with Katwijk).
 *
 * Areas: the four real wijkplatform areas become the wijken, because the wijkplatform is the unit
 * Den Helder works in (one gebiedsmanager per area, seed 002). Kernen are the town of Den Helder
 * (with Huisduinen, which shares its wijkplatform with Nieuw Den Helder) and Julianadorp, which is
 * both a village core and a wijkplatform area.
 *
 * Real (public-facts.md §5): the wijkplatforms, the buurthuizen 't Kraaiennest (Oud Den Helder),
 * De Beuk, Buurthuis Centrum and 't Wijkhuis Nieuw Den Helder, Samen Sterker (De Schooten), the
 * wijkcentra with Humanitas, MEE & de Wering and the municipal team for income and debt, the
 * Woningstichting, the sociaal wijkteam, the population order of magnitude and the 2020 GGD figure
 * (11.5% (very) severely lonely). Invented: codes, buurt names beyond the place names, which buurt
 * De Beuk, Buurthuis Centrum and the Bernardplein wijkcentrum are in, steungroepen, activities,
 * signals, residents and all indicator values. Den Helder has no MAG, so no MagDoel nodes.
 */
import {
  doelgroepId,
  stableUuid,
  themaId,
  type ActiviteitSeed,
  type Id,
  type IndicatorSeed,
  type SeedDataset,
} from './types.js';

const GM = 'GM0400';
const wijk = (nr: string): Id<'Wijk'> => `Wijk:${GM}-WK${nr}`;
const buurt = (nr: string): Id<'Buurt'> => `Buurt:${GM}-BU${nr}`;
const partner = (slug: string): Id<'Partner'> => `Partner:${slug}`;
const locatie = (slug: string): Id<'Locatie'> => `Locatie:${slug}`;
const groep = (slug: string): Id<'Steungroep'> => `Steungroep:${slug}`;

const WIJKEN = [
  {
    nr: '01',
    naam: 'Stad Binnen de Linie',
    kern: 'K01',
    buurten: ['Oud Den Helder', 'Centrum', 'Willemsoord'],
    cijfers: [13900, 22.0, 46.0, 13.8],
  },
  {
    nr: '02',
    naam: 'De Schooten & Boatex',
    kern: 'K01',
    buurten: ['De Schooten', 'Boatex'],
    cijfers: [12600, 21.0, 38.0, 12.6],
  },
  {
    nr: '03',
    naam: 'Nieuw Den Helder & Huisduinen',
    kern: 'K01',
    buurten: ['Nieuw Den Helder', 'Huisduinen'],
    cijfers: [14900, 23.0, 37.0, 11.2],
  },
  {
    nr: '04',
    naam: 'Julianadorp',
    kern: 'K02',
    buurten: ['Julianadorp-Oost', 'Julianadorp-West'],
    cijfers: [15000, 25.0, 26.0, 8.9],
  },
] as const;

const buurtNr = (wijkNr: string, i: number) => `${wijkNr}${String(i + 1).padStart(2, '0')}`;

const ALLE = WIJKEN.map((w) => wijk(w.nr));

/** Activity rows are long; this keeps the shared parts out of each line. */
function activiteit(slug: string, a: Omit<ActiviteitSeed, 'id' | 'gemeente' | 'magDoelen'>): ActiviteitSeed {
  return { id: `Activiteit:${slug}`, gemeente: GM, magDoelen: [], ...a };
}

const BRON =
  'Illustratief (demo): verzonnen cijfers, afgestemd op publieke totalen (Den Helder ca. 56.000 inwoners; ' +
  'GGD Hollands Noorden 2020: 11,5% (zeer) ernstig eenzaam).';
const EENZAAM_OFFSET: Record<number, number> = { 2020: 0, 2021: 0.5, 2022: 0.3, 2023: 0.1, 2024: -0.1 };

const BEWONERS = [
  ['Marloes', '30-49', '0201', 'samen-sterker-de-schooten', 'KARTREKKER', '2022-03-01'],
  ['Dennis', '50-64', '0201', 'samen-sterker-de-schooten', 'VRIJWILLIGER', '2022-03-01'],
  ['Bewoner 4', '65-79', '0202', 'samen-sterker-de-schooten', 'DEELNEMER', '2023-05-16'],
  ['Sandra', '30-49', '0201', 'samen-sterker-de-schooten', 'DEELNEMER', '2024-09-10'],
  ['Jannie', '65-79', '0101', 'ontmoeten-oud-den-helder', 'KARTREKKER', '2022-05-01'],
  ['Bewoner 9', '80+', '0101', 'ontmoeten-oud-den-helder', 'DEELNEMER', '2022-06-14'],
  ['Hans', '65-79', '0102', 'ontmoeten-oud-den-helder', 'VRIJWILLIGER', '2023-01-10'],
  ['Bewoner 15', '80+', '0103', 'ontmoeten-oud-den-helder', 'DEELNEMER', '2025-02-25'],
] as const;

export const denHelder: SeedDataset = {
  gemeente: { id: `Gemeente:${GM}`, code: GM, naam: 'Den Helder' },
  kernen: [
    { id: `Kern:${GM}-K01`, naam: 'Den Helder', gemeente: GM, inwoners: 41400 },
    { id: `Kern:${GM}-K02`, naam: 'Julianadorp', gemeente: GM, inwoners: 15000 },
  ],
  wijken: WIJKEN.map((w) => ({
    id: wijk(w.nr),
    code: `WK0400${w.nr}`,
    naam: w.naam,
    gemeente: GM,
    illustratief: true,
    kern: `Kern:${GM}-${w.kern}`,
  })),
  buurten: WIJKEN.flatMap((w) =>
    w.buurten.map((naam, i) => ({
      id: buurt(buurtNr(w.nr, i)),
      code: `BU0400${buurtNr(w.nr, i)}`,
      naam,
      gemeente: GM,
      illustratief: true,
      wijk: wijk(w.nr),
    })),
  ),
  partners: [
    {
      id: partner('gemeente-den-helder'),
      naam: 'Gemeente Den Helder',
      soort: 'GEMEENTE',
      professioneel: true,
      website: 'https://www.denhelder.nl',
      gemeente: GM,
      actiefIn: ALLE,
    },
    {
      id: partner('sociaal-wijkteam-den-helder'),
      naam: 'Sociaal Wijkteam Den Helder',
      soort: 'WIJKTEAM',
      professioneel: true,
      gemeente: GM,
      actiefIn: ALLE,
    },
    {
      id: partner('humanitas-den-helder'),
      naam: 'Humanitas Den Helder',
      soort: 'WELZIJN',
      professioneel: false,
      gemeente: GM,
      actiefIn: [wijk('01'), wijk('02'), wijk('03')],
    },
    {
      id: partner('mee-de-wering'),
      naam: 'MEE & de Wering',
      soort: 'ZORG',
      professioneel: true,
      gemeente: GM,
      actiefIn: ALLE,
    },
    {
      id: partner('woningstichting-den-helder'),
      naam: 'Woningstichting Den Helder',
      soort: 'WONINGCORPORATIE',
      professioneel: true,
      gemeente: GM,
      actiefIn: [wijk('01'), wijk('02'), wijk('03')],
    },
    {
      id: partner('samen-sterker'),
      naam: 'Samen Sterker',
      soort: 'WIJKVERENIGING',
      professioneel: false,
      gemeente: GM,
      actiefIn: [wijk('02')],
    },
    {
      id: partner('wijkplatform-stad-binnen-de-linie'),
      naam: 'Wijkplatform Stad Binnen de Linie',
      soort: 'WIJKVERENIGING',
      professioneel: false,
      gemeente: GM,
      actiefIn: [wijk('01')],
    },
    {
      id: partner('wijkplatform-julianadorp'),
      naam: 'Wijkplatform Julianadorp',
      soort: 'WIJKVERENIGING',
      professioneel: false,
      gemeente: GM,
      actiefIn: [wijk('04')],
    },
    {
      id: partner('buurthuis-kraaiennest'),
      naam: "Buurthuis 't Kraaiennest",
      soort: 'BEHEERSTICHTING',
      professioneel: false,
      gemeente: GM,
      actiefIn: [wijk('01')],
    },
    {
      id: partner('buurthuis-de-beuk'),
      naam: 'Buurthuis De Beuk',
      soort: 'BEHEERSTICHTING',
      professioneel: false,
      gemeente: GM,
      actiefIn: [wijk('01')],
    },
    {
      id: partner('buurthuis-centrum'),
      naam: 'Buurthuis Centrum',
      soort: 'BEHEERSTICHTING',
      professioneel: false,
      gemeente: GM,
      actiefIn: [wijk('01')],
    },
    {
      id: partner('wijkhuis-nieuw-den-helder'),
      naam: "'t Wijkhuis Nieuw Den Helder",
      soort: 'BEHEERSTICHTING',
      professioneel: false,
      gemeente: GM,
      actiefIn: [wijk('03')],
    },
  ],
  locaties: [
    {
      id: locatie('kraaiennest'),
      naam: "Buurthuis 't Kraaiennest",
      soort: 'BUURTHUIS',
      capaciteit: 60,
      toegankelijk: true,
      gemeente: GM,
      buurt: buurt('0101'),
      beheerder: partner('buurthuis-kraaiennest'),
    },
    {
      id: locatie('de-beuk'),
      naam: 'Buurthuis De Beuk',
      soort: 'BUURTHUIS',
      capaciteit: 50,
      toegankelijk: false,
      gemeente: GM,
      buurt: buurt('0102'),
      beheerder: partner('buurthuis-de-beuk'),
    },
    {
      id: locatie('buurthuis-centrum-den-helder'),
      naam: 'Buurthuis Centrum',
      soort: 'BUURTHUIS',
      capaciteit: 70,
      toegankelijk: true,
      gemeente: GM,
      buurt: buurt('0102'),
      beheerder: partner('buurthuis-centrum'),
    },
    {
      id: locatie('wijkhuis-nieuw-den-helder'),
      naam: "'t Wijkhuis Nieuw Den Helder",
      soort: 'WIJKHUIS',
      capaciteit: 90,
      toegankelijk: true,
      gemeente: GM,
      buurt: buurt('0301'),
      beheerder: partner('wijkhuis-nieuw-den-helder'),
    },
    {
      id: locatie('wijkcentrum-bernardplein'),
      naam: 'Wijkcentrum Bernardplein',
      soort: 'OVERIG',
      adres: 'Bernardplein, Den Helder',
      capaciteit: 40,
      toegankelijk: true,
      gemeente: GM,
      buurt: buurt('0201'),
      beheerder: partner('gemeente-den-helder'),
    },
  ],
  steungroepen: [
    {
      id: groep('samen-sterker-de-schooten'),
      naam: 'Samen Sterker De Schooten',
      omschrijving:
        'Bewoners van De Schooten die samen met de woningstichting en het wijkcentrum werken aan contact en een veilige buurt.',
      gemeente: GM,
      // Founding date unknown: left out rather than invented.
      wijk: wijk('02'),
      themas: [themaId('ontmoeting'), themaId('eenzaamheid'), themaId('sociale-veiligheid')],
      doelgroepen: [doelgroepId('alle-inwoners')],
      partners: [
        { partner: partner('samen-sterker'), kernteam: true },
        { partner: partner('woningstichting-den-helder'), kernteam: true },
        { partner: partner('humanitas-den-helder'), kernteam: false },
        { partner: partner('gemeente-den-helder'), kernteam: false },
      ],
    },
    {
      id: groep('ontmoeten-oud-den-helder'),
      naam: 'Ontmoeten in Oud Den Helder',
      omschrijving:
        "Ouderen in Oud Den Helder rond buurthuis 't Kraaiennest: koffie, kaarten en elkaar in het oog houden.",
      gemeente: GM,
      opgericht: '2022-05-01',
      wijk: wijk('01'),
      themas: [themaId('eenzaamheid'), themaId('ouderen')],
      doelgroepen: [doelgroepId('ouderen')],
      partners: [
        { partner: partner('buurthuis-kraaiennest'), kernteam: true },
        { partner: partner('humanitas-den-helder'), kernteam: true },
        { partner: partner('wijkplatform-stad-binnen-de-linie'), kernteam: false },
        { partner: partner('buurthuis-de-beuk'), kernteam: false },
      ],
    },
  ],
  activiteiten: [
    activiteit('koffie-inloop-kraaiennest', {
      naam: "Koffie-inloop 't Kraaiennest",
      omschrijving: 'Dinsdagochtend koffie voor buurtbewoners.',
      dag: 'DI',
      beginTijd: '10:00',
      eindTijd: '12:00',
      frequentie: 'WEKELIJKS',
      bereik: 25,
      toegankelijk: true,
      laatstBevestigd: '2026-11-03',
      organisatoren: [partner('buurthuis-kraaiennest')],
      locatie: locatie('kraaiennest'),
      themas: [themaId('eenzaamheid'), themaId('ontmoeting')],
      doelgroepen: [doelgroepId('ouderen'), doelgroepId('alle-inwoners')],
      steungroep: groep('ontmoeten-oud-den-helder'),
    }),
    activiteit('kaartmiddag-de-beuk', {
      naam: 'Kaartmiddag De Beuk',
      omschrijving: 'Klaverjassen en rummikub op donderdagmiddag.',
      dag: 'DO',
      beginTijd: '13:30',
      eindTijd: '16:30',
      frequentie: 'WEKELIJKS',
      bereik: 20,
      toegankelijk: false,
      laatstBevestigd: '2026-03-19',
      organisatoren: [partner('buurthuis-de-beuk')],
      locatie: locatie('de-beuk'),
      themas: [themaId('ontmoeting'), themaId('eenzaamheid')],
      doelgroepen: [doelgroepId('ouderen')],
      steungroep: groep('ontmoeten-oud-den-helder'),
    }),
    activiteit('kinderclub-buurthuis-centrum', {
      naam: 'Kinderclub Buurthuis Centrum',
      omschrijving: 'Spelen en knutselen op woensdagmiddag.',
      dag: 'WO',
      beginTijd: '14:00',
      eindTijd: '16:00',
      frequentie: 'WEKELIJKS',
      bereik: 18,
      toegankelijk: true,
      laatstBevestigd: '2026-10-15',
      organisatoren: [partner('buurthuis-centrum')],
      locatie: locatie('buurthuis-centrum-den-helder'),
      themas: [themaId('jeugd')],
      doelgroepen: [doelgroepId('kinderen')],
    }),
    activiteit('buurteetcafe-nieuw-den-helder', {
      naam: 'Buurteetcafé Nieuw Den Helder',
      omschrijving: 'Maandelijks samen eten in het wijkhuis.',
      dag: 'DO',
      beginTijd: '17:30',
      eindTijd: '19:30',
      frequentie: 'MAANDELIJKS',
      bereik: 40,
      toegankelijk: true,
      laatstBevestigd: '2026-10-09',
      organisatoren: [partner('wijkhuis-nieuw-den-helder')],
      locatie: locatie('wijkhuis-nieuw-den-helder'),
      themas: [themaId('eenzaamheid'), themaId('ontmoeting')],
      doelgroepen: [doelgroepId('alle-inwoners')],
    }),
    activiteit('buurtmaaltijd-samen-sterker', {
      naam: 'Buurtmaaltijd Samen Sterker',
      omschrijving: 'Bewoners van De Schooten koken voor elkaar.',
      dag: 'VR',
      beginTijd: '17:30',
      eindTijd: '19:30',
      frequentie: 'MAANDELIJKS',
      bereik: 35,
      toegankelijk: true,
      laatstBevestigd: '2026-10-31',
      organisatoren: [partner('samen-sterker')],
      locatie: locatie('wijkcentrum-bernardplein'),
      themas: [themaId('ontmoeting'), themaId('eenzaamheid')],
      doelgroepen: [doelgroepId('alle-inwoners')],
      steungroep: groep('samen-sterker-de-schooten'),
    }),
    activiteit('buurtschouw-de-schooten', {
      naam: 'Buurtschouw De Schooten',
      omschrijving: 'Samen met de woningstichting door de buurt lopen en knelpunten noteren.',
      dag: 'ZA',
      beginTijd: '10:00',
      eindTijd: '12:00',
      frequentie: 'MAANDELIJKS',
      bereik: 12,
      toegankelijk: false,
      laatstBevestigd: '2026-09-26',
      organisatoren: [partner('samen-sterker'), partner('woningstichting-den-helder')],
      locatie: locatie('wijkcentrum-bernardplein'),
      themas: [themaId('sociale-veiligheid')],
      doelgroepen: [doelgroepId('alle-inwoners')],
      steungroep: groep('samen-sterker-de-schooten'),
    }),
    activiteit('thuisadministratie-den-helder', {
      naam: 'Spreekuur Thuisadministratie',
      omschrijving: 'Vrijwilligers van Humanitas helpen met post en rekeningen.',
      dag: 'DO',
      beginTijd: '13:00',
      eindTijd: '15:00',
      frequentie: 'WEKELIJKS',
      bereik: 8,
      toegankelijk: true,
      laatstBevestigd: '2026-10-22',
      organisatoren: [partner('humanitas-den-helder')],
      locatie: locatie('wijkcentrum-bernardplein'),
      themas: [themaId('armoede-en-schulden'), themaId('zelfredzaamheid')],
      doelgroepen: [doelgroepId('kwetsbare-inwoners')],
    }),
    activiteit('geldzaken-spreekuur-den-helder', {
      naam: 'Spreekuur inkomen en schulden',
      omschrijving: 'Het gemeentelijk team voor inkomen en schulden, zonder afspraak.',
      dag: 'WO',
      beginTijd: '13:00',
      eindTijd: '15:00',
      frequentie: 'WEKELIJKS',
      bereik: 10,
      toegankelijk: true,
      laatstBevestigd: '2026-11-04',
      organisatoren: [partner('gemeente-den-helder')],
      locatie: locatie('wijkcentrum-bernardplein'),
      themas: [themaId('armoede-en-schulden')],
      doelgroepen: [doelgroepId('kwetsbare-inwoners')],
    }),
    activiteit('mee-spreekuur-den-helder', {
      naam: 'Spreekuur MEE & de Wering',
      omschrijving: 'Cliëntondersteuning voor mensen met een beperking.',
      dag: 'MA',
      beginTijd: '09:00',
      eindTijd: '11:00',
      frequentie: 'WEKELIJKS',
      bereik: 6,
      toegankelijk: true,
      laatstBevestigd: '2026-10-13',
      organisatoren: [partner('mee-de-wering')],
      locatie: locatie('wijkcentrum-bernardplein'),
      themas: [themaId('zelfredzaamheid'), themaId('inclusie')],
      doelgroepen: [doelgroepId('mensen-met-een-beperking')],
    }),
  ],
  signalen: [
    {
      id: 'Signaal:dh-eenzame-ouderen-oud-den-helder',
      titel: 'Eenzame ouderen in Oud Den Helder',
      omschrijving:
        'De wijkmanager hoort in het wijk-coördinatieteam over ouderen die nauwelijks buiten komen.',
      bron: 'WIJKMANAGER',
      status: 'IN_BEHANDELING',
      datum: '2026-09-15',
      gemeente: GM,
      wijk: wijk('01'),
      themas: [themaId('eenzaamheid'), themaId('ouderen')],
      eigenaar: partner('humanitas-den-helder'),
    },
    {
      id: 'Signaal:dh-onveilig-winkelcentrum-schooten',
      titel: 'Onveilig gevoel rond het winkelcentrum',
      omschrijving: "Bewoners voelen zich 's avonds niet veilig; gemeld via het wijkplatform.",
      bron: 'WIJKMANAGER',
      status: 'OPEN',
      datum: '2026-10-20',
      gemeente: GM,
      wijk: wijk('02'),
      themas: [themaId('sociale-veiligheid')],
    },
    {
      id: 'Signaal:dh-schulden-nieuw-den-helder',
      titel: 'Schulden worden laat gemeld in Nieuw Den Helder',
      omschrijving: 'Het sociaal wijkteam ziet vooral gezinnen pas als de schulden hoog zijn.',
      bron: 'WIJKTEAM',
      status: 'IN_BEHANDELING',
      datum: '2026-08-04',
      gemeente: GM,
      wijk: wijk('03'),
      themas: [themaId('armoede-en-schulden')],
      eigenaar: partner('gemeente-den-helder'),
    },
    {
      id: 'Signaal:dh-hub-julianadorp',
      titel: 'Behoefte aan een wijksteunpunt in Julianadorp',
      omschrijving:
        'Julianadorp heeft geen buurthuis of wijkcentrum; bewoners vragen om een hub dicht bij huis.',
      bron: 'WIJKMANAGER',
      status: 'OPEN',
      datum: '2026-06-30',
      gemeente: GM,
      wijk: wijk('04'),
      themas: [themaId('ontmoeting'), themaId('zelfredzaamheid')],
    },
  ],
  indicatoren: WIJKEN.flatMap((w) =>
    [2020, 2021, 2022, 2023, 2024].flatMap((jaar): IndicatorSeed[] => {
      const terug = 2024 - jaar;
      const [inwoners, p65, p1, eenzaam] = w.cijfers;
      const waarden = {
        inwoners: Math.round((inwoners * (1 + 0.002 * terug)) / 10) * 10,
        pct_65plus: Math.round((p65 - 0.4 * terug) * 10) / 10,
        pct_eenpersoonshuishoudens: Math.round((p1 - 0.2 * terug) * 10) / 10,
        pct_eenzaam: Math.round((eenzaam + EENZAAM_OFFSET[jaar]!) * 10) / 10,
      };
      return Object.entries(waarden).map(([naam, waarde]) => ({
        id: `Indicator:${GM}-WK${w.nr}:${naam}:${jaar}`,
        naam,
        jaar,
        waarde,
        eenheid: naam === 'inwoners' ? 'aantal' : 'procent',
        bron: BRON,
        illustratief: true,
        gemeente: GM,
        wijk: wijk(w.nr),
        themas:
          naam === 'pct_65plus' ? [themaId('ouderen')] : naam === 'inwoners' ? [] : [themaId('eenzaamheid')],
      }));
    }),
  ),
  magDoelen: [],
  inwoners: BEWONERS.map(([pseudoniem, leeftijdsband, buurtNr, steungroep, rol, sinds]) => ({
    id: `Inwoner:${stableUuid(`${GM}:${pseudoniem}`)}`,
    pseudoniem,
    leeftijdsband,
    toestemmingsdatum: sinds,
    gemeente: GM,
    buurt: buurt(buurtNr),
    lidmaatschappen: [{ steungroep: groep(steungroep), rol, sinds }],
  })),
};
