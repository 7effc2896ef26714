import { isNodeKind, type NodeKind } from './kinds.js';
import type { ExplorerGraph } from './sync-graph.js';

/**
 * The showcase ("uitlichten"): a set that stands out while the rest stays in view, greyed. Either
 * every node of one kind, or one node with its neighbours (everything about a thema, say).
 */
export type Showcase = { type: 'soort'; kind: NodeKind } | { type: 'buren'; id: string };

/** `soort:PARTNER` or `buren:Thema:eenzaamheid`, as the URL holds it. */
export function parseShowcase(value: string | null | undefined): Showcase | undefined {
  if (!value) return undefined;
  const colon = value.indexOf(':');
  const type = value.slice(0, colon);
  const rest = value.slice(colon + 1);
  if (type === 'soort' && isNodeKind(rest)) return { type, kind: rest };
  if (type === 'buren' && rest.includes(':')) return { type, id: rest };
  return undefined;
}

export function showcaseParam(showcase: Showcase): string {
  return showcase.type === 'soort' ? `soort:${showcase.kind}` : `buren:${showcase.id}`;
}

/** The ids the showcase lights up in this graph; empty when none of it is drawn. */
export function showcaseIds(graph: ExplorerGraph, showcase: Showcase): Set<string> {
  if (showcase.type === 'soort') {
    return new Set(graph.filterNodes((_id, attributes) => attributes.kind === showcase.kind));
  }
  if (!graph.hasNode(showcase.id)) return new Set();
  return new Set([showcase.id, ...graph.neighbors(showcase.id)]);
}
