/**
 * docs/model.md as data: every node kind with its properties and every relationship with the kind
 * that owns it (whose form edits it). Editing, import and export all read this table, so the three
 * cannot disagree about the model. Labels and relationship types in Cypher come only from here.
 */
import type { Label } from '../../core/kinds.js';

export type PropSoort = 'tekst' | 'geheel' | 'getal' | 'janee' | 'datum' | 'tijd' | 'keuze' | 'code';

export interface PropSpec {
  naam: string;
  soort: PropSoort;
  verplicht?: boolean;
  /** Longest text accepted. */
  max?: number;
  /** Smallest and largest number accepted. */
  bereik?: readonly [number, number];
  /** The allowed values of a `keuze`. */
  waarden?: readonly string[];
  /** What a `code` or `tekst` must look like, with an example for the message. */
  patroon?: { re: RegExp; voorbeeld: string };
  /** Set on creation when not given. `vandaag` is today's date. */
  standaard?: string | number | boolean | 'vandaag';
  /** Part of the key: given once, never changed. */
  onveranderlijk?: boolean;
  /** Not a date in the future. */
  nietInToekomst?: boolean;
  /** One line (names); multi-line text only where `meerdereRegels`. */
  meerdereRegels?: boolean;
}

export interface KnoopSpec {
  label: Label;
  /** Carries the `gemeente` code (docs/model.md); Thema and Doelgroep are shared. */
  scoped: boolean;
  /** The property that names a node (Kumu's Label). */
  naamVeld: string;
  props: readonly PropSpec[];
  /** The id's shape after the prefix; `{gm}` stands for the gemeente code. */
  idVorm: string;
}

export interface RelatieSpec {
  type: string;
  van: Label;
  naar: Label;
  /** The kind whose form edits this relationship, and the field it edits it with. */
  eigenaar: Label;
  veld: string;
  /** At most one per `van` node (always edited from the `van` side). */
  een: boolean;
  /** A `van` node must have one. */
  verplicht: boolean;
  props: readonly PropSpec[];
  /** Edited with its own mutations (it has properties), not through the owner's input. */
  viaKoppeling?: boolean;
  /** Follows from a property (a kern's gemeente): written with the node, never edited. */
  afgeleid?: boolean;
}

export const LEEFTIJDSBANDEN = ['18-29', '30-49', '50-64', '65-79', '80+'] as const;
export const DAGEN = ['MA', 'DI', 'WO', 'DO', 'VR', 'ZA', 'ZO'] as const;
export const FREQUENTIES = ['WEKELIJKS', 'TWEEWEKELIJKS', 'MAANDELIJKS', 'EENMALIG'] as const;
export const LID_ROLLEN = ['KARTREKKER', 'VRIJWILLIGER', 'DEELNEMER'] as const;
export const PARTNER_SOORTEN = [
  'WELZIJN',
  'WONINGCORPORATIE',
  'WIJKVERENIGING',
  'JEUGDVERENIGING',
  'OUDERENBOND',
  'ZORG',
  'SPORT',
  'CULTUUR',
  'KERK',
  'BIBLIOTHEEK',
  'ONDERWIJS',
  'GEMEENTE',
  'WIJKTEAM',
  'BEHEERSTICHTING',
  'ONDERNEMERS',
  'OVERIG',
] as const;
export const LOCATIE_SOORTEN = [
  'HUIS_VAN_DE_WIJK',
  'WIJKHUIS',
  'DORPSHUIS',
  'BUURTHUIS',
  'HUISKAMER',
  'BIBLIOTHEEK',
  'KERK',
  'SPORTACCOMMODATIE',
  'ZORGCENTRUM',
  'SCHOOL',
  'OVERIG',
] as const;
export const SIGNAAL_BRONNEN = ['WIJKTEAM', 'WIJKMANAGER', 'WIJKWERKER', 'BEWONER', 'PARTNER'] as const;
export const SIGNAAL_STATUSSEN = ['OPEN', 'IN_BEHANDELING', 'BEANTWOORD'] as const;
export const EENHEDEN = ['aantal', 'procent'] as const;

export const GEMEENTE_CODE = /^GM\d{4}$/;

