/**
 * Seed records: plain data shaped after docs/model.md. A node record holds the node's own
 * properties plus the ids of the nodes it points to; the relationship records below are what the
 * loader derives from those ids. Dates are ISO strings here and become Neo4j `date` values on load.
 */
import { createHash } from 'node:crypto';

export type GemeenteCode = `GM${string}`;
export type IsoDate = `${number}-${number}-${number}`;
export type Tijd = `${number}:${number}`;
export type Id<L extends string> = `${L}:${string}`;

export type Dag = 'MA' | 'DI' | 'WO' | 'DO' | 'VR' | 'ZA' | 'ZO';
export type Frequentie = 'WEKELIJKS' | 'TWEEWEKELIJKS' | 'MAANDELIJKS' | 'EENMALIG';
export type Leeftijdsband = '18-29' | '30-49' | '50-64' | '65-79' | '80+';
export type LidRol = 'KARTREKKER' | 'VRIJWILLIGER' | 'DEELNEMER';
export type SignaalBron = 'WIJKTEAM' | 'WIJKMANAGER' | 'WIJKWERKER' | 'BEWONER' | 'PARTNER';
export type SignaalStatus = 'OPEN' | 'IN_BEHANDELING' | 'BEANTWOORD';
export type Eenheid = 'aantal' | 'procent';
export type PartnerSoort =
  | 'WELZIJN'
  | 'WONINGCORPORATIE'
  | 'WIJKVERENIGING'
  | 'JEUGDVERENIGING'
  | 'OUDERENBOND'
  | 'ZORG'
  | 'SPORT'
  | 'CULTUUR'
  | 'KERK'
  | 'BIBLIOTHEEK'
  | 'ONDERWIJS'
  | 'GEMEENTE'
  | 'WIJKTEAM'
  | 'BEHEERSTICHTING'
  | 'ONDERNEMERS'
  | 'OVERIG';
export type LocatieSoort =
  | 'HUIS_VAN_DE_WIJK'
  | 'WIJKHUIS'
  | 'DORPSHUIS'
  | 'BUURTHUIS'
  | 'HUISKAMER'
  | 'BIBLIOTHEEK'
  | 'KERK'
  | 'SPORTACCOMMODATIE'
  | 'ZORGCENTRUM'
  | 'SCHOOL'
  | 'OVERIG';

/** The shared vocabulary (not scoped per gemeente): slug → naam. */
export const THEMAS = {
  eenzaamheid: 'eenzaamheid',
  ontmoeting: 'ontmoeting in de wijk',
  'ontmoeting-tussen-culturen': 'ontmoeting tussen culturen',
  'kunst-en-cultuur': 'kunst en cultuur',
  zelfredzaamheid: 'zelfredzaamheid',
  jeugd: 'jeugd',
  ouderen: 'ouderen',
  inclusie: 'inclusie',
  'bewegen-en-gezondheid': 'bewegen en gezondheid',
  mantelzorg: 'mantelzorg',
  'taal-en-digitale-vaardigheden': 'taal en digitale vaardigheden',
  burenhulp: 'burenhulp',
  'armoede-en-schulden': 'armoede en schulden',
  'sociale-veiligheid': 'sociale veiligheid',
} as const;
export type ThemaSlug = keyof typeof THEMAS;

/** Health-related groups (beperking, GGZ) are for activities and groups, never for residents. */
export const DOELGROEPEN = {
  ouderen: 'ouderen',
  jongeren: 'jongeren',
  kinderen: 'kinderen',
  mantelzorgers: 'mantelzorgers',
  nieuwkomers: 'nieuwkomers',
  'mensen-met-een-beperking': 'mensen met een beperking',
  'ggz-achtergrond': 'GGZ-achtergrond',
  'kwetsbare-inwoners': 'kwetsbare inwoners',
  'alle-inwoners': 'alle inwoners',
  gezinnen: 'gezinnen',
} as const;
export type DoelgroepSlug = keyof typeof DOELGROEPEN;

export const themaId = (slug: ThemaSlug): Id<'Thema'> => `Thema:${slug}`;
export const doelgroepId = (slug: DoelgroepSlug): Id<'Doelgroep'> => `Doelgroep:${slug}`;

/**
 * Residents get `Inwoner:<uuid>` ids. The uuid is derived from a stable key (name-based, v5 layout)
 * so that seeding twice MERGEs onto the same node instead of creating a second resident.
 */
