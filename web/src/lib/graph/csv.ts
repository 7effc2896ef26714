import type { ExplorerGraph } from './sync-graph.js';

/**
 * The drawn network as two CSV files. Semicolons and a byte-order mark, because that is what
 * Excel with Dutch settings opens without an import wizard; every field is quoted when it needs to be.
 */
const SEPARATOR = ';';
const BOM = '\uFEFF';

export function csvField(value: string | number): string {
  const text = String(value);
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvField).join(SEPARATOR)).join('\r\n') + '\r\n';
}

/** id; naam; soort; verbindingen (whole network); buren (in this view). */
export function nodesCsv(graph: ExplorerGraph, kindName: (kind: string) => string): string {
  const rows = graph.mapNodes((id, node) => [
    id,
    node.label,
    kindName(node.kind),
    node.weight,
    graph.degree(id),
  ]);
  return csv(['id', 'naam', 'soort', 'verbindingen', 'buren_in_beeld'], rows);
}

/** One row per edge: where it starts, what it is, where it ends, with names beside the ids. */
export function edgesCsv(graph: ExplorerGraph, relationName: (kind: string) => string): string {
  const rows = graph.mapEdges((id, edge, source, target, sourceNode, targetNode) => [
    id,
    source,
    sourceNode.label,
    relationName(edge.kind),
    target,
    targetNode.label,
  ]);
  return csv(['id', 'van', 'van_naam', 'relatie', 'naar', 'naar_naam'], rows);
}
