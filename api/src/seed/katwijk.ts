/**
 * Demo dataset for gemeente Katwijk (GM0537).
 *
 * Real (see /work/shared/data/public-facts.md): the five kernen, the place names, the organisations
 * and their kind, the eleven partners and five-member core team of "Hoornes samen in beweging"
 * (Aug 2019), Huis van de Wijk Cleijn Duin (Cleijn Duinplein 24), TriPodia (Hoornesplein 155), the
 * MAG hoofdopgaven and beleidsopgaven, the order of magnitude of the figures.
 * Invented: every resident, all wijk and buurt codes and most buurt names (`illustratief: true`),
 * which kern some wijken fall under, the steungroepen other than the Hoornesgroep, activities and
 * their schedules, signals, every indicator value, and a few organisations marked "invented" below.
 * Dutch names of the beleidsopgaven other than Ontmoeting in de wijk and Burenhulp are paraphrases.
 */
import {
  doelgroepId,
  stableUuid,
  themaId,
  type Dag,
  type DoelgroepSlug,
  type Frequentie,
  type Id,
  type IndicatorSeed,
  type IsoDate,
  type Leeftijdsband,
  type LidRol,
  type LocatieSoort,
  type MagDoelSeed,
  type PartnerSoort,
  type SeedDataset,
  type SignaalBron,
  type SignaalStatus,
  type ThemaSlug,
  type Tijd,
} from './types.js';

const GM = 'GM0537';

// ── Gebied ────────────────────────────────────────────────────────────────────────────────────────

const KERNEN = {
  K01: 'Katwijk aan Zee',
  K02: 'Katwijk aan den Rijn',
  K03: 'Katwijk-Noord',
  K04: 'Rijnsburg',
  K05: 'Valkenburg',
} as const;

interface WijkDef {
  nr: string;
  naam: string;
  kern: keyof typeof KERNEN;
  buurten: readonly string[];
  /** 2024: inwoners, % 65+, % eenpersoonshuishoudens, % ernstig eenzaam (all illustrative). */
  cijfers: readonly [number, number, number, number];
}

// De Hoornes is one wijk (a steungroep works in one wijk); Hoornes Noord-Oost and Hoornes-West
// are its buurten. Placing Rijnsoever, Cleijn Duin and Witte Hek in Katwijk-Noord is our reading
// of the sources, not an official division.
const WIJKEN = [
  {
    nr: '01',
    naam: 'Katwijk aan Zee Centrum',
    kern: 'K01',
    buurten: ['Oude Dorp', 'Boulevard', 'Voorstraat'],
    cijfers: [5600, 27.0, 40.0, 11.5],
  },
  {
    nr: '02',
    naam: 'De Hoornes',
    kern: 'K01',
    buurten: ['Hoornes Noord-Oost', 'Hoornes-West', 'Hoornesplein', 'Hoornes-Zuid'],
    cijfers: [9800, 18.0, 44.0, 14.5],
  },
  {
    nr: '03',
    naam: 'Duinvallei',
    kern: 'K01',
    buurten: ['Duinvallei-Noord', 'Duinvallei-Zuid'],
    cijfers: [4200, 22.0, 33.0, 10.5],
  },
  {
    nr: '04',
    naam: 'Zanderij',
    kern: 'K01',
    buurten: ['Zanderij', 'Nieuw Zuid', 'Zanderij-Oost'],
    cijfers: [4600, 19.0, 27.0, 9.0],
  },
  {
    nr: '05',
    naam: 'Katwijk aan den Rijn Dorp',
    kern: 'K02',
    buurten: ['Dorp Katwijk aan den Rijn', 'Rijnzijde'],
    cijfers: [3700, 25.0, 31.0, 9.5],
  },
  {
    nr: '06',
    naam: 'Katwijk aan den Rijn Zuid',
    kern: 'K02',
    buurten: ['Katwijk aan den Rijn Zuid-West', 'Katwijk aan den Rijn Zuid-Oost'],
    cijfers: [2900, 21.0, 26.0, 9.0],
  },
  {
    nr: '07',
    naam: 'Cleijn Duin',
    kern: 'K03',
    buurten: ['Cleijn Duinplein', 'Cleijn Duin-Noord', 'Cleijn Duin-Zuid'],
    cijfers: [4200, 24.0, 36.0, 11.5],
  },
  {
    nr: '08',
    naam: 'Witte Hek',
    kern: 'K03',
    buurten: ['Witte Hek-Noord', 'Witte Hek-Zuid'],
    cijfers: [3600, 28.0, 38.0, 12.0],
  },
  {
    nr: '09',
    naam: 'Rijnsoever',
    kern: 'K03',
    buurten: ['Rijnsoever-Noord', 'Rijnsoever-Zuid', 'Rijnsoeverpark'],
    cijfers: [3500, 23.0, 30.0, 10.0],
  },
  {
    nr: '10',
    naam: 'Katwijk-Noord Centrum',
    kern: 'K03',
    buurten: ['Noord-Centrum', 'Noord-West'],
    cijfers: [3000, 17.0, 28.0, 9.5],
  },
  {
    nr: '11',
    naam: 'Rijnsburg Centrum',
    kern: 'K04',
    buurten: ['Rijnsburg Dorp', 'Rijnsburg Centrum-Noord', 'Rijnsburg Centrum-Zuid'],
    cijfers: [5800, 24.0, 27.0, 8.5],
  },
  {
    nr: '12',
    naam: 'Rijnsburg Oost',
    kern: 'K04',
    buurten: ['Middelmors', 'Rijnsburg Oost-Noord', 'Rijnsburg Oost-Zuid'],
    cijfers: [5300, 18.0, 22.0, 8.0],
  },
  {
    nr: '13',
    naam: 'Rijnsburg West',
    kern: 'K04',
    buurten: ['Rijnsburg West-Noord', 'Rijnsburg West-Zuid'],
    cijfers: [4900, 20.0, 24.0, 8.5],
  },
  {
    nr: '14',
    naam: 'Valkenburg Dorp',
    kern: 'K05',
    buurten: ['Dorp Valkenburg', 'Valkenburg-Noord'],
    cijfers: [4100, 23.0, 28.0, 8.0],
  },
  {
    nr: '15',
    naam: 'Valkenhorst',
    kern: 'K05',
    buurten: ["'t Veld", 'Valkenhorst-Oost'],
    cijfers: [900, 6.0, 18.0, 7.0],
  },
] as const satisfies readonly WijkDef[];

type WijkNaam = (typeof WIJKEN)[number]['naam'];
type BuurtNaam = (typeof WIJKEN)[number]['buurten'][number];
const ALLE: readonly WijkNaam[] = WIJKEN.map((w) => w.naam);

// ── Partners ──────────────────────────────────────────────────────────────────────────────────────

interface PartnerDef {
  naam: string;
  soort: PartnerSoort;
  /** Paid professionals (true) or a volunteer association (false). */
  professioneel: boolean;
  website?: string;
  actiefIn: readonly WijkNaam[];
}

const PARTNERS = {
  // The eleven partners of "Hoornes samen in beweging".
  'gemeente-katwijk': {
    naam: 'Gemeente Katwijk',
    soort: 'GEMEENTE',
    professioneel: true,
    website: 'https://www.katwijk.nl',
    actiefIn: ALLE,
  },
  // Kind assumed: the sources only name "Aloysius".
  aloysius: { naam: 'Aloysius', soort: 'ONDERWIJS', professioneel: true, actiefIn: ['De Hoornes'] },
  baptistengemeente: {
    naam: 'Baptistengemeente Katwijk',
    soort: 'KERK',
    professioneel: false,
    actiefIn: ['De Hoornes', 'Katwijk aan Zee Centrum'],
  },
  // Its line of work is not in the sources; kept neutral.
  'de-brug': { naam: 'Stichting De Brug', soort: 'OVERIG', professioneel: false, actiefIn: ['De Hoornes'] },
  dsv: {
    naam: 'DSV Verzorgd Leven',
    soort: 'ZORG',
    professioneel: true,
    actiefIn: ['De Hoornes', 'Katwijk aan Zee Centrum', 'Rijnsoever'],
  },
  dunavie: {
    naam: 'Dunavie',
    soort: 'WONINGCORPORATIE',
    professioneel: true,
    actiefIn: [
      'De Hoornes',
      'Cleijn Duin',
      'Witte Hek',
      'Rijnsoever',
      'Duinvallei',
      'Katwijk aan den Rijn Zuid',
      'Rijnsburg Oost',
      'Valkenhorst',
    ],
  },
  obodb: {
    naam: 'OBODB (openbaar basisonderwijs)',
    soort: 'ONDERWIJS',
    professioneel: true,
    actiefIn: ['De Hoornes', 'Zanderij', 'Katwijk-Noord Centrum'],
  },
  welzijnskwartier: {
    naam: 'Welzijnskwartier',
    soort: 'WELZIJN',
    professioneel: true,
    website: 'https://www.welzijnskwartier.nl',
    actiefIn: ALLE,
  },
  // Run as a venue foundation; volunteer-run is our assumption.
  tripodia: { naam: 'TriPodia', soort: 'BEHEERSTICHTING', professioneel: false, actiefIn: ['De Hoornes'] },
  'winkeliersvereniging-hoornesplein': {
    naam: 'Winkeliersvereniging Hoornesplein',
    soort: 'ONDERNEMERS',
    professioneel: false,
    actiefIn: ['De Hoornes'],
  },
  pnielkerk: { naam: 'Pniëlkerk', soort: 'KERK', professioneel: false, actiefIn: ['De Hoornes'] },

  // Other organisations that work in Katwijk.
  'wijkteam-katwijk': { naam: 'Wijkteam Katwijk', soort: 'WIJKTEAM', professioneel: true, actiefIn: ALLE },
  'bibliotheek-katwijk': {
    naam: 'Bibliotheek Katwijk',
    soort: 'BIBLIOTHEEK',
    professioneel: true,
    actiefIn: [
      'Katwijk aan Zee Centrum',
      'De Hoornes',
      'Rijnsburg Centrum',
      'Valkenburg Dorp',
      'Rijnsoever',
      'Katwijk aan den Rijn Dorp',
    ],
  },
  aobk: {
    naam: 'AOBK',
    soort: 'OUDERENBOND',
    professioneel: false,
    website: 'https://www.aobk.nl',
    actiefIn: ['Katwijk aan Zee Centrum', 'De Hoornes', 'Duinvallei', 'Zanderij', 'Cleijn Duin', 'Witte Hek'],
  },
  'pcob-rijnsburg-valkenburg': {
    naam: 'PCOB Rijnsburg Valkenburg',
    soort: 'OUDERENBOND',
    professioneel: false,
    actiefIn: ['Rijnsburg Centrum', 'Rijnsburg Oost', 'Rijnsburg West', 'Valkenburg Dorp', 'Valkenhorst'],
  },
  'seniorenbelangen-kat-rijn': {
    naam: 'Seniorenbelangen Kat-rijn',
    soort: 'OUDERENBOND',
    professioneel: false,
    actiefIn: ['Katwijk aan den Rijn Dorp', 'Katwijk aan den Rijn Zuid'],
  },
  'wijkraad-kadr': {
    naam: 'Wijkraad Katwijk aan den Rijn',
    soort: 'WIJKVERENIGING',
    professioneel: false,
    actiefIn: ['Katwijk aan den Rijn Dorp', 'Katwijk aan den Rijn Zuid'],
  },
  'wijkvereniging-cleijn-duin-witte-hek': {
    naam: 'Wijkvereniging Cleijn Duin-Witte Hek',
    soort: 'WIJKVERENIGING',
    professioneel: false,
    actiefIn: ['Cleijn Duin', 'Witte Hek'],
  },
  // Invented: tenant committees appear in the Hoornes sources, this one is illustrative.
  'bewonerscommissie-hoornes-noord-oost': {
    naam: 'Bewonerscommissie Hoornes Noord-Oost',
    soort: 'WIJKVERENIGING',
    professioneel: false,
    actiefIn: ['De Hoornes'],
  },
  'quick-boys': {
    naam: 'Quick Boys',
    soort: 'SPORT',
    professioneel: false,
    actiefIn: ['Zanderij', 'Katwijk aan Zee Centrum', 'Duinvallei'],
  },
  'vv-katwijk': {
    naam: 'VV Katwijk',
    soort: 'SPORT',
    professioneel: false,
    actiefIn: ['Katwijk-Noord Centrum', 'Rijnsoever', 'Witte Hek'],
  },
  'rijnsburgse-boys': {
    naam: 'Rijnsburgse Boys',
    soort: 'SPORT',
    professioneel: false,
    website: 'https://www.rijnsburgseboys.nl',
    actiefIn: ['Rijnsburg Oost', 'Rijnsburg Centrum', 'Rijnsburg West'],
  },
  iwak: {
    naam: 'IWAK (interkerkelijke werkgroep azc)',
    soort: 'KERK',
    professioneel: false,
    actiefIn: ['De Hoornes', 'Katwijk aan Zee Centrum'],
  },
  maatjesopmaat: {
    naam: 'Maatjesopmaat',
    soort: 'WELZIJN',
    professioneel: false,
    actiefIn: ['Katwijk aan Zee Centrum', 'Cleijn Duin', 'De Hoornes', 'Witte Hek', 'Rijnsburg Centrum'],
  },
  fietsmaatjes: {
    naam: 'Fietsmaatjes Katwijk',
    soort: 'WELZIJN',
    professioneel: false,
    actiefIn: ['Cleijn Duin', 'Valkenburg Dorp', 'Katwijk aan Zee Centrum'],
  },
  vtv: {
    naam: 'VTV (Thuismaatjes)',
    soort: 'WELZIJN',
    professioneel: false,
    actiefIn: ['Rijnsoever', 'Rijnsburg Centrum', 'Rijnsburg West', 'Witte Hek', 'Duinvallei'],
  },
  'humanitas-katwijk': {
    naam: 'Humanitas Katwijk',
    soort: 'WELZIJN',
    professioneel: false,
    actiefIn: ['Katwijk aan Zee Centrum', 'Rijnsburg Centrum', 'Duinvallei'],
  },
  'mee-zhn': {
    naam: 'MEE Zuid-Holland Noord',
    soort: 'ZORG',
    professioneel: true,
    actiefIn: ['Rijnsburg Oost', 'Rijnsburg Centrum', 'De Hoornes'],
  },
  marente: {
    naam: 'Marente',
    soort: 'ZORG',
    professioneel: true,
    actiefIn: ['Katwijk aan Zee Centrum', 'Rijnsburg Centrum', 'Valkenburg Dorp'],
  },
  gemiva: {
    naam: 'Gemiva',
    soort: 'ZORG',
    professioneel: true,
    actiefIn: ['Rijnsburg Oost', 'Zanderij', 'De Hoornes'],
  },
  // Kind assumed from its MAG grant (ontmoeting/burenhulp together with Gemiva).
  raamwerk: {
    naam: 'Raamwerk',
    soort: 'ZORG',
    professioneel: true,
    actiefIn: ['Rijnsburg Oost', 'Rijnsburg Centrum'],
  },
  'ggz-rivierduinen': {
    naam: 'GGZ Rivierduinen',
    soort: 'ZORG',
    professioneel: true,
    actiefIn: ['Cleijn Duin', 'De Hoornes', 'Rijnsburg Oost'],
  },
  // Deliberately linked to no group or activity: a partner "that knows nobody".
  inwonersadviesraad: {
    naam: 'Inwonersadviesraad Katwijk',
    soort: 'OVERIG',
    professioneel: false,
    actiefIn: ALLE,
  },
  'gezondheidscentrum-cleijn-duin': {
    naam: 'Gezondheidscentrum Cleijn Duin',
    soort: 'ZORG',
    professioneel: true,
    actiefIn: ['Cleijn Duin', 'Witte Hek'],
  },
  'zalencentrum-het-anker': {
    naam: 'Zalencentrum Het Anker',
    soort: 'ONDERNEMERS',
    professioneel: true,
    actiefIn: ['Katwijk aan Zee Centrum'],
  },
  // Invented: the library branches sit in community buildings whose boards the sources do not name.
  'stichting-dorpshuis-valkenburg': {
    naam: 'Stichting Dorpshuis Valkenburg',
    soort: 'BEHEERSTICHTING',
    professioneel: false,
    actiefIn: ['Valkenburg Dorp', 'Valkenhorst'],
  },
  'stichting-dorpshuis-rijnsburg': {
    naam: 'Stichting Dorpshuis Rijnsburg',
    soort: 'BEHEERSTICHTING',
    professioneel: false,
    actiefIn: ['Rijnsburg Centrum'],
  },
  // Invented youth association.
  'jongerenvereniging-katwijk-noord': {
    naam: 'Jongerenvereniging Katwijk-Noord',
    soort: 'JEUGDVERENIGING',
    professioneel: false,
    actiefIn: ['Katwijk-Noord Centrum', 'Rijnsoever'],
  },
} satisfies Record<string, PartnerDef>;

