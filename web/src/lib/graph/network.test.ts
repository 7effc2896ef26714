import { describe, expect, it } from 'vitest';
import { mergeNetworks, type Network } from './network.js';

const node = (id: string) => ({ id, kind: 'PARTNER' as const, label: id, weight: 1 });
const edge = (id: string, source: string, target: string) => ({ id, source, target, kind: 'X' });

describe('mergeNetworks', () => {
  it('takes each node and edge once, the first answer first', () => {
    const view: Network = {
      nodes: [node('a'), node('b')],
      edges: [edge('ab', 'a', 'b')],
      truncated: true,
      totalNodes: 9,
    };
    const more: Network = {
      nodes: [node('b'), node('c')],
      edges: [edge('ab', 'a', 'b'), edge('bc', 'b', 'c')],
      truncated: false,
      totalNodes: 2,
    };
    const merged = mergeNetworks([view, more]);
    expect(merged.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(merged.edges.map((e) => e.id)).toEqual(['ab', 'bc']);
    expect(merged.truncated).toBe(true);
    expect(merged.totalNodes).toBe(9);
  });

  it('leaves out edges to nodes that are not there', () => {
    const merged = mergeNetworks([
      { nodes: [node('a')], edges: [edge('ax', 'a', 'x')], truncated: false, totalNodes: 1 },
    ]);
    expect(merged.edges).toEqual([]);
  });

  it('is empty for no answers', () => {
    expect(mergeNetworks([])).toEqual({ nodes: [], edges: [], truncated: false, totalNodes: 0 });
  });
});
