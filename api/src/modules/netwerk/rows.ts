import type { NodeKind } from '../../core/kinds.js';

// Type aliases rather than interfaces: they fit the db boundary's plain `Row` shape as they are.
export type NetworkNodeRow = {
  id: string;
  kind: NodeKind;
  label: string;
  weight: number;
};

export type NetworkEdgeRow = {
  id: string;
  source: string;
  target: string;
  kind: string;
};

export type NetworkRow = {
  nodes: NetworkNodeRow[];
  edges: NetworkEdgeRow[];
  truncated: boolean;
  totalNodes: number;
};
