import type { AbstractGraph } from 'graphology-types';
import { KIND_COLOURS, nodeSize, type NodeKind } from './kinds.js';
import type { Network } from './network.js';
import { placeNear, spiralPositions } from './placement.js';

/** What a drawn node carries: sigma reads x, y, size, color and label as they are. */
export interface NodeAttributes {
  label: string;
  kind: NodeKind;
  /** Connections in the whole network (from the API), which sets the size. */
  weight: number;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EdgeAttributes {
  /** Relationship type, e.g. `PARTNER_VAN`. */
  kind: string;
}

export type ExplorerGraph = AbstractGraph<NodeAttributes, EdgeAttributes>;

export interface SyncResult {
  added: string[];
  removed: string[];
}

/**
 * Makes `graph` draw `network`: nodes and edges that left are dropped, those that stay keep their
 * place, newcomers start beside their drawn neighbours (or on a spiral when the graph was empty).
 * Keeping places is what lets a filter change or an expansion move the picture gently instead of
 * starting the layout over.
 */
export function syncGraph(graph: ExplorerGraph, network: Network): SyncResult {
  const wanted = new Set(network.nodes.map((node) => node.id));
  const removed = graph.filterNodes((id) => !wanted.has(id));
  for (const id of removed) graph.dropNode(id);
  const wantedEdges = new Set(network.edges.map((edge) => edge.id));
  for (const id of graph.filterEdges((id) => !wantedEdges.has(id))) graph.dropEdge(id);

  const maxWeight = network.nodes.reduce((max, node) => Math.max(max, node.weight), 0);
  const newcomers = network.nodes.filter((node) => !graph.hasNode(node.id));
  const positions = positionsFor(
    graph,
    network,
    newcomers.map((node) => node.id),
  );

  for (const node of network.nodes) {
    const look = {
      label: node.label,
      kind: node.kind,
      weight: node.weight,
      size: nodeSize(node.weight, maxWeight, network.nodes.length),
      color: KIND_COLOURS[node.kind],
    };
    if (graph.hasNode(node.id)) graph.mergeNodeAttributes(node.id, look);
    else graph.addNode(node.id, { ...look, ...positions.get(node.id)! });
  }
  for (const edge of network.edges) {
    if (graph.hasEdge(edge.id) || !graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, { kind: edge.kind });
  }
  return { added: newcomers.map((node) => node.id), removed };
}

function positionsFor(
  graph: ExplorerGraph,
  network: Network,
  ids: string[],
): Map<string, { x: number; y: number }> {
  if (graph.order === 0) return spiralPositions(ids);
  // Beside the neighbours that are already drawn, at about the distance nodes have now.
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_id, { x, y }) => {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  });
  const centre = { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  const spread = Math.max(1, Math.hypot(maxX - minX, maxY - minY) / Math.sqrt(graph.order + 1));
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => neighbours.set(a, [...(neighbours.get(a) ?? []), b]);
  for (const edge of network.edges) {
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }
  const positions = new Map<string, { x: number; y: number }>();
  for (const id of ids) {
    const drawn = (neighbours.get(id) ?? [])
      .filter((other) => graph.hasNode(other))
      .map((other) => graph.getNodeAttributes(other));
    positions.set(id, placeNear(id, drawn, centre, spread));
  }
  return positions;
}