export function stableUuid(key: string): string {
  const h = createHash('sha1').update(`wijkweb-seed:${key}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

// ── Nodes ─────────────────────────────────────────────────────────────────────────────────────────

export interface GemeenteSeed {
  id: Id<'Gemeente'>;
  code: GemeenteCode;
  naam: string;
}

/** IN_GEMEENTE points at `Gemeente:<gemeente>`. */
export interface KernSeed {
  id: Id<'Kern'>;
  naam: string;
  gemeente: GemeenteCode;
  inwoners?: number;
}

export interface WijkSeed {
  id: Id<'Wijk'>;
  code: string;
  naam: string;
  gemeente: GemeenteCode;
  illustratief: boolean;
  kern: Id<'Kern'>;
}

export interface BuurtSeed {
  id: Id<'Buurt'>;
  code: string;
  naam: string;
  gemeente: GemeenteCode;
  illustratief: boolean;
  wijk: Id<'Wijk'>;
}

export interface ThemaSeed {
  id: Id<'Thema'>;
  naam: string;
}

export interface DoelgroepSeed {
  id: Id<'Doelgroep'>;
  naam: string;
}

export interface SteungroepPartner {
  partner: Id<'Partner'>;
  kernteam: boolean;
}

export interface SteungroepSeed {
  id: Id<'Steungroep'>;
  naam: string;
  omschrijving: string;
  gemeente: GemeenteCode;
  opgericht?: IsoDate;
  wijk: Id<'Wijk'>;
  themas: Id<'Thema'>[];
  doelgroepen: Id<'Doelgroep'>[];
  partners: SteungroepPartner[];
}

export interface Lidmaatschap {
  steungroep: Id<'Steungroep'>;
  rol: LidRol;
  sinds: IsoDate;
}

/** Only what the AVG minimum allows: no name, address, birth date or diagnosis. */
export interface InwonerSeed {
  id: Id<'Inwoner'>;
  pseudoniem: string;
  leeftijdsband: Leeftijdsband;
  toestemmingsdatum: IsoDate;
  gemeente: GemeenteCode;
  buurt: Id<'Buurt'>;
  lidmaatschappen: Lidmaatschap[];
}

export interface PartnerSeed {
  id: Id<'Partner'>;
  naam: string;
  soort: PartnerSoort;
  professioneel: boolean;
  website?: string;
  gemeente: GemeenteCode;
  actiefIn: Id<'Wijk'>[];
}

export interface ActiviteitSeed {
  id: Id<'Activiteit'>;
  naam: string;
  omschrijving: string;
  dag: Dag;
  beginTijd: Tijd;
  eindTijd: Tijd;
  frequentie: Frequentie;
  bereik: number;
  toegankelijk: boolean;
  laatstBevestigd: IsoDate;
  gemeente: GemeenteCode;
  organisatoren: Id<'Partner'>[];
  locatie: Id<'Locatie'>;
  themas: Id<'Thema'>[];
  doelgroepen: Id<'Doelgroep'>[];
  magDoelen: Id<'MagDoel'>[];
  steungroep?: Id<'Steungroep'>;
}

export interface LocatieSeed {
  id: Id<'Locatie'>;
  naam: string;
  soort: LocatieSoort;
  adres?: string;
  capaciteit: number;
  toegankelijk: boolean;
  gemeente: GemeenteCode;
  buurt: Id<'Buurt'>;
  beheerder?: Id<'Partner'>;
}

export interface SignaalSeed {
  id: Id<'Signaal'>;
  titel: string;
  omschrijving: string;
  bron: SignaalBron;
  status: SignaalStatus;
  datum: IsoDate;
  gemeente: GemeenteCode;
  wijk: Id<'Wijk'>;
  themas: Id<'Thema'>[];
  eigenaar?: Id<'Partner'>;
}

export interface IndicatorSeed {
  id: Id<'Indicator'>;
  naam: string;
  jaar: number;
  waarde: number;
  eenheid: Eenheid;
  bron: string;
  illustratief: boolean;
  gemeente: GemeenteCode;
  wijk: Id<'Wijk'>;
  themas: Id<'Thema'>[];
}

export interface MagDoelSeed {
  id: Id<'MagDoel'>;
  naam: string;
  opgave: string;
  gemeente: GemeenteCode;
}

/** Everything one gemeente brings. Thema and Doelgroep come from the shared vocabulary above. */
export interface SeedDataset {
  gemeente: GemeenteSeed;
  kernen: KernSeed[];
  wijken: WijkSeed[];
  buurten: BuurtSeed[];
  steungroepen: SteungroepSeed[];
  partners: PartnerSeed[];
  activiteiten: ActiviteitSeed[];
  locaties: LocatieSeed[];
  signalen: SignaalSeed[];
  indicatoren: IndicatorSeed[];
  magDoelen: MagDoelSeed[];
  inwoners: InwonerSeed[];
}

// ── Relationships (as the loader writes them) ─────────────────────────────────────────────────────

export interface Rel<F extends string, T extends string> {
  from: Id<F>;
  to: Id<T>;
}

export type KernInGemeente = Rel<'Kern', 'Gemeente'>;
export type WijkInKern = Rel<'Wijk', 'Kern'>;
export type BuurtInWijk = Rel<'Buurt', 'Wijk'>;
export type SteungroepInWijk = Rel<'Steungroep', 'Wijk'>;
export type SteungroepOver = Rel<'Steungroep', 'Thema'>;
export type ActiviteitOver = Rel<'Activiteit', 'Thema'>;
export type SignaalOver = Rel<'Signaal', 'Thema'>;
export type IndicatorOver = Rel<'Indicator', 'Thema'>;
export type SteungroepVoor = Rel<'Steungroep', 'Doelgroep'>;
export type ActiviteitVoor = Rel<'Activiteit', 'Doelgroep'>;
export interface PartnerVan extends Rel<'Partner', 'Steungroep'> {
  kernteam: boolean;
}
export interface LidVan extends Rel<'Inwoner', 'Steungroep'> {
  rol: LidRol;
  sinds: IsoDate;
}
export type WoontIn = Rel<'Inwoner', 'Buurt'>;
export type ActiefIn = Rel<'Partner', 'Wijk'>;
export type Organiseert = Rel<'Partner', 'Activiteit'>;
export type HoortBij = Rel<'Activiteit', 'Steungroep'>;
export type OpLocatie = Rel<'Activiteit', 'Locatie'>;
export type DraagtBijAan = Rel<'Activiteit', 'MagDoel'>;
export type LocatieInBuurt = Rel<'Locatie', 'Buurt'>;
export type BeheerdDoor = Rel<'Locatie', 'Partner'>;
export type SignaalInWijk = Rel<'Signaal', 'Wijk'>;
export type Eigenaar = Rel<'Signaal', 'Partner'>;
export type VanWijk = Rel<'Indicator', 'Wijk'>;

/** What a seed run wrote: rows per node label and per relationship pattern, as the data holds them. */
export interface SeedReport {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}
