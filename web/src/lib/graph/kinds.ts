import type { NodeKind, PartnerSoort } from '../graphql/__generated__/graphql.js';

export type { NodeKind, PartnerSoort };

/** Every kind, in the order the legend, the filters and the summaries list them. */
export const NODE_KINDS: readonly NodeKind[] = [
  'GEMEENTE',
  'KERN',
  'WIJK',
  'BUURT',
  'STEUNGROEP',
  'PARTNER',
  'ACTIVITEIT',
  'LOCATIE',
  'SIGNAAL',
  'THEMA',
  'DOELGROEP',
  'INDICATOR',
  'MAG_DOEL',
  'INWONER',
];

/** What `network` draws when `kinds` is left out (see schema/netwerk.graphql). */
export const DEFAULT_KINDS: readonly NodeKind[] = [
  'KERN',
  'WIJK',
  'STEUNGROEP',
  'PARTNER',
  'ACTIVITEIT',
  'LOCATIE',
  'SIGNAAL',
  'THEMA',
  'DOELGROEP',
];

/**
 * The kinds a viewer can ask for in the explorer. Residents are left out: the API shows them only
 * to their own community builder, and the explorer is for everyone.
 */
export const CHOOSABLE_KINDS: readonly NodeKind[] = NODE_KINDS.filter(
  (kind) => kind !== 'GEMEENTE' && kind !== 'INWONER',
);

/**
 * One colour per kind, each at least 3:1 against the white canvas (WCAG 1.4.11, graphics) and
 * apart in hue so neighbouring kinds do not blur together. The legend repeats them with names,
 * and the table gives the kind in words: colour is never the only clue.
 */
export const KIND_COLOURS: Record<NodeKind, string> = {
  GEMEENTE: '#1b1f24',
  KERN: '#5b2a86',
  WIJK: '#0a4d8c',
  BUURT: '#3d6e9e',
  STEUNGROEP: '#c2410c',
  PARTNER: '#15803d',
  ACTIVITEIT: '#0e7490',
  LOCATIE: '#7c5a2a',
  SIGNAAL: '#be123c',
  THEMA: '#a21caf',
  DOELGROEP: '#8a6a00',
  INDICATOR: '#4d5d6c',
  MAG_DOEL: '#6d28d9',
  INWONER: '#4a5260',
};

/** Nodes and edges outside the highlighted set: still there, but stepping back. */
export const MUTED_NODE = '#d4d9df';
export const EDGE_COLOUR = '#b8c0ca';
export const MUTED_EDGE = '#eceff3';
export const HIGHLIGHT_EDGE = '#4a5260';

const MIN_SIZE = 3;
const MAX_SIZE = 16;

/**
 * Node radius (in screen pixels at zoom 1) by its number of connections, on a square-root scale
 * so that hubs stand out without hiding the rest. Graphs of more than a few hundred nodes get
 * smaller nodes (down to a third), so thousands still fit side by side before zooming in.
 */
export function nodeSize(weight: number, maxWeight: number, order = 0): number {
  const scale = order > FULL_SIZE_ORDER ? Math.max(1 / 3, Math.sqrt(FULL_SIZE_ORDER / order)) : 1;
  if (maxWeight <= 0 || weight <= 0) return MIN_SIZE * scale;
  const share = Math.min(1, weight / maxWeight);
  return (MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(share)) * scale;
}

/** Up to this many nodes, sizes are as drawn for a wijk or a gemeente like Katwijk. */
const FULL_SIZE_ORDER = 400;

export function isNodeKind(value: unknown): value is NodeKind {
  return typeof value === 'string' && (NODE_KINDS as readonly string[]).includes(value);
}

/** The kind of an id: every id starts with its label (`Wijk:GM0537-WK01`). */
export function kindOfId(id: string): NodeKind | undefined {
  const label = id.slice(0, id.indexOf(':'));
  return LABEL_KINDS[label];
}

const LABEL_KINDS: Record<string, NodeKind> = {
  Gemeente: 'GEMEENTE',
  Kern: 'KERN',
  Wijk: 'WIJK',
  Buurt: 'BUURT',
  Steungroep: 'STEUNGROEP',
  Thema: 'THEMA',
  Doelgroep: 'DOELGROEP',
  Inwoner: 'INWONER',
  Partner: 'PARTNER',
  Activiteit: 'ACTIVITEIT',
  Locatie: 'LOCATIE',
  Signaal: 'SIGNAAL',
  Indicator: 'INDICATOR',
  MagDoel: 'MAG_DOEL',
};

/** Partner kinds, in the order of the schema's PartnerSoort. */
export const PARTNER_SOORTEN: readonly PartnerSoort[] = [
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
];

export function isPartnerSoort(value: unknown): value is PartnerSoort {
  return typeof value === 'string' && (PARTNER_SOORTEN as readonly string[]).includes(value);
}