type PartnerSlug = keyof typeof PARTNERS;

// ── Locaties ──────────────────────────────────────────────────────────────────────────────────────

interface LocatieDef {
  naam: string;
  soort: LocatieSoort;
  adres?: string;
  capaciteit: number;
  toegankelijk: boolean;
  buurt: BuurtNaam;
  beheerder?: PartnerSlug;
}

const LOCATIES = {
  'huis-van-de-wijk-cleijn-duin': {
    naam: 'Huis van de Wijk Cleijn Duin',
    soort: 'HUIS_VAN_DE_WIJK',
    adres: 'Cleijn Duinplein 24, Katwijk',
    capaciteit: 80,
    toegankelijk: true,
    buurt: 'Cleijn Duinplein',
    beheerder: 'welzijnskwartier',
  },
  tripodia: {
    naam: 'TriPodia',
    soort: 'WIJKHUIS',
    adres: 'Hoornesplein 155, Katwijk',
    capaciteit: 200,
    toegankelijk: true,
    buurt: 'Hoornesplein',
    beheerder: 'tripodia',
  },
  // Used by the wijkvereniging; that it also runs the building is assumed.
  'de-mijlpaal': {
    naam: 'Buurthuis De Mijlpaal',
    soort: 'BUURTHUIS',
    capaciteit: 60,
    toegankelijk: false,
    buurt: 'Cleijn Duin-Noord',
    beheerder: 'wijkvereniging-cleijn-duin-witte-hek',
  },
  'zalencentrum-het-anker': {
    naam: 'Zalencentrum Het Anker',
    soort: 'OVERIG',
    capaciteit: 300,
    toegankelijk: true,
    buurt: 'Oude Dorp',
    beheerder: 'zalencentrum-het-anker',
  },
  'dienstencentrum-de-zwanenburg': {
    naam: 'Dienstencentrum De Zwanenburg',
    soort: 'OVERIG',
    capaciteit: 70,
    toegankelijk: true,
    buurt: 'Voorstraat',
  },
  'bibliotheek-katwijk-schelpendam': {
    naam: 'Bibliotheek Katwijk (Schelpendam)',
    soort: 'BIBLIOTHEEK',
    adres: 'Schelpendam, Katwijk aan Zee',
    capaciteit: 120,
    toegankelijk: true,
    buurt: 'Boulevard',
    beheerder: 'bibliotheek-katwijk',
  },
  'bibliotheek-hoornes': {
    naam: 'Bibliotheek Hoornes en Taalhuis',
    soort: 'BIBLIOTHEEK',
    capaciteit: 40,
    toegankelijk: true,
    buurt: 'Hoornes Noord-Oost',
    beheerder: 'bibliotheek-katwijk',
  },
  'bibliotheek-rijnsburg': {
    naam: 'Bibliotheek Rijnsburg',
    soort: 'BIBLIOTHEEK',
    capaciteit: 35,
    toegankelijk: true,
    buurt: 'Rijnsburg Dorp',
    beheerder: 'bibliotheek-katwijk',
  },
  'bibliotheek-valkenburg': {
    naam: 'Bibliotheek Valkenburg',
    soort: 'BIBLIOTHEEK',
    capaciteit: 25,
    toegankelijk: true,
    buurt: 'Dorp Valkenburg',
    beheerder: 'bibliotheek-katwijk',
  },
  'dorpshuis-valkenburg': {
    naam: 'Dorpshuis Valkenburg',
    soort: 'DORPSHUIS',
    capaciteit: 150,
    toegankelijk: true,
    buurt: 'Dorp Valkenburg',
    beheerder: 'stichting-dorpshuis-valkenburg',
  },
  'dorpshuis-rijnsburg': {
    naam: 'Dorpshuis Rijnsburg',
    soort: 'DORPSHUIS',
    capaciteit: 180,
    toegankelijk: true,
    buurt: 'Rijnsburg Centrum-Noord',
    beheerder: 'stichting-dorpshuis-rijnsburg',
  },
  'woonzorgcentrum-salem': {
    naam: 'Woonzorgcentrum Salem',
    soort: 'ZORGCENTRUM',
    capaciteit: 60,
    toegankelijk: true,
    buurt: 'Hoornes-West',
    beheerder: 'dsv',
  },
  pnielkerk: {
    naam: 'Pniëlkerk',
    soort: 'KERK',
    capaciteit: 250,
    toegankelijk: true,
    buurt: 'Hoornes-Zuid',
    beheerder: 'pnielkerk',
  },
  'sportpark-nieuw-zuid': {
    naam: 'Sportpark Nieuw Zuid',
    soort: 'SPORTACCOMMODATIE',
    capaciteit: 400,
    toegankelijk: false,
    buurt: 'Nieuw Zuid',
    beheerder: 'quick-boys',
  },
  'sportpark-middelmors': {
    naam: 'Sportpark Middelmors',
    soort: 'SPORTACCOMMODATIE',
    capaciteit: 350,
    toegankelijk: true,
    buurt: 'Middelmors',
    beheerder: 'rijnsburgse-boys',
  },
  'sportpark-vv-katwijk': {
    naam: 'Sportpark VV Katwijk',
    soort: 'SPORTACCOMMODATIE',
    capaciteit: 400,
    toegankelijk: false,
    buurt: 'Noord-West',
    beheerder: 'vv-katwijk',
  },
  // Invented: a living-room meeting place since the library branch here closed.
  'huiskamer-katwijk-aan-den-rijn': {
    naam: 'Huiskamer Katwijk aan den Rijn',
    soort: 'HUISKAMER',
    capaciteit: 25,
    toegankelijk: true,
    buurt: 'Dorp Katwijk aan den Rijn',
    beheerder: 'wijkraad-kadr',
  },
  // Invented: a common room in a housing complex.
  'huiskamer-rijnsoever': {
    naam: 'Huiskamer Rijnsoever',
    soort: 'HUISKAMER',
    capaciteit: 20,
    toegankelijk: true,
    buurt: 'Rijnsoever-Noord',
    beheerder: 'dunavie',
  },
} satisfies Record<string, LocatieDef>;

type LocatieSlug = keyof typeof LOCATIES;

// ── MAG ───────────────────────────────────────────────────────────────────────────────────────────

const HOOFDOPGAVEN = {
  meedoen: 'Meedoen',
  'opgroeien-en-ontwikkelen': 'Opgroeien & Ontwikkelen',
  'zorg-en-ondersteuning': 'Zorg & Ondersteuning',
  'sociale-veiligheid': 'Sociale Veiligheid',
  gezondheid: 'Gezondheid',
} as const;
type Hoofdopgave = keyof typeof HOOFDOPGAVEN;

/** The thirteen beleidsopgaven, each under the hoofdopgave we judged it to serve. */
const BELEIDSOPGAVEN = {
  'ontmoeting-in-de-wijk': ['Ontmoeting in de wijk', 'meedoen'],
  burenhulp: ['Burenhulp', 'zorg-en-ondersteuning'],
  'ondersteuning-vrijwilligers': ['Ondersteuning van vrijwilligers', 'meedoen'],
  mantelzorgondersteuning: ['Mantelzorgondersteuning', 'zorg-en-ondersteuning'],
  'hulp-bij-geldzorgen': ['Hulp bij geldzorgen', 'meedoen'],
  jongerenwerk: ['Jongerenwerk', 'opgroeien-en-ontwikkelen'],
  'sport-en-bewegen': ['Sport en bewegen', 'gezondheid'],
  'gezonde-leefstijl': ['Gezonde leefstijl', 'gezondheid'],
  'vroegsignalering-jeugd-en-gezin': ['Vroegsignalering jeugd en gezin', 'opgroeien-en-ontwikkelen'],
  'ondersteuning-statushouders': ['Ondersteuning statushouders', 'meedoen'],
  basisvaardigheden: ['Basisvaardigheden', 'meedoen'],
  cultuur: ['Cultuur', 'meedoen'],
  erfgoed: ['Erfgoed', 'meedoen'],
} as const satisfies Record<string, readonly [string, Hoofdopgave]>;

type MagSlug = Hoofdopgave | keyof typeof BELEIDSOPGAVEN;

// ── Steungroepen ──────────────────────────────────────────────────────────────────────────────────

interface GroepDef {
  naam: string;
  omschrijving: string;
  opgericht: IsoDate;
  wijk: WijkNaam;
  themas: ThemaSlug[];
  voor: DoelgroepSlug[];
  kernteam: PartnerSlug[];
  /** Doe-team partners and partners at a distance. */
  overig: PartnerSlug[];
}

