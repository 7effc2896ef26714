/**
 * The node kinds of the model (docs/model.md): the GraphQL enum value, the Neo4j label, and the
 * property that names a node. Labels in Cypher come only from this table, never from input.
 */
export const KINDS = {
  GEMEENTE: { label: 'Gemeente', name: 'naam', scoped: false },
  KERN: { label: 'Kern', name: 'naam', scoped: true },
  WIJK: { label: 'Wijk', name: 'naam', scoped: true },
  BUURT: { label: 'Buurt', name: 'naam', scoped: true },
  STEUNGROEP: { label: 'Steungroep', name: 'naam', scoped: true },
  THEMA: { label: 'Thema', name: 'naam', scoped: false },
  DOELGROEP: { label: 'Doelgroep', name: 'naam', scoped: false },
  INWONER: { label: 'Inwoner', name: 'pseudoniem', scoped: true },
  PARTNER: { label: 'Partner', name: 'naam', scoped: true },
  ACTIVITEIT: { label: 'Activiteit', name: 'naam', scoped: true },
  LOCATIE: { label: 'Locatie', name: 'naam', scoped: true },
  SIGNAAL: { label: 'Signaal', name: 'titel', scoped: true },
  INDICATOR: { label: 'Indicator', name: 'naam', scoped: true },
  MAG_DOEL: { label: 'MagDoel', name: 'naam', scoped: true },
} as const;

export type NodeKind = keyof typeof KINDS;
export type Label = (typeof KINDS)[NodeKind]['label'];

export const LABELS = Object.values(KINDS).map((k) => k.label) as Label[];

const kindByLabel = new Map<string, NodeKind>(
  Object.entries(KINDS).map(([kind, k]) => [k.label, kind as NodeKind]),
);

export function kindOfLabel(label: string): NodeKind | undefined {
  return kindByLabel.get(label);
}

/** The kind named by an id's prefix (`Wijk:GM0537-WK01` → WIJK), or undefined for a malformed id. */
export function kindOfId(id: string): NodeKind | undefined {
  const colon = id.indexOf(':');
  if (colon <= 0) return undefined;
  return kindOfLabel(id.slice(0, colon));
}

/**
 * Labels the network never shows, counts or walks through, as a Cypher label expression:
 * residents (personal data), and the access records that hang off model nodes (a builder's
 * Gebruiker is responsible for a steungroep, a partner's ApiSleutel belongs to it).
 */
export const OFF_NETWORK = 'Inwoner|Gebruiker|Sessie|ApiSleutel|AuditRegel';

/**
 * The relationship types of the network: every type but those that reach residents (LID_VAN,
 * WOONT_IN) and access records (VAN, VERANTWOORDELIJK_VOOR, WERKT_VOOR). A test holds this list
 * to the types in the database, so a new relationship cannot be left out unnoticed.
 */
export const NETWORK_RELATIONSHIPS = [
  'ACTIEF_IN',
  'BEHEERD_DOOR',
  'DRAAGT_BIJ_AAN',
  'EIGENAAR',
  'HOORT_BIJ',
  'IN_BUURT',
  'IN_GEMEENTE',
  'IN_KERN',
  'IN_WIJK',
  'OP_LOCATIE',
  'ORGANISEERT',
  'OVER',
  'PARTNER_VAN',
  'VAN_WIJK',
  'VOOR',
] as const;
export const OFF_NETWORK_RELATIONSHIPS = [
  'LID_VAN',
  'WOONT_IN',
  'VAN',
  'VERANTWOORDELIJK_VOOR',
  'WERKT_VOOR',
];

/**
 * Cypher for a node's degree in the network. Residents are left out so that counts shown to
 * anyone do not reveal how many residents hang off a node; access records are not the network.
 * Counted by relationship type, not by the label at the other end: Neo4j then need not read the
 * neighbours (half the database hits on a list, a ninth on a single wijk). A resident's own
 * connections (its groups and buurt) count for the builder who may see it.
 */
export const DEGREE = (v: string) =>
  `(COUNT { (${v})-[:${NETWORK_RELATIONSHIPS.join('|')}]-() } +
    CASE WHEN ${v}:Inwoner THEN COUNT { (${v})-[:LID_VAN|WOONT_IN]-() } ELSE 0 END)`;
