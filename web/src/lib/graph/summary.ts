import { NODE_KINDS, type NodeKind } from './kinds.js';
import type { ExplorerGraph } from './sync-graph.js';

/** How many nodes of each kind are drawn, most first (ties in legend order), kinds with none left out. */
export function countByKind(graph: ExplorerGraph): { kind: NodeKind; count: number }[] {
  const counts = new Map<NodeKind, number>();
  graph.forEachNode((_id, node) => counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1));
  return NODE_KINDS.filter((kind) => counts.has(kind))
    .map((kind) => ({ kind, count: counts.get(kind)! }))
    .sort((a, b) => b.count - a.count);
}

/** A node's drawn neighbours grouped by kind, each group by name: the details panel's links. */
export function neighboursByKind(
  graph: ExplorerGraph,
  id: string,
): { kind: NodeKind; nodes: { id: string; label: string }[] }[] {
  if (!graph.hasNode(id)) return [];
  const groups = new Map<NodeKind, { id: string; label: string }[]>();
  for (const other of new Set(graph.neighbors(id))) {
    const node = graph.getNodeAttributes(other);
    groups.set(node.kind, [...(groups.get(node.kind) ?? []), { id: other, label: node.label }]);
  }
  return NODE_KINDS.filter((kind) => groups.has(kind)).map((kind) => ({
    kind,
    nodes: groups.get(kind)!.sort((a, b) => a.label.localeCompare(b.label, 'nl')),
  }));
}