const GROEPEN = {
  hoornesgroep: {
    naam: 'Hoornesgroep',
    omschrijving:
      'Community van bewoners en partners in De Hoornes, voortgekomen uit "Hoornes samen in beweging" (2019): ' +
      'werken aan een sociale, vitale en inclusieve wijk. Een kernteam van vijf partners stuurt; doe-teams voeren ' +
      'de wensen uit het Dromenboek uit.',
    // The partners signed in August 2019; the day is illustrative.
    opgericht: '2019-08-01',
    wijk: 'De Hoornes',
    themas: [
      'eenzaamheid',
      'ontmoeting-tussen-culturen',
      'zelfredzaamheid',
      'inclusie',
      'kunst-en-cultuur',
      'jeugd',
    ],
    voor: ['alle-inwoners', 'nieuwkomers', 'kwetsbare-inwoners', 'jongeren'],
    kernteam: ['dsv', 'dunavie', 'baptistengemeente', 'gemeente-katwijk', 'welzijnskwartier'],
    overig: ['aloysius', 'de-brug', 'obodb', 'tripodia', 'winkeliersvereniging-hoornesplein', 'pnielkerk'],
  },
  'cleijn-duin-verbindt': {
    naam: 'Cleijn Duin Verbindt',
    omschrijving:
      'Steungroep rond het Huis van de Wijk Cleijn Duin: ontmoeting, samen bewegen en elkaar helpen.',
    opgericht: '2023-03-15',
    wijk: 'Cleijn Duin',
    themas: ['eenzaamheid', 'ontmoeting', 'bewegen-en-gezondheid', 'inclusie'],
    voor: ['alle-inwoners', 'ouderen', 'ggz-achtergrond'],
    kernteam: ['welzijnskwartier', 'wijkvereniging-cleijn-duin-witte-hek', 'gezondheidscentrum-cleijn-duin'],
    overig: ['dunavie', 'ggz-rivierduinen', 'maatjesopmaat', 'fietsmaatjes'],
  },
  'samen-oud-oude-dorp': {
    naam: 'Samen Oud in het Oude Dorp',
    omschrijving:
      'Ouderen in het Oude Dorp en langs de Boulevard houden elkaar in het oog: koffie, mantelzorgcafé en maatjes.',
    opgericht: '2021-04-01',
    wijk: 'Katwijk aan Zee Centrum',
    themas: ['eenzaamheid', 'ouderen', 'mantelzorg'],
    voor: ['ouderen', 'mantelzorgers'],
    kernteam: ['aobk', 'welzijnskwartier'],
    overig: ['marente', 'humanitas-katwijk', 'maatjesopmaat', 'dsv'],
  },
  'zanderij-in-beweging': {
    naam: 'Zanderij in Beweging',
    omschrijving:
      'Sport als ontmoetingsplek: walking football, G-voetbal en sportinstuiven rond Sportpark Nieuw Zuid.',
    opgericht: '2024-02-01',
    wijk: 'Zanderij',
    themas: ['bewegen-en-gezondheid', 'jeugd', 'inclusie'],
    voor: ['kinderen', 'ouderen', 'mensen-met-een-beperking'],
    kernteam: ['quick-boys', 'welzijnskwartier'],
    overig: ['gemiva', 'obodb'],
  },
  'kadr-dichtbij': {
    naam: 'Katwijk aan den Rijn Dichtbij',
    omschrijving:
      'Sinds de bibliotheek in Katwijk aan den Rijn dichtging, houden bewoners een huiskamer open voor ontmoeting, ' +
      'mantelzorgers en een boekenpunt.',
    opgericht: '2022-09-01',
    wijk: 'Katwijk aan den Rijn Dorp',
    themas: ['eenzaamheid', 'ouderen', 'mantelzorg'],
    voor: ['ouderen', 'mantelzorgers'],
    kernteam: ['seniorenbelangen-kat-rijn', 'wijkraad-kadr'],
    overig: ['welzijnskwartier', 'bibliotheek-katwijk'],
  },
  'rijnsburg-zorgt': {
    naam: 'Rijnsburg Zorgt',
    omschrijving: 'Burenhulp, mantelzorgondersteuning en ontmoeting voor ouderen in het dorp Rijnsburg.',
    opgericht: '2020-10-01',
    wijk: 'Rijnsburg Centrum',
    themas: ['burenhulp', 'mantelzorg', 'eenzaamheid', 'ouderen'],
    voor: ['ouderen', 'mantelzorgers'],
    kernteam: ['pcob-rijnsburg-valkenburg', 'welzijnskwartier', 'vtv'],
    overig: ['marente', 'stichting-dorpshuis-rijnsburg', 'humanitas-katwijk'],
  },
  'inclusief-rijnsburg': {
    naam: 'Inclusief Rijnsburg',
    omschrijving:
      'Iedereen doet mee: G-voetbal, een ontmoetingscafé op Middelmors en steun voor mensen met een beperking of ' +
      'GGZ-achtergrond, samen met andere dorpsgenoten.',
    opgericht: '2023-09-01',
    wijk: 'Rijnsburg Oost',
    themas: ['inclusie', 'bewegen-en-gezondheid', 'eenzaamheid'],
    voor: ['mensen-met-een-beperking', 'ggz-achtergrond', 'alle-inwoners'],
    kernteam: ['gemiva', 'rijnsburgse-boys'],
    overig: ['raamwerk', 'mee-zhn', 'ggz-rivierduinen', 'welzijnskwartier'],
  },
  'valkenburg-verbonden': {
    naam: 'Valkenburg Verbonden',
    omschrijving:
      'Het dorpshuis als huiskamer van Valkenburg: soos, dorpsmaaltijd en duofietsen, ook voor nieuwe bewoners van Valkenhorst.',
    opgericht: '2021-11-01',
    wijk: 'Valkenburg Dorp',
    themas: ['eenzaamheid', 'ontmoeting', 'ouderen'],
    voor: ['ouderen', 'alle-inwoners'],
    kernteam: ['stichting-dorpshuis-valkenburg', 'pcob-rijnsburg-valkenburg'],
    overig: ['welzijnskwartier', 'fietsmaatjes', 'bibliotheek-katwijk'],
  },
  'jong-katwijk-noord': {
    naam: 'Jong Katwijk-Noord',
    omschrijving: 'Jongeren in Katwijk-Noord organiseren zelf: jeugdraad, pannavoetbal en een eigen soos.',
    opgericht: '2025-01-15',
    wijk: 'Katwijk-Noord Centrum',
    themas: ['jeugd', 'bewegen-en-gezondheid'],
    voor: ['jongeren', 'kinderen'],
    kernteam: ['vv-katwijk', 'jongerenvereniging-katwijk-noord'],
    overig: ['welzijnskwartier', 'obodb'],
  },
  'rijnsoever-samen': {
    naam: 'Rijnsoever Samen',
    omschrijving:
      'Buren helpen buren in Rijnsoever: burenhulpcafé, klussendienst en een huiskamer in een complex van Dunavie.',
    opgericht: '2024-06-01',
    wijk: 'Rijnsoever',
    themas: ['burenhulp', 'zelfredzaamheid', 'eenzaamheid'],
    voor: ['ouderen', 'kwetsbare-inwoners'],
    kernteam: ['vtv', 'dunavie'],
    overig: ['welzijnskwartier', 'bibliotheek-katwijk', 'dsv'],
  },
} satisfies Record<string, GroepDef>;

type GroepSlug = keyof typeof GROEPEN;

// ── Activiteiten ──────────────────────────────────────────────────────────────────────────────────

interface ActiviteitDef {
  slug: string;
  naam: string;
  omschrijving: string;
  wanneer: [Dag, Tijd, Tijd, Frequentie];
  bereik: number;
  toegankelijk: boolean;
  bevestigd: IsoDate;
  door: PartnerSlug[];
  waar: LocatieSlug;
  themas: ThemaSlug[];
  voor: DoelgroepSlug[];
  /** Beleidsopgaven (their hoofdopgave is added) or a hoofdopgave directly. */
  mag: MagSlug[];
  groep?: GroepSlug;
}

