import type {
  ActiviteitInvoer,
  BuurtInvoer,
  Dag,
  DoelgroepInvoer,
  Frequentie,
  GemeenteInvoer,
  IndicatorInvoer,
  KernInvoer,
  LocatieInvoer,
  LocatieSoort,
  MagDoelInvoer,
  PartnerInvoer,
  SignaalBron,
  SignaalInvoer,
  SignaalStatus,
  SteungroepInvoer,
  ThemaInvoer,
  WijkInvoer,
} from '../../graphql/__generated__/graphql.js';
import { PARTNER_SOORTEN } from '../../graph/kinds.js';
import type { MessageKey } from '../../i18n/translate.js';
import type { Soort } from './soorten.js';

/**
 * Every kind's form as data: its fields in the order the form shows them, each with the type of
 * control it needs. One generic form renders them all. `velden.test.ts` holds this table against
 * the schema's input types and the API's model (what is required, what never changes).
 */
export type VeldType =
  | 'tekst'
  | 'langeTekst'
  /** A key with a fixed form (`GM0537`, `pct_eenzaam`). */
  | 'code'
  /** `UU:MM`. */
  | 'tijd'
  | 'geheel'
  | 'getal'
  | 'datum'
  | 'janee'
  | 'keuze'
  /** The CBS code of the gemeente a node belongs to: chosen once, it scopes every reference. */
  | 'gemeente'
  | 'verwijzing'
  | 'verwijzingen';

/** The dictionary prefix of an enum's labels (`dag.MA`). */
export type KeuzeLabels =
  'dag' | 'frequentie' | 'soort' | 'locatieSoort' | 'signaalBron' | 'signaalStatus' | 'formulier.eenheid';

export interface VeldSpec<N extends string = string> {
  naam: N;
  type: VeldType;
  /** Required when creating (the API answers VERPLICHT without it). */
  verplicht?: boolean;
  /** Given once on creation, shown but not editable afterwards. */
  onveranderlijk?: boolean;
  /** The values of a `keuze`, and where their labels are. */
  waarden?: readonly string[];
  labels?: KeuzeLabels;
  /** The kind a `verwijzing(en)` points at. */
  naar?: Soort;
  /** When the label is not `formulier.veld.<naam>`. */
  label?: MessageKey;
  hint?: MessageKey;
  /** The name in FormulierKnoopQuery's answer when it is aliased there. */
  lees?: string;
}

interface Invoeren {
  GEMEENTE: GemeenteInvoer;
  KERN: KernInvoer;
  WIJK: WijkInvoer;
  BUURT: BuurtInvoer;
  STEUNGROEP: SteungroepInvoer;
  PARTNER: PartnerInvoer;
  ACTIVITEIT: ActiviteitInvoer;
  LOCATIE: LocatieInvoer;
  SIGNAAL: SignaalInvoer;
  INDICATOR: IndicatorInvoer;
  MAG_DOEL: MagDoelInvoer;
  THEMA: ThemaInvoer;
  DOELGROEP: DoelgroepInvoer;
}

/** A field name that is not in the kind's input type does not compile. */
type Velden = { [S in Soort]: readonly VeldSpec<keyof Invoeren[S] & string>[] };

const DAGEN: readonly Dag[] = ['MA', 'DI', 'WO', 'DO', 'VR', 'ZA', 'ZO'];
const FREQUENTIES: readonly Frequentie[] = ['WEKELIJKS', 'TWEEWEKELIJKS', 'MAANDELIJKS', 'EENMALIG'];
const LOCATIE_SOORTEN: readonly LocatieSoort[] = [
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
];
const SIGNAAL_BRONNEN: readonly SignaalBron[] = [
  'WIJKTEAM',
  'WIJKMANAGER',
  'WIJKWERKER',
  'BEWONER',
  'PARTNER',
];
const SIGNAAL_STATUSSEN: readonly SignaalStatus[] = ['OPEN', 'IN_BEHANDELING', 'BEANTWOORD'];
// Not an enum in the schema (a String the API checks), so the list lives here.
const EENHEDEN = ['aantal', 'procent'] as const;

const gemeente = { naam: 'gemeente', type: 'gemeente', verplicht: true, onveranderlijk: true } as const;
const naam = { naam: 'naam', type: 'tekst', verplicht: true } as const;
const omschrijving = { naam: 'omschrijving', type: 'langeTekst' } as const;
const illustratief = { naam: 'illustratief', type: 'janee' } as const;
const toegankelijk = { naam: 'toegankelijk', type: 'janee' } as const;
const themas = { naam: 'themas', type: 'verwijzingen', naar: 'THEMA' } as const;
const doelgroepen = { naam: 'doelgroepen', type: 'verwijzingen', naar: 'DOELGROEP' } as const;
const wijk = { naam: 'wijk', type: 'verwijzing', naar: 'WIJK', verplicht: true } as const;
const code = (hint: MessageKey) =>
  ({ naam: 'code', type: 'code', verplicht: true, onveranderlijk: true, hint }) as const;

