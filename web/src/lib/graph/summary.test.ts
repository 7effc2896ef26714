import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { countByKind, neighboursByKind } from './summary.js';
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from './sync-graph.js';

function tiny(): ExplorerGraph {
  const g: ExplorerGraph = new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: true });
  const add = (id: string, label: string, kind: NodeAttributes['kind']) =>
    g.addNode(id, { label, kind, weight: 1, x: 0, y: 0, size: 3, color: '#000' });
  add('s', 'Hoornesgroep', 'STEUNGROEP');
  add('p1', 'Welzijnskwartier', 'PARTNER');
  add('p2', 'Dunavie', 'PARTNER');
  add('w', 'De Hoornes', 'WIJK');
  g.addDirectedEdge('p1', 's', { kind: 'PARTNER_VAN' });
  g.addDirectedEdge('p2', 's', { kind: 'PARTNER_VAN' });
  g.addDirectedEdge('s', 'w', { kind: 'IN_WIJK' });
  g.addDirectedEdge('p2', 's', { kind: 'ORGANISEERT' });
  return g;
}

describe('countByKind', () => {
  it('counts the drawn nodes per kind, most first', () => {
    expect(countByKind(tiny())).toEqual([
      { kind: 'PARTNER', count: 2 },
      { kind: 'WIJK', count: 1 },
      { kind: 'STEUNGROEP', count: 1 },
    ]);
  });
});

describe('neighboursByKind', () => {
  it('groups a node’s neighbours by kind, each once and by name', () => {
    expect(neighboursByKind(tiny(), 's')).toEqual([
      { kind: 'WIJK', nodes: [{ id: 'w', label: 'De Hoornes' }] },
      {
        kind: 'PARTNER',
        nodes: [
          { id: 'p2', label: 'Dunavie' },
          { id: 'p1', label: 'Welzijnskwartier' },
        ],
      },
    ]);
    expect(neighboursByKind(tiny(), 'elders')).toEqual([]);
  });
});