// Deliberate overlaps for the duplicate analysis (same wijk, thema, doelgroep, overlapping time):
//  - Oude Dorp, Tuesday morning: AOBK (volunteers) and Welzijnskwartier (professional) coffee mornings.
//  - De Hoornes, Thursday afternoon: Bibliotheek taalcafé (professional) and Baptistengemeente Taal & Thee (volunteers).
//  - Rijnsburg Centrum, Wednesday afternoon: PCOB ouderenmiddag and Humanitas huiskamer (both volunteers).
// Wijken deliberately without any offering on eenzaamheid: Witte Hek, Duinvallei, Zanderij,
// Katwijk-Noord Centrum, Katwijk aan den Rijn Zuid, Rijnsburg Oost (only inclusie), Rijnsburg West, Valkenhorst.
const ACTIVITEITEN: ActiviteitDef[] = [
  // De Hoornes: the Hoornesgroep and its doe-teams
  {
    slug: 'doe-team-wereldkeuken-hoornes',
    naam: 'Doe-team Wereldkeuken Hoornes',
    omschrijving: 'Bewoners koken om de beurt een gerecht uit hun land van herkomst en eten samen.',
    wanneer: ['VR', '17:30', '20:00', 'MAANDELIJKS'],
    bereik: 40,
    toegankelijk: true,
    bevestigd: '2026-10-30',
    door: ['welzijnskwartier', 'baptistengemeente'],
    waar: 'tripodia',
    themas: ['ontmoeting-tussen-culturen', 'eenzaamheid'],
    voor: ['alle-inwoners', 'nieuwkomers'],
    mag: ['ontmoeting-in-de-wijk', 'ondersteuning-statushouders'],
    groep: 'hoornesgroep',
  },
  {
    slug: 'doe-team-hoornesfeest',
    naam: 'Doe-team Hoornesfeest',
    omschrijving: 'Jaarlijks wijkfeest op en rond het Hoornesplein, georganiseerd met de winkeliers.',
    wanneer: ['ZA', '12:00', '17:00', 'EENMALIG'],
    bereik: 400,
    toegankelijk: true,
    bevestigd: '2026-09-14',
    door: ['winkeliersvereniging-hoornesplein', 'tripodia', 'dunavie'],
    waar: 'tripodia',
    themas: ['ontmoeting-tussen-culturen', 'kunst-en-cultuur'],
    voor: ['alle-inwoners'],
    mag: ['ontmoeting-in-de-wijk', 'cultuur'],
    groep: 'hoornesgroep',
  },
  {
    slug: 'doe-team-huiskamer-hoornes',
    naam: 'Doe-team Huiskamer Hoornes',
    omschrijving: 'Open inloop met koffie en een praatje; vrijwilligers van de Pniëlkerk schenken.',
    wanneer: ['WO', '10:00', '12:00', 'WEKELIJKS'],
    bereik: 22,
    toegankelijk: true,
    bevestigd: '2026-11-04',
    door: ['welzijnskwartier', 'pnielkerk'],
    waar: 'tripodia',
    themas: ['eenzaamheid', 'ontmoeting'],
    voor: ['ouderen', 'kwetsbare-inwoners', 'alle-inwoners'],
    mag: ['ontmoeting-in-de-wijk'],
    groep: 'hoornesgroep',
  },
  {
    slug: 'doe-team-jongeren-hoornes-hangout',
    naam: 'Doe-team Jongeren: Hoornes Hangout',
    omschrijving: 'Vrijdagavond voor jongeren: gamen, muziek en een jongerenwerker om mee te praten.',
    wanneer: ['VR', '19:00', '22:00', 'WEKELIJKS'],
    bereik: 30,
    toegankelijk: true,
    bevestigd: '2026-10-17',
    door: ['welzijnskwartier'],
    waar: 'tripodia',
    themas: ['jeugd'],
    voor: ['jongeren'],
    mag: ['jongerenwerk'],
    groep: 'hoornesgroep',
  },
  {
    slug: 'doe-team-groen-en-schoon',
    naam: 'Doe-team Groen & Schoon',
    omschrijving: 'Samen zwerfafval prikken en geveltuintjes aanleggen; start bij TriPodia.',
    wanneer: ['ZA', '10:00', '12:00', 'MAANDELIJKS'],
    bereik: 15,
    toegankelijk: false,
    bevestigd: '2026-09-27',
    door: ['dunavie', 'bewonerscommissie-hoornes-noord-oost'],
    waar: 'tripodia',
    themas: ['burenhulp', 'sociale-veiligheid'],
    voor: ['alle-inwoners'],
    mag: ['sociale-veiligheid'],
    groep: 'hoornesgroep',
  },
  {
    slug: 'doe-team-welkom-in-de-hoornes',
    naam: 'Doe-team Welkom in de Hoornes',
    omschrijving:
      'Nieuwe bewoners en statushouders wegwijs maken in de wijk: winkels, school, huisarts, vereniging.',
    wanneer: ['DI', '13:30', '15:30', 'TWEEWEKELIJKS'],
    bereik: 12,
    toegankelijk: true,
    bevestigd: '2026-10-21',
    door: ['welzijnskwartier', 'baptistengemeente'],
    waar: 'bibliotheek-hoornes',
    themas: ['zelfredzaamheid', 'ontmoeting-tussen-culturen'],
    voor: ['nieuwkomers'],
    mag: ['ondersteuning-statushouders'],
    groep: 'hoornesgroep',
  },
  {
    slug: 'doe-team-atelier-hoornes',
    naam: 'Doe-team Kunst: Atelier Hoornes',
    omschrijving: 'Schilderen, textiel en verhalen maken met buren uit alle culturen.',
    wanneer: ['DO', '19:00', '21:00', 'TWEEWEKELIJKS'],
    bereik: 16,
    toegankelijk: true,
    bevestigd: '2026-08-28',
    door: ['tripodia'],
    waar: 'tripodia',
    themas: ['kunst-en-cultuur', 'ontmoeting-tussen-culturen'],
    voor: ['alle-inwoners'],
    mag: ['cultuur', 'ontmoeting-in-de-wijk'],
    groep: 'hoornesgroep',
  },
  {
    slug: 'ouder-kindochtend-hoornes',
    naam: 'Ouder-kindochtend',
    omschrijving: 'Ouders en jonge kinderen spelen, lezen voor en leren elkaar kennen voor schooltijd.',
    wanneer: ['DI', '08:45', '10:00', 'WEKELIJKS'],
    bereik: 18,
    toegankelijk: true,
    bevestigd: '2026-10-07',
    door: ['obodb'],
    waar: 'tripodia',
    themas: ['jeugd', 'taal-en-digitale-vaardigheden'],
    voor: ['gezinnen', 'nieuwkomers'],
    mag: ['vroegsignalering-jeugd-en-gezin', 'basisvaardigheden'],
    groep: 'hoornesgroep',
  },
  {
    slug: 'huiswerkklas-hoornes',
    naam: 'Huiswerkklas Hoornes',
    omschrijving: 'Vrijwilligers helpen basisschoolkinderen met huiswerk en lezen.',
    wanneer: ['DO', '15:00', '16:30', 'WEKELIJKS'],
    bereik: 14,
    toegankelijk: true,
    bevestigd: '2026-10-09',
    door: ['aloysius', 'obodb'],
    waar: 'bibliotheek-hoornes',
    themas: ['jeugd', 'taal-en-digitale-vaardigheden'],
    voor: ['kinderen'],
    mag: ['basisvaardigheden'],
    groep: 'hoornesgroep',
  },
  {
    slug: 'open-restaurant-salem',
    naam: 'Open restaurant Salem',
    omschrijving: 'Warme lunch in het woonzorgcentrum, open voor ouderen uit de hele wijk.',
    wanneer: ['DO', '12:00', '13:30', 'WEKELIJKS'],
    bereik: 35,
    toegankelijk: true,
    bevestigd: '2026-11-12',
    door: ['dsv'],
    waar: 'woonzorgcentrum-salem',
    themas: ['eenzaamheid', 'ouderen'],
    voor: ['ouderen'],
    mag: ['ontmoeting-in-de-wijk', 'gezonde-leefstijl'],
    groep: 'hoornesgroep',
  },
  {
    slug: 'open-kerk-soepmaaltijd',
    naam: 'Open kerk en soepmaaltijd',
    omschrijving: 'Maandelijkse soepmaaltijd voor iedereen, gratis en zonder aanmelden.',
    wanneer: ['WO', '17:30', '19:30', 'MAANDELIJKS'],
    bereik: 45,
    toegankelijk: true,
    bevestigd: '2026-10-14',
    door: ['pnielkerk'],
    waar: 'pnielkerk',
    themas: ['eenzaamheid', 'armoede-en-schulden'],
    voor: ['kwetsbare-inwoners', 'alle-inwoners'],
    mag: ['ontmoeting-in-de-wijk', 'hulp-bij-geldzorgen'],
    groep: 'hoornesgroep',
  },
  {
    slug: 'inloopavond-de-brug',
    naam: 'Inloopavond De Brug',
    omschrijving: 'Avondinloop in de Pniëlkerk: een kop thee, een spelletje, iemand die luistert.',
    wanneer: ['DI', '19:30', '21:30', 'WEKELIJKS'],
    bereik: 15,
    toegankelijk: true,
    bevestigd: '2026-03-10',
    door: ['de-brug'],
    waar: 'pnielkerk',
    themas: ['eenzaamheid', 'ontmoeting'],
    voor: ['kwetsbare-inwoners'],
    mag: ['ontmoeting-in-de-wijk'],
    groep: 'hoornesgroep',
  },
  {
    slug: 'wijkgesprek-hoornes',
    naam: 'Wijkgesprek Hoornes',
    omschrijving: 'Maandelijks gesprek tussen bewoners, sociaal makelaar en gemeente over wat er speelt.',
    wanneer: ['MA', '19:30', '21:00', 'MAANDELIJKS'],
    bereik: 25,
    toegankelijk: true,
    bevestigd: '2026-11-02',
    door: ['gemeente-katwijk', 'welzijnskwartier'],
    waar: 'tripodia',
    themas: ['ontmoeting', 'zelfredzaamheid'],
    voor: ['alle-inwoners'],
    mag: ['ontmoeting-in-de-wijk'],
    groep: 'hoornesgroep',
  },
  {
    slug: 'buurtconcierge-spreekuur-hoornes',
    naam: 'Spreekuur buurtconciërge',
    omschrijving: 'Vragen over wonen, buren en de wijk; de buurtconciërge verwijst door.',
    wanneer: ['MA', '13:00', '15:00', 'WEKELIJKS'],
    bereik: 10,
    toegankelijk: true,
    bevestigd: '2026-10-26',
    door: ['dunavie'],
    waar: 'tripodia',
    themas: ['zelfredzaamheid'],
    voor: ['kwetsbare-inwoners'],
    mag: ['zorg-en-ondersteuning'],
  },
  {
    slug: 'taalcafe-hoornes',
    naam: 'Taalcafé Hoornes',
    omschrijving: 'Nederlands oefenen in een kleine groep met een taalvrijwilliger van het Taalhuis.',
    wanneer: ['DO', '14:00', '15:30', 'WEKELIJKS'],
    bereik: 20,
    toegankelijk: true,
    bevestigd: '2026-11-05',
    door: ['bibliotheek-katwijk'],
    waar: 'bibliotheek-hoornes',
    themas: ['taal-en-digitale-vaardigheden', 'ontmoeting-tussen-culturen'],
    voor: ['nieuwkomers'],
    mag: ['basisvaardigheden'],
  },
  {
    slug: 'taal-en-thee-hoornes',
    naam: 'Taal & Thee',
    omschrijving: 'Gemeenteleden oefenen Nederlands met nieuwkomers bij thee en koek.',
    wanneer: ['DO', '14:30', '16:00', 'WEKELIJKS'],
    bereik: 14,
    toegankelijk: true,
    bevestigd: '2026-10-02',
    door: ['baptistengemeente'],
    waar: 'tripodia',
    themas: ['taal-en-digitale-vaardigheden', 'ontmoeting-tussen-culturen'],
    voor: ['nieuwkomers'],
    mag: ['basisvaardigheden'],
  },
  {
    slug: 'digicafe-hoornes',
    naam: 'Digicafé Hoornes',
    omschrijving: 'Hulp bij DigiD, e-mail en de telefoon.',
    wanneer: ['MA', '10:00', '12:00', 'WEKELIJKS'],
    bereik: 12,
    toegankelijk: true,
    bevestigd: '2026-09-21',
    door: ['bibliotheek-katwijk'],
    waar: 'bibliotheek-hoornes',
    themas: ['taal-en-digitale-vaardigheden', 'zelfredzaamheid'],
    voor: ['ouderen', 'alle-inwoners'],
    mag: ['basisvaardigheden'],
  },
  {
    slug: 'iwak-ontmoetingsavond',
    naam: 'Ontmoetingsavond met bewoners van het azc',
    omschrijving: 'Kerken uit heel Katwijk ontmoeten bewoners van het azc: eten, spel en gesprek.',
    wanneer: ['DI', '19:30', '21:30', 'MAANDELIJKS'],
    bereik: 50,
    toegankelijk: true,
    bevestigd: '2025-12-09',
    door: ['iwak'],
    waar: 'tripodia',
    themas: ['ontmoeting-tussen-culturen'],
    voor: ['nieuwkomers'],
    mag: ['ondersteuning-statushouders'],
  },

  // Katwijk aan Zee Centrum
  {
    slug: 'koffieochtend-de-zwanenburg',
    naam: 'Koffieochtend De Zwanenburg',
    omschrijving: 'Wekelijkse koffieochtend van de AOBK voor ouderen uit het Oude Dorp.',
    wanneer: ['DI', '10:00', '11:30', 'WEKELIJKS'],
    bereik: 30,
    toegankelijk: true,
    bevestigd: '2026-11-10',
    door: ['aobk'],
    waar: 'dienstencentrum-de-zwanenburg',
    themas: ['eenzaamheid', 'ontmoeting'],
    voor: ['ouderen'],
    mag: ['ontmoeting-in-de-wijk'],
    groep: 'samen-oud-oude-dorp',
  },
  {
    slug: 'ontmoetingsochtend-oude-dorp',
    naam: 'Ontmoetingsochtend Oude Dorp',
    omschrijving: 'Ontmoetingsochtend met een welzijnswerker, bedoeld voor alleenwonende ouderen.',
    wanneer: ['DI', '10:00', '12:00', 'WEKELIJKS'],
    bereik: 18,
    toegankelijk: true,
    bevestigd: '2026-03-02',
    door: ['welzijnskwartier'],
    waar: 'zalencentrum-het-anker',
    themas: ['eenzaamheid', 'ontmoeting'],
    voor: ['ouderen'],
    mag: ['ontmoeting-in-de-wijk'],
  },
  {
    slug: 'ouderenspreekuur-zwanenburg',
    naam: 'Ouderenspreekuur AOBK en Welzijnskwartier',
    omschrijving: 'Wekelijks spreekuur voor vragen over wonen, zorg, geld en mantelzorg.',
    wanneer: ['WO', '10:00', '11:30', 'WEKELIJKS'],
    bereik: 8,
    toegankelijk: true,
    bevestigd: '2026-10-28',
    door: ['aobk', 'welzijnskwartier'],
    waar: 'dienstencentrum-de-zwanenburg',
    themas: ['zelfredzaamheid', 'ouderen'],
    voor: ['ouderen', 'mantelzorgers'],
    mag: ['mantelzorgondersteuning', 'ondersteuning-vrijwilligers'],
    groep: 'samen-oud-oude-dorp',
  },
  {
    slug: 'mantelzorgcafe-oude-dorp',
    naam: 'Mantelzorgcafé Oude Dorp',
    omschrijving: 'Mantelzorgers delen ervaringen; elke maand een ander thema.',
    wanneer: ['DI', '19:30', '21:30', 'MAANDELIJKS'],
    bereik: 14,
    toegankelijk: true,
    bevestigd: '2026-09-08',
    door: ['welzijnskwartier', 'marente'],
    waar: 'dienstencentrum-de-zwanenburg',
    themas: ['mantelzorg'],
    voor: ['mantelzorgers'],
    mag: ['mantelzorgondersteuning'],
    groep: 'samen-oud-oude-dorp',
  },
  {
    slug: 'wandelmaatjes-boulevard',
    naam: 'Wandelmaatjes Boulevard',
    omschrijving: 'Samen wandelen langs de Boulevard met een vaste maatje; start bij Het Anker.',
    wanneer: ['ZA', '10:00', '11:30', 'WEKELIJKS'],
    bereik: 12,
    toegankelijk: false,
    bevestigd: '2026-10-11',
    door: ['maatjesopmaat'],
    waar: 'zalencentrum-het-anker',
    themas: ['eenzaamheid', 'bewegen-en-gezondheid'],
    voor: ['kwetsbare-inwoners', 'ggz-achtergrond'],
    mag: ['burenhulp', 'sport-en-bewegen'],
    groep: 'samen-oud-oude-dorp',
  },
  {
    slug: 'thuisadministratie-spreekuur-kaz',
    naam: 'Spreekuur Thuisadministratie',
    omschrijving: 'Vrijwilligers helpen met post, rekeningen en formulieren.',
    wanneer: ['DO', '10:00', '12:00', 'WEKELIJKS'],
    bereik: 9,
    toegankelijk: true,
    bevestigd: '2026-10-16',
    door: ['humanitas-katwijk'],
    waar: 'bibliotheek-katwijk-schelpendam',
    themas: ['armoede-en-schulden', 'zelfredzaamheid'],
    voor: ['kwetsbare-inwoners'],
    mag: ['hulp-bij-geldzorgen'],
  },
  {
    slug: 'leesclub-schelpendam',
    naam: 'Leesclub in de bibliotheek',
    omschrijving: 'Maandelijks een boek bespreken, ook verhalen over het oude Katwijk.',
    wanneer: ['DO', '19:30', '21:00', 'MAANDELIJKS'],
    bereik: 16,
    toegankelijk: true,
    bevestigd: '2026-09-18',
    door: ['bibliotheek-katwijk'],
    waar: 'bibliotheek-katwijk-schelpendam',
    themas: ['kunst-en-cultuur', 'ontmoeting'],
    voor: ['alle-inwoners'],
    mag: ['cultuur', 'erfgoed'],
  },

  // Zanderij
  {
    slug: 'walking-football-quick-boys',
    naam: 'Walking football 60+',
    omschrijving: 'Voetbal zonder rennen voor 60-plussers, met koffie in de kantine na afloop.',
    wanneer: ['WO', '10:00', '11:30', 'WEKELIJKS'],
    bereik: 24,
    toegankelijk: false,
    bevestigd: '2026-10-29',
    door: ['quick-boys'],
    waar: 'sportpark-nieuw-zuid',
    themas: ['bewegen-en-gezondheid', 'ouderen'],
    voor: ['ouderen'],
    mag: ['sport-en-bewegen'],
    groep: 'zanderij-in-beweging',
  },
  {
    slug: 'g-voetbal-quick-boys',
    naam: 'G-voetbaltraining',
    omschrijving: 'Voetbaltraining voor spelers met een beperking, met begeleiders van Gemiva.',
    wanneer: ['ZA', '09:30', '10:30', 'WEKELIJKS'],
    bereik: 16,
    toegankelijk: true,
    bevestigd: '2026-10-03',
    door: ['quick-boys', 'gemiva'],
    waar: 'sportpark-nieuw-zuid',
    themas: ['inclusie', 'bewegen-en-gezondheid'],
    voor: ['mensen-met-een-beperking'],
    mag: ['sport-en-bewegen'],
    groep: 'zanderij-in-beweging',
  },
  {
    slug: 'sportinstuif-zanderij',
    naam: 'Sportinstuif kinderen',
    omschrijving: 'Woensdagmiddag sporten voor basisschoolkinderen uit de wijk.',
    wanneer: ['WO', '14:00', '15:30', 'WEKELIJKS'],
    bereik: 35,
    toegankelijk: true,
    bevestigd: '2026-11-11',
    door: ['welzijnskwartier', 'quick-boys'],
    waar: 'sportpark-nieuw-zuid',
    themas: ['jeugd', 'bewegen-en-gezondheid'],
    voor: ['kinderen'],
    mag: ['sport-en-bewegen', 'jongerenwerk'],
    groep: 'zanderij-in-beweging',
  },

  // Cleijn Duin
  {
    slug: 'buurtbakkie-cleijn-duin',
    naam: 'Buurtbakkie',
    omschrijving: 'Wekelijks koffie drinken met buren in het Huis van de Wijk.',
    wanneer: ['WO', '10:00', '11:30', 'WEKELIJKS'],
    bereik: 30,
    toegankelijk: true,
    bevestigd: '2026-11-13',
    door: ['welzijnskwartier'],
    waar: 'huis-van-de-wijk-cleijn-duin',
    themas: ['eenzaamheid', 'ontmoeting'],
    voor: ['alle-inwoners', 'ouderen'],
    mag: ['ontmoeting-in-de-wijk'],
    groep: 'cleijn-duin-verbindt',
  },
  {
    slug: 'bewegen-voor-ouderen-cleijn-duin',
    naam: 'Bewegen voor ouderen',
    omschrijving: 'Stoelgym en balanstraining met een fysiotherapeut van het gezondheidscentrum.',
    wanneer: ['MA', '10:00', '11:00', 'WEKELIJKS'],
    bereik: 20,
    toegankelijk: true,
    bevestigd: '2026-10-19',
    door: ['welzijnskwartier', 'gezondheidscentrum-cleijn-duin'],
    waar: 'huis-van-de-wijk-cleijn-duin',
    themas: ['bewegen-en-gezondheid', 'ouderen'],
    voor: ['ouderen'],
    mag: ['sport-en-bewegen', 'gezonde-leefstijl'],
    groep: 'cleijn-duin-verbindt',
  },
  {
    slug: 'kinderclub-cleijn-duin',
    naam: 'Kinderclub Cleijn Duin',
    omschrijving: 'Knutselen, spelen en koken voor kinderen van 6 tot 12.',
    wanneer: ['WO', '14:00', '15:30', 'WEKELIJKS'],
    bereik: 25,
    toegankelijk: true,
    bevestigd: '2026-10-22',
    door: ['welzijnskwartier'],
    waar: 'huis-van-de-wijk-cleijn-duin',
    themas: ['jeugd'],
    voor: ['kinderen'],
    mag: ['jongerenwerk'],
  },
  {
    slug: 'klaverjassen-de-mijlpaal',
    naam: 'Klaverjasavond',
    omschrijving: 'Klaverjassen met de wijkvereniging; ook bewoners uit Witte Hek komen.',
    wanneer: ['VR', '19:30', '22:30', 'TWEEWEKELIJKS'],
    bereik: 32,
    toegankelijk: false,
    bevestigd: '2026-09-25',
    door: ['wijkvereniging-cleijn-duin-witte-hek'],
    waar: 'de-mijlpaal',
    themas: ['ontmoeting', 'eenzaamheid'],
    voor: ['alle-inwoners', 'ouderen'],
    mag: ['ontmoeting-in-de-wijk'],
  },
  {
    slug: 'herstelcafe-cleijn-duin',
    naam: 'Herstelcafé',
    omschrijving: 'Inloop voor mensen met een GGZ-achtergrond, samen met andere wijkbewoners.',
    wanneer: ['DO', '13:30', '15:30', 'WEKELIJKS'],
    bereik: 14,
    toegankelijk: true,
    bevestigd: '2026-11-06',
    door: ['ggz-rivierduinen', 'welzijnskwartier'],
    waar: 'huis-van-de-wijk-cleijn-duin',
    themas: ['inclusie', 'eenzaamheid'],
    voor: ['ggz-achtergrond', 'alle-inwoners'],
    mag: ['ontmoeting-in-de-wijk'],
    groep: 'cleijn-duin-verbindt',
  },
  {
    slug: 'maatjesspreekuur-cleijn-duin',
    naam: 'Maatjesspreekuur',
    omschrijving: 'Aanmelden voor een maatje, of maatje worden.',
    wanneer: ['DI', '13:00', '14:30', 'TWEEWEKELIJKS'],
    bereik: 6,
    toegankelijk: true,
    bevestigd: '2026-08-18',
    door: ['maatjesopmaat'],
    waar: 'huis-van-de-wijk-cleijn-duin',
    themas: ['eenzaamheid', 'burenhulp'],
    voor: ['kwetsbare-inwoners'],
    mag: ['burenhulp', 'ondersteuning-vrijwilligers'],
    groep: 'cleijn-duin-verbindt',
  },
  {
    slug: 'duofietsritten-cleijn-duin',
    naam: 'Duofietsritten',
    omschrijving: 'Een vrijwilliger fietst samen met iemand die zelf niet meer kan fietsen.',
    wanneer: ['DO', '10:00', '12:00', 'WEKELIJKS'],
    bereik: 8,
    toegankelijk: true,
    bevestigd: '2025-12-10',
    door: ['fietsmaatjes'],
    waar: 'huis-van-de-wijk-cleijn-duin',
    themas: ['bewegen-en-gezondheid', 'eenzaamheid'],
    voor: ['ouderen', 'mensen-met-een-beperking'],
    mag: ['burenhulp', 'sport-en-bewegen'],
    groep: 'cleijn-duin-verbindt',
  },

  // Rijnsoever
  {
    slug: 'burenhulpcafe-rijnsoever',
    naam: 'Burenhulpcafé Rijnsoever',
    omschrijving: 'Vraag en aanbod van hulp tussen buren, bij een kop koffie.',
    wanneer: ['DI', '10:00', '11:30', 'TWEEWEKELIJKS'],
    bereik: 14,
    toegankelijk: true,
    bevestigd: '2026-10-20',
    door: ['vtv'],
    waar: 'huiskamer-rijnsoever',
    themas: ['burenhulp'],
    voor: ['alle-inwoners', 'ouderen'],
    mag: ['burenhulp'],
    groep: 'rijnsoever-samen',
  },
  {
    slug: 'huiskamer-rijnsoever-inloop',
    naam: 'Huiskamer Rijnsoever',
    omschrijving: 'Inloopochtend in de gemeenschappelijke ruimte van het complex.',
    wanneer: ['DO', '10:00', '12:00', 'WEKELIJKS'],
    bereik: 16,
    toegankelijk: true,
    bevestigd: '2026-11-05',
    door: ['dunavie', 'welzijnskwartier'],
    waar: 'huiskamer-rijnsoever',
    themas: ['eenzaamheid', 'ontmoeting'],
    voor: ['ouderen', 'kwetsbare-inwoners'],
    mag: ['ontmoeting-in-de-wijk'],
    groep: 'rijnsoever-samen',
  },
  {
    slug: 'klussendienst-rijnsoever',
    naam: 'Klussendienst Rijnsoever',
    omschrijving: 'Vrijwilligers doen kleine klussen bij ouderen en mensen met een beperking.',
    wanneer: ['ZA', '10:00', '12:00', 'MAANDELIJKS'],
    bereik: 6,
    toegankelijk: true,
    bevestigd: '2026-06-20',
    door: ['vtv'],
    waar: 'huiskamer-rijnsoever',
    themas: ['burenhulp', 'zelfredzaamheid'],
    voor: ['ouderen', 'mensen-met-een-beperking'],
    mag: ['burenhulp'],
    groep: 'rijnsoever-samen',
  },
  {
    slug: 'klik-en-tik-rijnsoever',
    naam: 'Klik & Tik-spreekuur',
    omschrijving: 'Leren omgaan met computer en tablet, in eigen tempo.',
    wanneer: ['MA', '14:00', '15:30', 'TWEEWEKELIJKS'],
    bereik: 8,
    toegankelijk: true,
    bevestigd: '2026-09-29',
    door: ['bibliotheek-katwijk'],
    waar: 'huiskamer-rijnsoever',
    themas: ['taal-en-digitale-vaardigheden'],
    voor: ['ouderen'],
    mag: ['basisvaardigheden'],
  },

  // Katwijk-Noord Centrum
  {
    slug: 'jeugdraad-vv-katwijk',
    naam: 'Jeugdraad-avond',
    omschrijving: 'De jeugdraad van de club bespreekt plannen en activiteiten voor jongeren.',
    wanneer: ['DI', '19:30', '21:00', 'MAANDELIJKS'],
    bereik: 12,
    toegankelijk: false,
    bevestigd: '2026-10-06',
    door: ['vv-katwijk'],
    waar: 'sportpark-vv-katwijk',
    themas: ['jeugd'],
    voor: ['jongeren'],
    mag: ['jongerenwerk'],
    groep: 'jong-katwijk-noord',
  },
  {
    slug: 'pannavoetbal-katwijk-noord',
    naam: 'Pannavoetbal',
    omschrijving: 'Pannakooi op vrijdagmiddag, met een jongerenwerker erbij.',
    wanneer: ['VR', '15:30', '17:30', 'WEKELIJKS'],
    bereik: 28,
    toegankelijk: false,
    bevestigd: '2026-11-07',
    door: ['welzijnskwartier', 'vv-katwijk'],
    waar: 'sportpark-vv-katwijk',
    themas: ['jeugd', 'bewegen-en-gezondheid'],
    voor: ['jongeren', 'kinderen'],
    mag: ['jongerenwerk', 'sport-en-bewegen'],
    groep: 'jong-katwijk-noord',
  },
  {
    slug: 'jongerensoos-katwijk-noord',
    naam: 'Jongerensoos',
    omschrijving: 'Zaterdagavondsoos, door jongeren zelf georganiseerd.',
    wanneer: ['ZA', '20:00', '23:00', 'WEKELIJKS'],
    bereik: 40,
    toegankelijk: false,
    bevestigd: '2026-10-24',
    door: ['jongerenvereniging-katwijk-noord'],
    waar: 'sportpark-vv-katwijk',
    themas: ['jeugd'],
    voor: ['jongeren'],
    mag: ['jongerenwerk'],
    groep: 'jong-katwijk-noord',
  },

  // Katwijk aan den Rijn Dorp
  {
    slug: 'huiskamer-kadr-middag',
    naam: 'Huiskamermiddag',
    omschrijving: 'Dinsdagmiddag open huiskamer voor ouderen uit Katwijk aan den Rijn.',
    wanneer: ['DI', '14:00', '16:00', 'WEKELIJKS'],
    bereik: 20,
    toegankelijk: true,
    bevestigd: '2026-11-03',
    door: ['seniorenbelangen-kat-rijn', 'wijkraad-kadr'],
    waar: 'huiskamer-katwijk-aan-den-rijn',
    themas: ['eenzaamheid', 'ontmoeting'],
    voor: ['ouderen'],
    mag: ['ontmoeting-in-de-wijk'],
    groep: 'kadr-dichtbij',
  },
  {
    slug: 'boekenpunt-kadr',
    naam: 'Boekenpunt en voorleesuurtje',
    omschrijving: 'Boeken lenen en terugbrengen, en voorlezen voor kinderen.',
    wanneer: ['WO', '15:00', '16:00', 'TWEEWEKELIJKS'],
    bereik: 15,
    toegankelijk: true,
    bevestigd: '2026-02-15',
    door: ['bibliotheek-katwijk'],
    waar: 'huiskamer-katwijk-aan-den-rijn',
    themas: ['taal-en-digitale-vaardigheden'],
    voor: ['kinderen', 'ouderen'],
    mag: ['basisvaardigheden'],
    groep: 'kadr-dichtbij',
  },
  {
    slug: 'mantelzorgcafe-kadr',
    naam: 'Mantelzorgcafé Katwijk aan den Rijn',
    omschrijving: 'Maandelijkse avond voor mantelzorgers, met informatie over respijtzorg.',
    wanneer: ['DO', '19:30', '21:00', 'MAANDELIJKS'],
    bereik: 10,
    toegankelijk: true,
    bevestigd: '2026-09-11',
    door: ['welzijnskwartier'],
    waar: 'huiskamer-katwijk-aan-den-rijn',
    themas: ['mantelzorg'],
    voor: ['mantelzorgers'],
    mag: ['mantelzorgondersteuning'],
    groep: 'kadr-dichtbij',
  },
  {
    slug: 'wijkraadavond-kadr',
    naam: 'Open wijkraadavond',
    omschrijving: 'De wijkraad praat met bewoners over veiligheid, verkeer en voorzieningen.',
    wanneer: ['MA', '20:00', '22:00', 'MAANDELIJKS'],
    bereik: 30,
    toegankelijk: true,
    bevestigd: '2026-10-05',
    door: ['wijkraad-kadr'],
    waar: 'huiskamer-katwijk-aan-den-rijn',
    themas: ['sociale-veiligheid', 'ontmoeting'],
    voor: ['alle-inwoners'],
    mag: ['sociale-veiligheid'],
  },

  // Rijnsburg Centrum
  {
    slug: 'ouderenmiddag-pcob-rijnsburg',
    naam: 'Ouderenmiddag PCOB',
    omschrijving: 'Middag met lezing of muziek en een kop thee voor ouderen uit Rijnsburg.',
    wanneer: ['WO', '14:00', '16:30', 'TWEEWEKELIJKS'],
    bereik: 45,
    toegankelijk: true,
    bevestigd: '2026-10-15',
    door: ['pcob-rijnsburg-valkenburg'],
    waar: 'dorpshuis-rijnsburg',
    themas: ['eenzaamheid', 'ontmoeting'],
    voor: ['ouderen'],
    mag: ['ontmoeting-in-de-wijk'],
    groep: 'rijnsburg-zorgt',
  },
  {
    slug: 'humanitas-huiskamer-rijnsburg',
    naam: 'Humanitas Huiskamer Rijnsburg',
    omschrijving: 'Gezellige middag voor wie weinig contacten heeft.',
    wanneer: ['WO', '14:30', '16:00', 'WEKELIJKS'],
    bereik: 12,
    toegankelijk: true,
    bevestigd: '2026-01-08',
    door: ['humanitas-katwijk'],
    waar: 'bibliotheek-rijnsburg',
    themas: ['eenzaamheid', 'ontmoeting'],
    voor: ['ouderen'],
    mag: ['ontmoeting-in-de-wijk'],
  },
  {
    slug: 'mantelzorgsteunpunt-rijnsburg',
    naam: 'Mantelzorgsteunpunt Rijnsburg',
    omschrijving: 'Inloop voor mantelzorgers: vragen, een luisterend oor en doorverwijzing.',
    wanneer: ['DO', '10:00', '11:30', 'TWEEWEKELIJKS'],
    bereik: 8,
    toegankelijk: true,
    bevestigd: '2026-10-23',
    door: ['welzijnskwartier', 'marente'],
    waar: 'dorpshuis-rijnsburg',
    themas: ['mantelzorg'],
    voor: ['mantelzorgers'],
    mag: ['mantelzorgondersteuning'],
    groep: 'rijnsburg-zorgt',
  },
  {
    slug: 'burenhulp-rijnsburg',
    naam: 'Burenhulp Rijnsburg: koffie en klussen',
    omschrijving: 'Hulpvragen ophalen en koppelen aan vrijwilligers uit het dorp.',
    wanneer: ['MA', '10:00', '11:30', 'WEKELIJKS'],
    bereik: 10,
    toegankelijk: true,
    bevestigd: '2026-11-09',
    door: ['vtv'],
    waar: 'dorpshuis-rijnsburg',
    themas: ['burenhulp'],
    voor: ['ouderen'],
    mag: ['burenhulp'],
    groep: 'rijnsburg-zorgt',
  },
  {
    slug: 'taalspreekuur-rijnsburg',
    naam: 'Taalspreekuur Rijnsburg',
    omschrijving: 'Hulp bij lezen en schrijven en bij het vinden van een taalcursus.',
    wanneer: ['DI', '10:00', '11:30', 'WEKELIJKS'],
    bereik: 6,
    toegankelijk: true,
    bevestigd: '2026-06-02',
    door: ['bibliotheek-katwijk'],
    waar: 'bibliotheek-rijnsburg',
    themas: ['taal-en-digitale-vaardigheden'],
    voor: ['nieuwkomers', 'alle-inwoners'],
    mag: ['basisvaardigheden'],
  },
  {
    slug: 'samen-eten-dorpshuis-rijnsburg',
    naam: 'Samen eten in het dorpshuis',
    omschrijving: 'Maandelijkse maaltijd voor een kleine prijs, gekookt door vrijwilligers.',
    wanneer: ['VR', '17:30', '19:30', 'MAANDELIJKS'],
    bereik: 50,
    toegankelijk: true,
    bevestigd: '2026-10-30',
    door: ['stichting-dorpshuis-rijnsburg'],
    waar: 'dorpshuis-rijnsburg',
    themas: ['eenzaamheid', 'ontmoeting'],
    voor: ['alle-inwoners'],
    mag: ['ontmoeting-in-de-wijk'],
    groep: 'rijnsburg-zorgt',
  },
  {
    slug: 'mee-spreekuur-rijnsburg',
    naam: 'MEE-spreekuur',
    omschrijving: 'Cliëntondersteuning voor mensen met een beperking en hun naasten.',
    wanneer: ['DI', '09:30', '11:30', 'TWEEWEKELIJKS'],
    bereik: 5,
    toegankelijk: true,
    bevestigd: '2026-09-16',
    door: ['mee-zhn'],
    waar: 'dorpshuis-rijnsburg',
    themas: ['zelfredzaamheid', 'inclusie'],
    voor: ['mensen-met-een-beperking'],
    mag: ['zorg-en-ondersteuning'],
  },

  // Rijnsburg Oost
  {
    slug: 'g-voetbal-rijnsburgse-boys',
    naam: 'G-voetbal Rijnsburgse Boys',
    omschrijving: 'Training en onderlinge wedstrijden voor spelers met een beperking.',
    wanneer: ['ZA', '10:00', '11:00', 'WEKELIJKS'],
    bereik: 18,
    toegankelijk: true,
    bevestigd: '2026-10-31',
    door: ['rijnsburgse-boys', 'gemiva'],
    waar: 'sportpark-middelmors',
    themas: ['inclusie', 'bewegen-en-gezondheid'],
    voor: ['mensen-met-een-beperking'],
    mag: ['sport-en-bewegen'],
    groep: 'inclusief-rijnsburg',
  },
  {
    slug: 'ontmoetingscafe-middelmors',
    naam: 'Ontmoetingscafé Middelmors',
    omschrijving: 'Ontmoetingscafé in de kantine, voor mensen met en zonder beperking of GGZ-achtergrond.',
    wanneer: ['DO', '14:00', '16:00', 'WEKELIJKS'],
    bereik: 20,
    toegankelijk: true,
    bevestigd: '2026-11-06',
    door: ['gemiva', 'raamwerk'],
    waar: 'sportpark-middelmors',
    themas: ['inclusie', 'ontmoeting'],
    voor: ['mensen-met-een-beperking', 'ggz-achtergrond', 'alle-inwoners'],
    mag: ['ontmoeting-in-de-wijk', 'burenhulp'],
    groep: 'inclusief-rijnsburg',
  },
  {
    slug: 'walking-football-rijnsburg',
    naam: 'Walking football Rijnsburg',
    omschrijving: 'Wandelvoetbal voor 60-plussers.',
    wanneer: ['DI', '10:00', '11:30', 'WEKELIJKS'],
    bereik: 20,
    toegankelijk: true,
    bevestigd: '2026-09-22',
    door: ['rijnsburgse-boys'],
    waar: 'sportpark-middelmors',
    themas: ['bewegen-en-gezondheid', 'ouderen'],
    voor: ['ouderen'],
    mag: ['sport-en-bewegen'],
  },

  // Valkenburg Dorp
  {
    slug: 'soos-valkenburg',
    naam: 'Soos Valkenburg',
    omschrijving: 'Wekelijkse soos met spelletjes en een praatje.',
    wanneer: ['DO', '14:00', '16:30', 'WEKELIJKS'],
    bereik: 28,
    toegankelijk: true,
    bevestigd: '2026-10-29',
    door: ['pcob-rijnsburg-valkenburg'],
    waar: 'dorpshuis-valkenburg',
    themas: ['eenzaamheid', 'ontmoeting'],
    voor: ['ouderen'],
    mag: ['ontmoeting-in-de-wijk'],
    groep: 'valkenburg-verbonden',
  },
  {
    slug: 'digicafe-valkenburg',
    naam: 'Digicafé Valkenburg',
    omschrijving: 'Hulp bij telefoon, tablet en DigiD.',
    wanneer: ['DI', '10:00', '12:00', 'TWEEWEKELIJKS'],
    bereik: 8,
    toegankelijk: true,
    bevestigd: '2025-10-01',
    door: ['bibliotheek-katwijk'],
    waar: 'bibliotheek-valkenburg',
    themas: ['taal-en-digitale-vaardigheden'],
    voor: ['ouderen'],
    mag: ['basisvaardigheden'],
  },
  {
    slug: 'dorpsmaaltijd-valkenburg',
    naam: 'Dorpsmaaltijd',
    omschrijving: 'Samen eten met oude en nieuwe Valkenburgers, ook uit Valkenhorst.',
    wanneer: ['WO', '17:30', '19:30', 'MAANDELIJKS'],
    bereik: 55,
    toegankelijk: true,
    bevestigd: '2026-11-01',
    door: ['stichting-dorpshuis-valkenburg', 'welzijnskwartier'],
    waar: 'dorpshuis-valkenburg',
    themas: ['eenzaamheid', 'ontmoeting'],
    voor: ['alle-inwoners'],
    mag: ['ontmoeting-in-de-wijk'],
    groep: 'valkenburg-verbonden',
  },
  {
    slug: 'duofiets-valkenburg',
    naam: 'Duofiets Valkenburg',
    omschrijving: 'Fietstochten op de duofiets door de polder rond Valkenburg.',
    wanneer: ['VR', '10:00', '12:00', 'WEKELIJKS'],
    bereik: 6,
    toegankelijk: true,
    bevestigd: '2026-08-21',
    door: ['fietsmaatjes'],
    waar: 'dorpshuis-valkenburg',
    themas: ['bewegen-en-gezondheid', 'eenzaamheid'],
    voor: ['ouderen', 'mensen-met-een-beperking'],
    mag: ['burenhulp', 'sport-en-bewegen'],
    groep: 'valkenburg-verbonden',
  },
  {
    slug: 'kidsclub-valkenburg',
    naam: 'Kidsclub Valkenburg',
    omschrijving: 'Woensdagmiddagclub voor kinderen uit het dorp en uit Valkenhorst.',
    wanneer: ['WO', '14:00', '15:30', 'WEKELIJKS'],
    bereik: 22,
    toegankelijk: true,
    bevestigd: '2026-10-08',
    door: ['welzijnskwartier'],
    waar: 'dorpshuis-valkenburg',
    themas: ['jeugd'],
    voor: ['kinderen', 'gezinnen'],
    mag: ['jongerenwerk'],
  },
];

