import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { KIND_COLOURS } from './kinds.js';
import type { Network } from './network.js';
import { syncGraph, type EdgeAttributes, type ExplorerGraph, type NodeAttributes } from './sync-graph.js';

const graph = (): ExplorerGraph =>
  new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: true });
const net = (ids: string[], edges: [string, string][] = []): Network => ({
  nodes: ids.map((id, i) => ({
    id,
    kind: i === 0 ? 'STEUNGROEP' : 'PARTNER',
    label: id.toUpperCase(),
    weight: i + 1,
  })),
  edges: edges.map(([source, target]) => ({
    id: `${source}-${target}`,
    source,
    target,
    kind: 'PARTNER_VAN',
  })),
  truncated: false,
  totalNodes: ids.length,
});

describe('syncGraph', () => {
  it('draws a network into an empty graph with colour, size and a place for every node', () => {
    const g = graph();
    const result = syncGraph(
      g,
      net(
        ['a', 'b', 'c'],
        [
          ['b', 'a'],
          ['c', 'a'],
        ],
      ),
    );
    expect(result).toEqual({ added: ['a', 'b', 'c'], removed: [] });
    expect(g.order).toBe(3);
    expect(g.size).toBe(2);
    expect(g.getNodeAttributes('a')).toMatchObject({
      label: 'A',
      kind: 'STEUNGROEP',
      color: KIND_COLOURS.STEUNGROEP,
    });
    expect(g.getNodeAttribute('c', 'size')).toBe(16);
    g.forEachNode((_id, node) => {
      expect(Number.isFinite(node.x)).toBe(true);
      expect(Number.isFinite(node.y)).toBe(true);
    });
  });

  it('keeps the places of nodes that stay and drops those that left, with their edges', () => {
    const g = graph();
    syncGraph(
      g,
      net(
        ['a', 'b', 'c'],
        [
          ['b', 'a'],
          ['c', 'a'],
        ],
      ),
    );
    g.mergeNodeAttributes('a', { x: 500, y: -500 });
    const result = syncGraph(g, net(['a', 'b'], [['b', 'a']]));
    expect(result).toEqual({ added: [], removed: ['c'] });
    expect(g.getNodeAttributes('a')).toMatchObject({ x: 500, y: -500 });
    expect(g.edges()).toEqual(['b-a']);
  });

  it('places a newcomer beside its drawn neighbour', () => {
    const g = graph();
    syncGraph(g, net(['a', 'b'], [['b', 'a']]));
    g.mergeNodeAttributes('a', { x: 1000, y: 1000 });
    g.mergeNodeAttributes('b', { x: -1000, y: -1000 });
    syncGraph(
      g,
      net(
        ['a', 'b', 'n'],
        [
          ['b', 'a'],
          ['n', 'a'],
        ],
      ),
    );
    const n = g.getNodeAttributes('n');
    expect(Math.hypot(n.x - 1000, n.y - 1000)).toBeLessThan(Math.hypot(n.x + 1000, n.y + 1000));
  });

  it('leaves out an edge whose end is not drawn', () => {
    const g = graph();
    const network = net(['a', 'b'], [['b', 'a']]);
    network.edges.push({ id: 'x', source: 'a', target: 'elders', kind: 'OVER' });
    syncGraph(g, network);
    expect(g.edges()).toEqual(['b-a']);
  });
});