const naam: PropSpec = { naam: 'naam', soort: 'tekst', verplicht: true, max: 200 };
const omschrijving: PropSpec = { naam: 'omschrijving', soort: 'tekst', max: 4000, meerdereRegels: true };
const illustratief: PropSpec = { naam: 'illustratief', soort: 'janee', standaard: false };
const toegankelijk: PropSpec = { naam: 'toegankelijk', soort: 'janee', standaard: false };

export const KNOPEN: Readonly<Record<Label, KnoopSpec>> = {
  Gemeente: {
    label: 'Gemeente',
    scoped: false,
    naamVeld: 'naam',
    idVorm: '{gm}',
    props: [
      {
        naam: 'code',
        soort: 'code',
        verplicht: true,
        onveranderlijk: true,
        patroon: { re: GEMEENTE_CODE, voorbeeld: 'GM0537' },
      },
      naam,
    ],
  },
  Kern: {
    label: 'Kern',
    scoped: true,
    naamVeld: 'naam',
    idVorm: '{gm}-<naam>',
    props: [naam, { naam: 'inwoners', soort: 'geheel', bereik: [0, 10_000_000] }],
  },
  Wijk: {
    label: 'Wijk',
    scoped: true,
    naamVeld: 'naam',
    idVorm: '{gm}-WK<2 cijfers>',
    props: [
      {
        naam: 'code',
        soort: 'code',
        verplicht: true,
        onveranderlijk: true,
        patroon: { re: /^WK\d{6}$/, voorbeeld: 'WK053702' },
      },
      naam,
      illustratief,
    ],
  },
  Buurt: {
    label: 'Buurt',
    scoped: true,
    naamVeld: 'naam',
    idVorm: '{gm}-BU<4 cijfers>',
    props: [
      {
        naam: 'code',
        soort: 'code',
        verplicht: true,
        onveranderlijk: true,
        patroon: { re: /^BU\d{8}$/, voorbeeld: 'BU05370201' },
      },
      naam,
      illustratief,
    ],
  },
  Steungroep: {
    label: 'Steungroep',
    scoped: true,
    naamVeld: 'naam',
    idVorm: '<naam>',
    props: [naam, omschrijving, { naam: 'opgericht', soort: 'datum', nietInToekomst: true }],
  },
  Thema: { label: 'Thema', scoped: false, naamVeld: 'naam', idVorm: '<naam>', props: [naam] },
  Doelgroep: { label: 'Doelgroep', scoped: false, naamVeld: 'naam', idVorm: '<naam>', props: [naam] },
  // The AVG minimum and nothing else: no name, address, birth date, diagnosis or free text.
  Inwoner: {
    label: 'Inwoner',
    scoped: true,
    naamVeld: 'pseudoniem',
    idVorm: '<uuid>',
    props: [
      {
        naam: 'pseudoniem',
        soort: 'tekst',
        verplicht: true,
        max: 40,
        patroon: { re: /^[\p{L}\p{N}][\p{L}\p{N} .'-]*$/u, voorbeeld: 'Ans' },
      },
      { naam: 'leeftijdsband', soort: 'keuze', verplicht: true, waarden: LEEFTIJDSBANDEN },
      { naam: 'toestemmingsdatum', soort: 'datum', verplicht: true, nietInToekomst: true },
    ],
  },
  Partner: {
    label: 'Partner',
    scoped: true,
    naamVeld: 'naam',
    idVorm: '<naam>',
    props: [
      naam,
      { naam: 'soort', soort: 'keuze', verplicht: true, waarden: PARTNER_SOORTEN },
      { naam: 'professioneel', soort: 'janee', standaard: false },
      {
        naam: 'website',
        soort: 'tekst',
        max: 300,
        patroon: { re: /^https?:\/\/[^\s<>"]+$/, voorbeeld: 'https://www.dunavie.nl' },
      },
    ],
  },
  Activiteit: {
    label: 'Activiteit',
    scoped: true,
    naamVeld: 'naam',
    idVorm: '<naam>',
    props: [
      naam,
      omschrijving,
      { naam: 'dag', soort: 'keuze', waarden: DAGEN },
      { naam: 'beginTijd', soort: 'tijd' },
      { naam: 'eindTijd', soort: 'tijd' },
      { naam: 'frequentie', soort: 'keuze', waarden: FREQUENTIES },
      { naam: 'bereik', soort: 'geheel', bereik: [0, 100_000] },
      toegankelijk,
      { naam: 'laatstBevestigd', soort: 'datum', standaard: 'vandaag', nietInToekomst: true },
    ],
  },
  Locatie: {
    label: 'Locatie',
    scoped: true,
    naamVeld: 'naam',
    idVorm: '<naam>',
    props: [
      naam,
      { naam: 'soort', soort: 'keuze', verplicht: true, waarden: LOCATIE_SOORTEN },
      { naam: 'adres', soort: 'tekst', max: 200 },
      { naam: 'capaciteit', soort: 'geheel', bereik: [0, 100_000] },
      toegankelijk,
    ],
  },
  Signaal: {
    label: 'Signaal',
    scoped: true,
    naamVeld: 'titel',
    idVorm: '<titel>',
    props: [
      { naam: 'titel', soort: 'tekst', verplicht: true, max: 200 },
      omschrijving,
      { naam: 'bron', soort: 'keuze', verplicht: true, waarden: SIGNAAL_BRONNEN },
      { naam: 'status', soort: 'keuze', verplicht: true, waarden: SIGNAAL_STATUSSEN, standaard: 'OPEN' },
      { naam: 'datum', soort: 'datum', verplicht: true, standaard: 'vandaag', nietInToekomst: true },
    ],
  },
  Indicator: {
    label: 'Indicator',
    scoped: true,
    naamVeld: 'naam',
    idVorm: '{gm}-WK<2 cijfers>:<naam>:<jaar>',
    props: [
      {
        naam: 'naam',
        soort: 'code',
        verplicht: true,
        onveranderlijk: true,
        patroon: { re: /^[a-z][a-z0-9_]{0,59}$/, voorbeeld: 'pct_eenzaam' },
      },
      { naam: 'jaar', soort: 'geheel', verplicht: true, onveranderlijk: true, bereik: [1900, 2100] },
      { naam: 'waarde', soort: 'getal', verplicht: true, bereik: [-1e12, 1e12] },
      { naam: 'eenheid', soort: 'keuze', verplicht: true, waarden: EENHEDEN },
      { naam: 'bron', soort: 'tekst', max: 200 },
      illustratief,
    ],
  },
  MagDoel: {
    label: 'MagDoel',
    scoped: true,
    naamVeld: 'naam',
    idVorm: '{gm}-<naam>',
    props: [naam, { naam: 'opgave', soort: 'tekst', max: 200 }],
  },
};

const rol: PropSpec = { naam: 'rol', soort: 'keuze', verplicht: true, waarden: LID_ROLLEN };
const sinds: PropSpec = { naam: 'sinds', soort: 'datum', nietInToekomst: true };
const kernteam: PropSpec = { naam: 'kernteam', soort: 'janee', standaard: false };

type R = Omit<RelatieSpec, 'props' | 'een' | 'verplicht'> & Partial<RelatieSpec>;
const rel = (r: R): RelatieSpec => ({ props: [], een: false, verplicht: false, ...r });

export const RELATIES: readonly RelatieSpec[] = [
  rel({
    type: 'IN_GEMEENTE',
    van: 'Kern',
    naar: 'Gemeente',
    eigenaar: 'Kern',
    veld: 'gemeente',
    een: true,
    verplicht: true,
    afgeleid: true,
  }),
  rel({
    type: 'IN_KERN',
    van: 'Wijk',
    naar: 'Kern',
    eigenaar: 'Wijk',
    veld: 'kern',
    een: true,
    verplicht: true,
  }),
  rel({
    type: 'IN_WIJK',
    van: 'Buurt',
    naar: 'Wijk',
    eigenaar: 'Buurt',
    veld: 'wijk',
    een: true,
    verplicht: true,
  }),
  rel({
    type: 'IN_WIJK',
    van: 'Steungroep',
    naar: 'Wijk',
    eigenaar: 'Steungroep',
    veld: 'wijk',
    een: true,
    verplicht: true,
  }),
  rel({ type: 'OVER', van: 'Steungroep', naar: 'Thema', eigenaar: 'Steungroep', veld: 'themas' }),
  rel({ type: 'VOOR', van: 'Steungroep', naar: 'Doelgroep', eigenaar: 'Steungroep', veld: 'doelgroepen' }),
  rel({
    type: 'PARTNER_VAN',
    van: 'Partner',
    naar: 'Steungroep',
    eigenaar: 'Steungroep',
    veld: 'partners',
    props: [kernteam],
    viaKoppeling: true,
  }),
  rel({
    type: 'LID_VAN',
    van: 'Inwoner',
    naar: 'Steungroep',
    eigenaar: 'Inwoner',
    veld: 'lidmaatschappen',
    props: [rol, sinds],
    viaKoppeling: true,
  }),
  rel({ type: 'WOONT_IN', van: 'Inwoner', naar: 'Buurt', eigenaar: 'Inwoner', veld: 'buurt', een: true }),
  rel({ type: 'ACTIEF_IN', van: 'Partner', naar: 'Wijk', eigenaar: 'Partner', veld: 'wijken' }),
  rel({
    type: 'ORGANISEERT',
    van: 'Partner',
    naar: 'Activiteit',
    eigenaar: 'Activiteit',
    veld: 'organisatoren',
  }),
  rel({
    type: 'HOORT_BIJ',
    van: 'Activiteit',
    naar: 'Steungroep',
    eigenaar: 'Activiteit',
    veld: 'steungroep',
    een: true,
  }),
  rel({
    type: 'OP_LOCATIE',
    van: 'Activiteit',
    naar: 'Locatie',
    eigenaar: 'Activiteit',
    veld: 'locatie',
    een: true,
  }),
  rel({ type: 'OVER', van: 'Activiteit', naar: 'Thema', eigenaar: 'Activiteit', veld: 'themas' }),
  rel({ type: 'VOOR', van: 'Activiteit', naar: 'Doelgroep', eigenaar: 'Activiteit', veld: 'doelgroepen' }),
  rel({
    type: 'DRAAGT_BIJ_AAN',
    van: 'Activiteit',
    naar: 'MagDoel',
    eigenaar: 'Activiteit',
    veld: 'magDoelen',
  }),
  rel({ type: 'IN_BUURT', van: 'Locatie', naar: 'Buurt', eigenaar: 'Locatie', veld: 'buurt', een: true }),
  rel({
    type: 'BEHEERD_DOOR',
    van: 'Locatie',
    naar: 'Partner',
    eigenaar: 'Locatie',
    veld: 'beheerder',
    een: true,
  }),
  rel({
    type: 'IN_WIJK',
    van: 'Signaal',
    naar: 'Wijk',
    eigenaar: 'Signaal',
    veld: 'wijk',
    een: true,
    verplicht: true,
  }),
  rel({ type: 'OVER', van: 'Signaal', naar: 'Thema', eigenaar: 'Signaal', veld: 'themas' }),
  rel({
    type: 'EIGENAAR',
    van: 'Signaal',
    naar: 'Partner',
    eigenaar: 'Signaal',
    veld: 'eigenaar',
    een: true,
  }),
  rel({
    type: 'VAN_WIJK',
    van: 'Indicator',
    naar: 'Wijk',
    eigenaar: 'Indicator',
    veld: 'wijk',
    een: true,
    verplicht: true,
  }),
  rel({ type: 'OVER', van: 'Indicator', naar: 'Thema', eigenaar: 'Indicator', veld: 'themas' }),
];

export const relatieSleutel = (r: Pick<RelatieSpec, 'van' | 'type' | 'naar'>) =>
  `${r.van}-${r.type}->${r.naar}`;

/** The relationships a kind's form edits (its own fields), in the table's order. */
export function relatiesVan(label: Label): RelatieSpec[] {
  return RELATIES.filter((r) => r.eigenaar === label);
}

/** The one relationship between two kinds, in either direction (every pair has at most one). */
export function relatieTussen(
  van: Label,
  naar: Label,
): { spec: RelatieSpec; omgekeerd: boolean } | undefined {
  const heen = RELATIES.find((r) => r.van === van && r.naar === naar);
  if (heen) return { spec: heen, omgekeerd: false };
  const terug = RELATIES.find((r) => r.van === naar && r.naar === van);
  return terug ? { spec: terug, omgekeerd: true } : undefined;
}

export const KNOOP_LABELS = Object.keys(KNOPEN) as Label[];

/** A name as an id part: lower case, ASCII letters and digits joined by hyphens. */
export function slug(tekst: string): string {
  return tekst
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/** What may follow the prefix in any id: no spaces, quotes or control characters. */
export const ID_DEEL = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,159}$/;