// ── Signalen ──────────────────────────────────────────────────────────────────────────────────────

interface SignaalDef {
  slug: string;
  titel: string;
  omschrijving: string;
  bron: SignaalBron;
  status: SignaalStatus;
  datum: IsoDate;
  wijk: WijkNaam;
  themas: ThemaSlug[];
  eigenaar?: PartnerSlug;
}

const SIGNALEN: SignaalDef[] = [
  {
    slug: 'witte-hek-alleenwonende-ouderen',
    titel: 'Alleenwonende ouderen in Witte Hek komen de deur niet uit',
    omschrijving:
      'Het wijkteam ziet meer ouderen die nergens meer naartoe gaan; in de wijk zelf is geen ontmoetingsaanbod.',
    bron: 'WIJKTEAM',
    status: 'OPEN',
    datum: '2026-10-14',
    wijk: 'Witte Hek',
    themas: ['eenzaamheid', 'ouderen'],
  },
  {
    slug: 'witte-hek-huiskamer-gevraagd',
    titel: 'Wijkvereniging vraagt om een huiskamer in Witte Hek',
    omschrijving: 'De Mijlpaal is voor veel ouderen uit Witte Hek te ver en niet toegankelijk.',
    bron: 'PARTNER',
    status: 'IN_BEHANDELING',
    datum: '2026-08-20',
    wijk: 'Witte Hek',
    themas: ['ontmoeting', 'eenzaamheid'],
    eigenaar: 'welzijnskwartier',
  },
  {
    slug: 'hoornes-jongeren-hangplek',
    titel: 'Overlast rond hangplek bij het Hoornesplein',
    omschrijving: 'Jongeren hebben buiten de vrijdagavond geen plek; winkeliers melden overlast.',
    bron: 'WIJKWERKER',
    status: 'IN_BEHANDELING',
    datum: '2026-09-02',
    wijk: 'De Hoornes',
    themas: ['jeugd', 'sociale-veiligheid'],
    eigenaar: 'welzijnskwartier',
  },
  {
    slug: 'hoornes-taalvragen-nieuwkomers',
    titel: 'Veel taalvragen van nieuwkomers',
    omschrijving: 'Statushouders in Hoornes Noord-Oost weten het Taalhuis niet te vinden.',
    bron: 'WIJKTEAM',
    status: 'BEANTWOORD',
    datum: '2025-11-10',
    wijk: 'De Hoornes',
    themas: ['taal-en-digitale-vaardigheden', 'ontmoeting-tussen-culturen'],
    eigenaar: 'bibliotheek-katwijk',
  },
  {
    slug: 'hoornes-ontmoeting-na-sluiting-de-schelp',
    titel: 'Geen ontmoetingsplek meer na sluiting De Schelp',
    omschrijving:
      'Na het sluiten van buurtcentrum De Schelp misten bewoners een plek; opgevangen in TriPodia.',
    bron: 'WIJKWERKER',
    status: 'BEANTWOORD',
    datum: '2023-02-01',
    wijk: 'De Hoornes',
    themas: ['ontmoeting', 'eenzaamheid'],
    eigenaar: 'welzijnskwartier',
  },
  {
    slug: 'hoornes-feest-van-alle-culturen',
    titel: 'Bewoners willen een feest van alle culturen',
    omschrijving:
      'Uit het wijkgesprek: een jaarlijks feest waar alle nationaliteiten van de wijk zich laten zien.',
    bron: 'BEWONER',
    status: 'BEANTWOORD',
    datum: '2024-05-20',
    wijk: 'De Hoornes',
    themas: ['ontmoeting-tussen-culturen', 'kunst-en-cultuur'],
    eigenaar: 'tripodia',
  },
  {
    slug: 'valkenhorst-nieuwe-bewoners',
    titel: 'Nieuwe bewoners Valkenhorst kennen elkaar niet',
    omschrijving: 'De eerste straten zijn bewoond, maar er is nog geen enkele plek om elkaar te ontmoeten.',
    bron: 'WIJKMANAGER',
    status: 'OPEN',
    datum: '2026-10-30',
    wijk: 'Valkenhorst',
    themas: ['ontmoeting', 'burenhulp'],
  },
  {
    slug: 'valkenhorst-jonge-gezinnen',
    titel: 'Jonge gezinnen in Valkenhorst zoeken aansluiting',
    omschrijving: 'Ouders vragen om een speel-o-theek of ouder-kindochtend in de nieuwe wijk.',
    bron: 'BEWONER',
    status: 'OPEN',
    datum: '2026-11-05',
    wijk: 'Valkenhorst',
    themas: ['jeugd'],
  },
  {
    slug: 'duinvallei-geldzorgen',
    titel: 'Toename geldzorgen in Duinvallei',
    omschrijving: 'Meer aanmeldingen voor schuldhulp uit Duinvallei; veel mensen melden zich laat.',
    bron: 'WIJKTEAM',
    status: 'IN_BEHANDELING',
    datum: '2026-07-15',
    wijk: 'Duinvallei',
    themas: ['armoede-en-schulden'],
    eigenaar: 'wijkteam-katwijk',
  },
  {
    slug: 'duinvallei-eenzaamheid',
    titel: 'Eenzaamheid achter de voordeur in Duinvallei',
    omschrijving: 'Het wijkteam kan cliënten uit Duinvallei nergens in de eigen wijk naartoe verwijzen.',
    bron: 'WIJKTEAM',
    status: 'OPEN',
    datum: '2026-09-22',
    wijk: 'Duinvallei',
    themas: ['eenzaamheid'],
  },
  {
    slug: 'kadr-zuid-mantelzorgers-overbelast',
    titel: 'Overbelaste mantelzorgers in Katwijk aan den Rijn Zuid',
    omschrijving: 'Mantelzorgers vinden het mantelzorgcafé in het dorp niet, of hebben er geen tijd voor.',
    bron: 'WIJKTEAM',
    status: 'OPEN',
    datum: '2026-06-03',
    wijk: 'Katwijk aan den Rijn Zuid',
    themas: ['mantelzorg'],
  },
  {
    slug: 'kadr-bibliotheek-gemist',
    titel: 'Bibliotheek in Katwijk aan den Rijn gemist',
    omschrijving:
      'Ouderen misten de bibliotheek als plek om even binnen te lopen; nu opgevangen met de huiskamer en het boekenpunt.',
    bron: 'BEWONER',
    status: 'BEANTWOORD',
    datum: '2024-04-10',
    wijk: 'Katwijk aan den Rijn Dorp',
    themas: ['ontmoeting', 'taal-en-digitale-vaardigheden'],
    eigenaar: 'wijkraad-kadr',
  },
  {
    slug: 'rijnsburg-west-eenzame-ouderen',
    titel: 'Eenzame ouderen in Rijnsburg West',
    omschrijving: 'De PCOB hoort van leden in Rijnsburg West dat ze de middagen in het dorp te ver vinden.',
    bron: 'PARTNER',
    status: 'OPEN',
    datum: '2026-10-01',
    wijk: 'Rijnsburg West',
    themas: ['eenzaamheid', 'ouderen'],
  },
  {
    slug: 'cleijn-duin-beweegaanbod',
    titel: 'Vraag naar beweegaanbod voor ouderen',
    omschrijving: 'Bewoners vroegen om bewegen dicht bij huis; nu wekelijks in het Huis van de Wijk.',
    bron: 'WIJKWERKER',
    status: 'BEANTWOORD',
    datum: '2025-03-12',
    wijk: 'Cleijn Duin',
    themas: ['bewegen-en-gezondheid', 'ouderen'],
    eigenaar: 'welzijnskwartier',
  },
  {
    slug: 'oude-dorp-dubbele-koffieochtend',
    titel: 'Twee koffieochtenden op dinsdag in het Oude Dorp',
    omschrijving:
      'De AOBK meldt dat Welzijnskwartier op hetzelfde moment een ochtend voor dezelfde ouderen houdt.',
    bron: 'PARTNER',
    status: 'IN_BEHANDELING',
    datum: '2026-10-08',
    wijk: 'Katwijk aan Zee Centrum',
    themas: ['ontmoeting', 'eenzaamheid'],
    eigenaar: 'welzijnskwartier',
  },
  {
    slug: 'rijnsoever-burenhulp',
    titel: 'Burenhulp in Rijnsoever komt niet op gang',
    omschrijving: 'Er zijn hulpvragen genoeg, maar te weinig vrijwilligers.',
    bron: 'BEWONER',
    status: 'IN_BEHANDELING',
    datum: '2026-05-19',
    wijk: 'Rijnsoever',
    themas: ['burenhulp'],
    eigenaar: 'vtv',
  },
  {
    slug: 'katwijk-noord-jongeren-zonder-plek',
    titel: 'Jongeren in Katwijk-Noord zonder eigen plek doordeweeks',
    omschrijving: 'Buiten de soos en de club is er voor jongeren niets in de wijk.',
    bron: 'WIJKWERKER',
    status: 'OPEN',
    datum: '2026-09-30',
    wijk: 'Katwijk-Noord Centrum',
    themas: ['jeugd'],
  },
  {
    slug: 'rijnsburg-oost-ggz-inloop',
    titel: 'Behoefte aan inloop voor mensen met GGZ-achtergrond',
    omschrijving: 'Cliënten uit Rijnsburg willen niet naar Cleijn Duin voor het herstelcafé.',
    bron: 'WIJKTEAM',
    status: 'IN_BEHANDELING',
    datum: '2026-08-11',
    wijk: 'Rijnsburg Oost',
    themas: ['inclusie'],
    eigenaar: 'ggz-rivierduinen',
  },
  {
    slug: 'valkenburg-vervoer-ouderen',
    titel: 'Ouderen in Valkenburg kunnen activiteiten niet bereiken',
    omschrijving: 'Zonder vervoer komen ouderen niet naar het dorpshuis; opgelost met de duofiets.',
    bron: 'BEWONER',
    status: 'BEANTWOORD',
    datum: '2025-09-09',
    wijk: 'Valkenburg Dorp',
    themas: ['ouderen', 'bewegen-en-gezondheid'],
    eigenaar: 'fietsmaatjes',
  },
];

