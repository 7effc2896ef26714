import type { NodeKind } from './kinds.js';

/** A node as `network` returns it. */
export interface NetNode {
  id: string;
  kind: NodeKind;
  label: string;
  weight: number;
}

/** An edge as `network` returns it. */
export interface NetEdge {
  id: string;
  source: string;
  target: string;
  kind: string;
}

/** A drawable subgraph: the answer of `network`, or several of them merged. */
export interface Network {
  nodes: NetNode[];
  edges: NetEdge[];
  truncated: boolean;
  totalNodes: number;
}

/**
 * One network out of several answers (the view and the neighbourhoods expanded on demand): each
 * node and edge once, the first answer's order first. `truncated` and `totalNodes` describe the
 * first answer, the one the filters asked for.
 */
export function mergeNetworks(networks: readonly Network[]): Network {
  const [first] = networks;
  if (!first) return { nodes: [], edges: [], truncated: false, totalNodes: 0 };
  const nodes = new Map<string, NetNode>();
  const edges = new Map<string, NetEdge>();
  for (const network of networks) {
    for (const node of network.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const edge of network.edges) if (!edges.has(edge.id)) edges.set(edge.id, edge);
  }
  return {
    nodes: [...nodes.values()],
    // An edge is drawn only between nodes that are there.
    edges: [...edges.values()].filter((edge) => nodes.has(edge.source) && nodes.has(edge.target)),
    truncated: first.truncated,
    totalNodes: first.totalNodes,
  };
}
