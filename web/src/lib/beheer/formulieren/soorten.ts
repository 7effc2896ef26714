import type { NodeKind } from '../../graphql/__generated__/graphql.js';

/**
 * The kinds a form creates, changes and removes: every node kind but residents, whose AVG minimum
 * has its own pages (member management). In URLs a kind is a slug (`mag-doel`), in ids and
 * mutation names its label (`MagDoel:…`, `maakMagDoel`).
 */
export type Soort = Exclude<NodeKind, 'INWONER'>;

/** In the order the overview lists them: the network first, then monitoring and vocabulary. */
export const SOORTEN: readonly Soort[] = [
  'GEMEENTE',
  'KERN',
  'WIJK',
  'BUURT',
  'STEUNGROEP',
  'PARTNER',
  'ACTIVITEIT',
  'LOCATIE',
  'SIGNAAL',
  'INDICATOR',
  'MAG_DOEL',
  'THEMA',
  'DOELGROEP',
];

const LABELS: Record<Soort, string> = {
  GEMEENTE: 'Gemeente',
  KERN: 'Kern',
  WIJK: 'Wijk',
  BUURT: 'Buurt',
  STEUNGROEP: 'Steungroep',
  PARTNER: 'Partner',
  ACTIVITEIT: 'Activiteit',
  LOCATIE: 'Locatie',
  SIGNAAL: 'Signaal',
  INDICATOR: 'Indicator',
  MAG_DOEL: 'MagDoel',
  THEMA: 'Thema',
  DOELGROEP: 'Doelgroep',
};

export function isSoort(waarde: unknown): waarde is Soort {
  return typeof waarde === 'string' && (SOORTEN as readonly string[]).includes(waarde);
}

/** The label of ids and mutations: `MagDoel`. */
export const labelVan = (soort: Soort): string => LABELS[soort];

/** The field of a mutation's result that holds the node: `magDoel`. */
export const resultaatVeld = (soort: Soort): string =>
  LABELS[soort].charAt(0).toLowerCase() + LABELS[soort].slice(1);

/** The kind in a URL: `mag-doel`. */
export const slugVan = (soort: Soort): string => soort.toLowerCase().replace(/_/g, '-');

export function soortVanSlug(slug: string): Soort | undefined {
  return SOORTEN.find((soort) => slugVan(soort) === slug);
}

/** The kind of an id, when it is one a form edits. */
export function soortVanId(id: string): Soort | undefined {
  const label = id.slice(0, id.indexOf(':'));
  return SOORTEN.find((soort) => LABELS[soort] === label);
}