// ── Inwoners ──────────────────────────────────────────────────────────────────────────────────────

/** [pseudoniem, leeftijdsband, buurt, memberships as [groep, rol, sinds]] — all invented. */
type BewonerDef = [string, Leeftijdsband, BuurtNaam, [GroepSlug, LidRol, IsoDate][]];

const BEWONERS: BewonerDef[] = [
  // Hoornesgroep
  [
    'Anouk',
    '30-49',
    'Hoornes Noord-Oost',
    [
      ['hoornesgroep', 'KARTREKKER', '2019-11-01'],
      ['cleijn-duin-verbindt', 'VRIJWILLIGER', '2023-04-12'],
    ],
  ],
  ['Gerrit', '65-79', 'Hoornesplein', [['hoornesgroep', 'KARTREKKER', '2019-11-01']]],
  ['Fatima', '30-49', 'Hoornes Noord-Oost', [['hoornesgroep', 'KARTREKKER', '2020-01-09']]],
  ['Bram', '50-64', 'Hoornes-West', [['hoornesgroep', 'VRIJWILLIGER', '2020-01-09']]],
  ['Zeynep', '18-29', 'Hoornes Noord-Oost', [['hoornesgroep', 'VRIJWILLIGER', '2020-09-14']]],
  ['Riet', '65-79', 'Hoornes-Zuid', [['hoornesgroep', 'VRIJWILLIGER', '2021-03-02']]],
  ['Yusuf', '18-29', 'Hoornes Noord-Oost', [['hoornesgroep', 'VRIJWILLIGER', '2022-05-17']]],
  ['Bewoner 23', '50-64', 'Witte Hek-Noord', [['hoornesgroep', 'VRIJWILLIGER', '2021-06-01']]],
  [
    'Marja',
    '50-64',
    'Hoornes-West',
    [
      ['hoornesgroep', 'VRIJWILLIGER', '2020-02-20'],
      ['rijnsoever-samen', 'VRIJWILLIGER', '2024-06-15'],
    ],
  ],
  ['Nel', '80+', 'Hoornesplein', [['hoornesgroep', 'DEELNEMER', '2020-10-05']]],
  ['Ahmed', '30-49', 'Hoornes Noord-Oost', [['hoornesgroep', 'DEELNEMER', '2022-11-08']]],
  ['Bewoner 31', '65-79', 'Hoornes-Zuid', [['hoornesgroep', 'DEELNEMER', '2023-02-14']]],
  ['Lotte', '18-29', 'Hoornes-West', [['hoornesgroep', 'DEELNEMER', '2024-03-19']]],
  ['Amira', '30-49', 'Hoornes Noord-Oost', [['hoornesgroep', 'DEELNEMER', '2023-09-26']]],
  [
    'Kees',
    '65-79',
    'Oude Dorp',
    [
      ['samen-oud-oude-dorp', 'DEELNEMER', '2021-05-03'],
      ['hoornesgroep', 'DEELNEMER', '2021-10-11'],
    ],
  ],
  ['Bewoner 44', '80+', 'Hoornes-West', [['hoornesgroep', 'DEELNEMER', '2025-01-21']]],
  // Cleijn Duin Verbindt
  ['Hanneke', '50-64', 'Cleijn Duinplein', [['cleijn-duin-verbindt', 'KARTREKKER', '2023-03-15']]],
  ['Wim', '65-79', 'Cleijn Duin-Noord', [['cleijn-duin-verbindt', 'VRIJWILLIGER', '2023-03-15']]],
  ['Ilse', '30-49', 'Cleijn Duin-Zuid', [['cleijn-duin-verbindt', 'VRIJWILLIGER', '2023-06-06']]],
  ['Bewoner 52', '65-79', 'Witte Hek-Zuid', [['cleijn-duin-verbindt', 'DEELNEMER', '2023-05-10']]],
  ['Truus', '80+', 'Cleijn Duinplein', [['cleijn-duin-verbindt', 'DEELNEMER', '2023-04-04']]],
  [
    'Jesse',
    '18-29',
    'Cleijn Duin-Noord',
    [
      ['cleijn-duin-verbindt', 'DEELNEMER', '2024-10-01'],
      ['jong-katwijk-noord', 'VRIJWILLIGER', '2025-02-03'],
    ],
  ],
  ['Corrie', '65-79', 'Witte Hek-Noord', [['cleijn-duin-verbindt', 'DEELNEMER', '2024-01-16']]],
  ['Bewoner 58', '50-64', 'Cleijn Duin-Zuid', [['cleijn-duin-verbindt', 'DEELNEMER', '2025-09-09']]],
  // Samen Oud in het Oude Dorp
  ['Aad', '65-79', 'Oude Dorp', [['samen-oud-oude-dorp', 'KARTREKKER', '2021-04-01']]],
  ['Bep', '80+', 'Boulevard', [['samen-oud-oude-dorp', 'DEELNEMER', '2021-04-20']]],
  ['Diny', '65-79', 'Voorstraat', [['samen-oud-oude-dorp', 'VRIJWILLIGER', '2021-04-01']]],
  ['Bewoner 12', '80+', 'Oude Dorp', [['samen-oud-oude-dorp', 'DEELNEMER', '2022-01-11']]],
  ['Ans', '65-79', 'Voorstraat', [['samen-oud-oude-dorp', 'DEELNEMER', '2022-09-27']]],
  ['Leen', '50-64', 'Boulevard', [['samen-oud-oude-dorp', 'VRIJWILLIGER', '2023-03-07']]],
  [
    'Joke',
    '65-79',
    'Dorp Katwijk aan den Rijn',
    [
      ['samen-oud-oude-dorp', 'DEELNEMER', '2022-04-05'],
      ['kadr-dichtbij', 'VRIJWILLIGER', '2022-09-01'],
    ],
  ],
  // Zanderij in Beweging
  ['Sjaak', '65-79', 'Nieuw Zuid', [['zanderij-in-beweging', 'KARTREKKER', '2024-02-01']]],
  ['Daan', '30-49', 'Zanderij', [['zanderij-in-beweging', 'VRIJWILLIGER', '2024-02-01']]],
  ['Bewoner 67', '65-79', 'Zanderij-Oost', [['zanderij-in-beweging', 'DEELNEMER', '2024-03-12']]],
  ['Saskia', '30-49', 'Zanderij', [['zanderij-in-beweging', 'VRIJWILLIGER', '2024-09-03']]],
  ['Pieter', '65-79', 'Nieuw Zuid', [['zanderij-in-beweging', 'DEELNEMER', '2024-04-09']]],
  ['Bewoner 71', '50-64', 'Duinvallei-Noord', [['zanderij-in-beweging', 'DEELNEMER', '2025-03-18']]],
  // Katwijk aan den Rijn Dichtbij
  ['Cor', '65-79', 'Rijnzijde', [['kadr-dichtbij', 'KARTREKKER', '2022-09-01']]],
  ['Ineke', '65-79', 'Dorp Katwijk aan den Rijn', [['kadr-dichtbij', 'VRIJWILLIGER', '2022-09-01']]],
  ['Bewoner 8', '80+', 'Rijnzijde', [['kadr-dichtbij', 'DEELNEMER', '2022-10-04']]],
  ['Tineke', '50-64', 'Katwijk aan den Rijn Zuid-West', [['kadr-dichtbij', 'VRIJWILLIGER', '2023-01-17']]],
  ['Henk', '80+', 'Dorp Katwijk aan den Rijn', [['kadr-dichtbij', 'DEELNEMER', '2024-05-14']]],
  // Rijnsburg Zorgt
  [
    'Maartje',
    '50-64',
    'Rijnsburg Dorp',
    [
      ['rijnsburg-zorgt', 'KARTREKKER', '2020-10-01'],
      ['inclusief-rijnsburg', 'VRIJWILLIGER', '2023-09-01'],
    ],
  ],
  ['Klaas', '65-79', 'Rijnsburg Centrum-Noord', [['rijnsburg-zorgt', 'VRIJWILLIGER', '2020-10-01']]],
  ['Gert', '65-79', 'Rijnsburg Centrum-Zuid', [['rijnsburg-zorgt', 'VRIJWILLIGER', '2021-02-09']]],
  ['Bewoner 19', '80+', 'Rijnsburg Dorp', [['rijnsburg-zorgt', 'DEELNEMER', '2021-05-18']]],
  ['Trees', '80+', 'Rijnsburg Centrum-Noord', [['rijnsburg-zorgt', 'DEELNEMER', '2022-03-22']]],
  ['Mirjam', '50-64', 'Rijnsburg West-Noord', [['rijnsburg-zorgt', 'VRIJWILLIGER', '2022-11-29']]],
  [
    'Arie',
    '65-79',
    'Dorp Valkenburg',
    [
      ['rijnsburg-zorgt', 'DEELNEMER', '2021-09-14'],
      ['valkenburg-verbonden', 'VRIJWILLIGER', '2021-11-01'],
    ],
  ],
  ['Bewoner 37', '65-79', 'Rijnsburg West-Zuid', [['rijnsburg-zorgt', 'DEELNEMER', '2025-04-01']]],
  // Inclusief Rijnsburg
  ['Rik', '30-49', 'Middelmors', [['inclusief-rijnsburg', 'KARTREKKER', '2023-09-01']]],
  ['Noor', '18-29', 'Rijnsburg Oost-Noord', [['inclusief-rijnsburg', 'VRIJWILLIGER', '2023-10-10']]],
  ['Bewoner 41', '30-49', 'Rijnsburg Oost-Zuid', [['inclusief-rijnsburg', 'DEELNEMER', '2023-11-07']]],
  ['Stijn', '18-29', 'Middelmors', [['inclusief-rijnsburg', 'DEELNEMER', '2024-01-30']]],
  ['Bewoner 46', '50-64', 'Rijnsburg Oost-Noord', [['inclusief-rijnsburg', 'DEELNEMER', '2024-08-20']]],
  // Valkenburg Verbonden
  ['Gijs', '50-64', 'Dorp Valkenburg', [['valkenburg-verbonden', 'KARTREKKER', '2021-11-01']]],
  ['Wilma', '65-79', 'Valkenburg-Noord', [['valkenburg-verbonden', 'VRIJWILLIGER', '2021-11-01']]],
  ['Bewoner 5', '80+', 'Dorp Valkenburg', [['valkenburg-verbonden', 'DEELNEMER', '2022-02-15']]],
  ['Emma', '30-49', "'t Veld", [['valkenburg-verbonden', 'DEELNEMER', '2025-05-06']]],
  ['Hennie', '65-79', 'Valkenburg-Noord', [['valkenburg-verbonden', 'DEELNEMER', '2022-06-21']]],
  ['Bewoner 62', '80+', 'Dorp Valkenburg', [['valkenburg-verbonden', 'DEELNEMER', '2023-10-03']]],
  // Jong Katwijk-Noord
  ['Milan', '18-29', 'Noord-Centrum', [['jong-katwijk-noord', 'KARTREKKER', '2025-01-15']]],
  ['Fenna', '18-29', 'Noord-West', [['jong-katwijk-noord', 'VRIJWILLIGER', '2025-01-15']]],
  ['Sem', '18-29', 'Noord-Centrum', [['jong-katwijk-noord', 'DEELNEMER', '2025-03-04']]],
  ['Bewoner 77', '18-29', 'Rijnsoever-Zuid', [['jong-katwijk-noord', 'DEELNEMER', '2025-06-10']]],
  // Rijnsoever Samen
  ['Ruud', '50-64', 'Rijnsoever-Noord', [['rijnsoever-samen', 'KARTREKKER', '2024-06-01']]],
  ['Vera', '30-49', 'Rijnsoeverpark', [['rijnsoever-samen', 'VRIJWILLIGER', '2024-06-01']]],
  ['Bewoner 83', '80+', 'Rijnsoever-Zuid', [['rijnsoever-samen', 'DEELNEMER', '2024-07-09']]],
  ['Ton', '65-79', 'Rijnsoever-Noord', [['rijnsoever-samen', 'DEELNEMER', '2024-11-12']]],
  ['Bewoner 88', '65-79', 'Rijnsoever-Zuid', [['rijnsoever-samen', 'DEELNEMER', '2025-08-26']]],
];

