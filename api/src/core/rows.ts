/**
 * The shapes resolvers pass to each other (codegen "mappers"). A node row is the node's stored
 * properties, sometimes with its degree; GraphQL fields with the same name resolve from it.
 */
export interface NodeRow {
  id: string;
  /** The degree, where the query that read the row computed it; else `RelationLoaders.degree`. */
  verbindingen?: number;
  [property: string]: unknown;
}

export interface EdgeRow {
  cursor: string;
  node: NodeRow;
}

export interface PageInfoRow {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface ConnectionRow {
  edges: EdgeRow[];
  pageInfo: PageInfoRow;
  totalCount: number;
}

export interface SteungroepPartnerRow {
  partner: NodeRow;
  kernteam: boolean;
}

export interface LidmaatschapRow {
  inwoner: NodeRow;
  rol: 'KARTREKKER' | 'VRIJWILLIGER' | 'DEELNEMER';
  sinds: string | null;
}

export interface TellingRow {
  aantal: number | null;
  minderDanVijf: boolean;
}

export interface LedenTellingRow {
  totaal: TellingRow;
  kartrekkers: TellingRow;
  vrijwilligers: TellingRow;
  deelnemers: TellingRow;
}

export interface SearchHitRow {
  node: NodeRow;
  kind: string;
  label: string;
  score: number;
}