export const VELDEN: Velden = {
  GEMEENTE: [code('formulier.hint.gemeenteCode'), naam],
  KERN: [gemeente, naam, { naam: 'inwoners', type: 'geheel' }],
  WIJK: [
    gemeente,
    code('formulier.hint.wijkCode'),
    naam,
    { naam: 'kern', type: 'verwijzing', naar: 'KERN', verplicht: true },
    illustratief,
  ],
  BUURT: [gemeente, code('formulier.hint.buurtCode'), naam, wijk, illustratief],
  STEUNGROEP: [gemeente, naam, omschrijving, { naam: 'opgericht', type: 'datum' }, wijk, themas, doelgroepen],
  PARTNER: [
    gemeente,
    naam,
    { naam: 'soort', type: 'keuze', verplicht: true, waarden: PARTNER_SOORTEN, labels: 'soort' },
    { naam: 'professioneel', type: 'janee' },
    { naam: 'website', type: 'tekst', hint: 'formulier.hint.website' },
    { naam: 'wijken', type: 'verwijzingen', naar: 'WIJK' },
  ],
  ACTIVITEIT: [
    gemeente,
    naam,
    omschrijving,
    { naam: 'dag', type: 'keuze', waarden: DAGEN, labels: 'dag' },
    { naam: 'beginTijd', type: 'tijd', hint: 'formulier.tijdHint' },
    { naam: 'eindTijd', type: 'tijd', hint: 'formulier.tijdHint' },
    { naam: 'frequentie', type: 'keuze', waarden: FREQUENTIES, labels: 'frequentie' },
    { naam: 'bereik', type: 'geheel' },
    toegankelijk,
    { naam: 'organisatoren', type: 'verwijzingen', naar: 'PARTNER' },
    { naam: 'locatie', type: 'verwijzing', naar: 'LOCATIE' },
    { naam: 'steungroep', type: 'verwijzing', naar: 'STEUNGROEP' },
    themas,
    doelgroepen,
    { naam: 'magDoelen', type: 'verwijzingen', naar: 'MAG_DOEL' },
  ],
  LOCATIE: [
    gemeente,
    naam,
    {
      naam: 'soort',
      type: 'keuze',
      verplicht: true,
      waarden: LOCATIE_SOORTEN,
      labels: 'locatieSoort',
      label: 'formulier.veld.locatieSoort',
      lees: 'locatieSoort',
    },
    { naam: 'adres', type: 'tekst' },
    { naam: 'capaciteit', type: 'geheel' },
    toegankelijk,
    { naam: 'buurt', type: 'verwijzing', naar: 'BUURT' },
    { naam: 'beheerder', type: 'verwijzing', naar: 'PARTNER' },
  ],
  SIGNAAL: [
    gemeente,
    { naam: 'titel', type: 'tekst', verplicht: true },
    { ...omschrijving, hint: 'formulier.hint.signaal' },
    {
      naam: 'bron',
      type: 'keuze',
      verplicht: true,
      waarden: SIGNAAL_BRONNEN,
      labels: 'signaalBron',
      label: 'formulier.veld.signaalBron',
      lees: 'signaalBron',
    },
    { naam: 'status', type: 'keuze', waarden: SIGNAAL_STATUSSEN, labels: 'signaalStatus' },
    { naam: 'datum', type: 'datum', hint: 'formulier.hint.datumVandaag' },
    wijk,
    themas,
    { naam: 'eigenaar', type: 'verwijzing', naar: 'PARTNER' },
  ],
  INDICATOR: [
    gemeente,
    {
      naam: 'naam',
      type: 'code',
      verplicht: true,
      onveranderlijk: true,
      label: 'formulier.veld.maat',
      hint: 'formulier.hint.maat',
    },
    { naam: 'jaar', type: 'geheel', verplicht: true, onveranderlijk: true },
    { naam: 'waarde', type: 'getal', verplicht: true },
    { naam: 'eenheid', type: 'keuze', verplicht: true, waarden: EENHEDEN, labels: 'formulier.eenheid' },
    { naam: 'bron', type: 'tekst' },
    illustratief,
    wijk,
    themas,
  ],
  MAG_DOEL: [gemeente, naam, { naam: 'opgave', type: 'tekst' }],
  THEMA: [naam],
  DOELGROEP: [naam],
};

/** Kinds whose nodes belong to one gemeente (all but the gemeente itself and the vocabulary). */
export const heeftGemeente = (soort: Soort): boolean =>
  VELDEN[soort].some((veld) => veld.type === 'gemeente');

/**
 * Few enough to show as a list (a select or checkboxes): the shared vocabulary, and a gemeente's
 * kernen, wijken and MAG goals. Anything else is found by searching.
 */
export const UIT_LIJST: readonly Soort[] = ['THEMA', 'DOELGROEP', 'KERN', 'WIJK', 'MAG_DOEL'];

export const labelSleutel = (veld: VeldSpec): MessageKey =>
  veld.label ?? (`formulier.veld.${veld.naam}` as MessageKey);