// ── Indicatoren ───────────────────────────────────────────────────────────────────────────────────

const JAREN = [2020, 2021, 2022, 2023, 2024] as const;
const BRON =
  'Illustratief (demo): verzonnen cijfers, afgestemd op publieke totalen (Katwijk ca. 66.000 inwoners; ' +
  'ca. 10% van de volwassenen ernstig eenzaam). Echte cijfers komen uit CBS Kerncijfers en de GGD-monitor.';
/** Loneliness peaked around the pandemic years; the offsets shape that curve. */
const EENZAAM_OFFSET: Record<number, number> = { 2020: 0.6, 2021: 1.1, 2022: 0.7, 2023: 0.2, 2024: 0 };
/** Valkenhorst is being built: its population grows from a few farms to the first new streets. */
const VALKENHORST_INWONERS: Record<number, number> = {
  2020: 150,
  2021: 160,
  2022: 210,
  2023: 430,
  2024: 900,
};

const round1 = (x: number) => Math.round(x * 10) / 10;

function cijfer(w: (typeof WIJKEN)[number], jaar: number): Record<string, number> {
  const terug = 2024 - jaar;
  const [inwoners, p65, p1, eenzaam] = w.cijfers;
  return {
    inwoners:
      w.naam === 'Valkenhorst'
        ? VALKENHORST_INWONERS[jaar]!
        : Math.round((inwoners * (1 - 0.004 * terug)) / 10) * 10,
    pct_65plus: round1(p65 - 0.35 * terug),
    pct_eenpersoonshuishoudens: round1(p1 - 0.25 * terug),
    pct_eenzaam: round1(eenzaam + EENZAAM_OFFSET[jaar]!),
  };
}

const MAATSTAF_THEMAS: Record<string, ThemaSlug[]> = {
  inwoners: [],
  pct_65plus: ['ouderen'],
  pct_eenpersoonshuishoudens: ['eenzaamheid'],
  pct_eenzaam: ['eenzaamheid'],
};

// ── Records ───────────────────────────────────────────────────────────────────────────────────────

const wijkNr = new Map<string, string>(WIJKEN.map((w) => [w.naam, w.nr]));
const buurtCode = new Map<string, string>(
  WIJKEN.flatMap((w) => w.buurten.map((b, i) => [b, `${w.nr}${String(i + 1).padStart(2, '0')}`] as const)),
);
const wijkId = (naam: WijkNaam): Id<'Wijk'> => `Wijk:${GM}-WK${wijkNr.get(naam)!}`;
const buurtId = (naam: BuurtNaam): Id<'Buurt'> => `Buurt:${GM}-BU${buurtCode.get(naam)!}`;
const partnerId = (slug: PartnerSlug): Id<'Partner'> => `Partner:${slug}`;
const locatieId = (slug: LocatieSlug): Id<'Locatie'> => `Locatie:${slug}`;
const groepId = (slug: GroepSlug): Id<'Steungroep'> => `Steungroep:${slug}`;
const magId = (slug: MagSlug): Id<'MagDoel'> => `MagDoel:${GM}-${slug}`;

function magDoelen(slugs: MagSlug[]): Id<'MagDoel'>[] {
  const withHoofd = slugs.flatMap((s) =>
    s in BELEIDSOPGAVEN ? [s, BELEIDSOPGAVEN[s as keyof typeof BELEIDSOPGAVEN][1]] : [s],
  );
  return [...new Set(withHoofd)].map(magId);
}

const totaal2024 = (kern: keyof typeof KERNEN) =>
  WIJKEN.filter((w) => w.kern === kern).reduce((sum, w) => sum + (cijfer(w, 2024).inwoners ?? 0), 0);

export const katwijk: SeedDataset = {
  gemeente: { id: `Gemeente:${GM}`, code: GM, naam: 'Katwijk' },
  kernen: Object.entries(KERNEN).map(([nr, naam]) => ({
    id: `Kern:${GM}-${nr}`,
    naam,
    gemeente: GM,
    inwoners: totaal2024(nr as keyof typeof KERNEN),
  })),
  wijken: WIJKEN.map((w) => ({
    id: wijkId(w.naam),
    code: `WK0537${w.nr}`,
    naam: w.naam,
    gemeente: GM,
    illustratief: true,
    kern: `Kern:${GM}-${w.kern}`,
  })),
  buurten: WIJKEN.flatMap((w) =>
    w.buurten.map((b) => ({
      id: buurtId(b),
      code: `BU0537${buurtCode.get(b)!}`,
      naam: b,
      gemeente: GM,
      illustratief: true,
      wijk: wijkId(w.naam),
    })),
  ),
  steungroepen: Object.entries(GROEPEN).map(([slug, g]) => ({
    id: groepId(slug as GroepSlug),
    naam: g.naam,
    omschrijving: g.omschrijving,
    gemeente: GM,
    opgericht: g.opgericht,
    wijk: wijkId(g.wijk),
    themas: g.themas.map(themaId),
    doelgroepen: g.voor.map(doelgroepId),
    partners: [
      ...g.kernteam.map((p) => ({ partner: partnerId(p), kernteam: true })),
      ...g.overig.map((p) => ({ partner: partnerId(p), kernteam: false })),
    ],
  })),
  partners: Object.entries(PARTNERS).map(([slug, p]: [string, PartnerDef]) => ({
    id: partnerId(slug as PartnerSlug),
    naam: p.naam,
    soort: p.soort,
    professioneel: p.professioneel,
    ...(p.website !== undefined && { website: p.website }),
    gemeente: GM,
    actiefIn: p.actiefIn.map(wijkId),
  })),
  activiteiten: ACTIVITEITEN.map((a) => ({
    id: `Activiteit:${a.slug}`,
    naam: a.naam,
    omschrijving: a.omschrijving,
    dag: a.wanneer[0],
    beginTijd: a.wanneer[1],
    eindTijd: a.wanneer[2],
    frequentie: a.wanneer[3],
    bereik: a.bereik,
    toegankelijk: a.toegankelijk,
    laatstBevestigd: a.bevestigd,
    gemeente: GM,
    organisatoren: a.door.map(partnerId),
    locatie: locatieId(a.waar),
    themas: a.themas.map(themaId),
    doelgroepen: a.voor.map(doelgroepId),
    magDoelen: magDoelen(a.mag),
    ...(a.groep !== undefined && { steungroep: groepId(a.groep) }),
  })),
  locaties: Object.entries(LOCATIES).map(([slug, l]: [string, LocatieDef]) => ({
    id: locatieId(slug as LocatieSlug),
    naam: l.naam,
    soort: l.soort,
    ...(l.adres !== undefined && { adres: l.adres }),
    capaciteit: l.capaciteit,
    toegankelijk: l.toegankelijk,
    gemeente: GM,
    buurt: buurtId(l.buurt),
    ...(l.beheerder !== undefined && { beheerder: partnerId(l.beheerder) }),
  })),
  signalen: SIGNALEN.map((s) => ({
    id: `Signaal:${s.slug}`,
    titel: s.titel,
    omschrijving: s.omschrijving,
    bron: s.bron,
    status: s.status,
    datum: s.datum,
    gemeente: GM,
    wijk: wijkId(s.wijk),
    themas: s.themas.map(themaId),
    ...(s.eigenaar !== undefined && { eigenaar: partnerId(s.eigenaar) }),
  })),
  indicatoren: WIJKEN.flatMap((w) =>
    JAREN.flatMap((jaar) =>
      Object.entries(cijfer(w, jaar)).map(([naam, waarde]): IndicatorSeed => ({
        id: `Indicator:${GM}-WK${w.nr}:${naam}:${jaar}`,
        naam,
        jaar,
        waarde,
        eenheid: naam === 'inwoners' ? 'aantal' : 'procent',
        bron: BRON,
        illustratief: true,
        gemeente: GM,
        wijk: wijkId(w.naam),
        themas: (MAATSTAF_THEMAS[naam] ?? []).map(themaId),
      })),
    ),
  ),
  magDoelen: [
    ...Object.entries(HOOFDOPGAVEN).map(([slug, naam]): MagDoelSeed => ({
      id: magId(slug as MagSlug),
      naam,
      opgave: naam,
      gemeente: GM,
    })),
    ...Object.entries(BELEIDSOPGAVEN).map(([slug, [naam, hoofd]]): MagDoelSeed => ({
      id: magId(slug as MagSlug),
      naam,
      opgave: HOOFDOPGAVEN[hoofd],
      gemeente: GM,
    })),
  ],
  inwoners: BEWONERS.map(([pseudoniem, leeftijdsband, buurt, leden]) => ({
    id: `Inwoner:${stableUuid(`${GM}:${pseudoniem}`)}`,
    pseudoniem,
    leeftijdsband,
    // Consent is given when someone first joins a group.
    toestemmingsdatum: leden.map(([, , sinds]) => sinds).sort()[0]!,
    gemeente: GM,
    buurt: buurtId(buurt),
    lidmaatschappen: leden.map(([groep, rol, sinds]) => ({ steungroep: groepId(groep), rol, sinds })),
  })),
};
