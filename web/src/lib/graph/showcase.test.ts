import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { parseShowcase, showcaseIds, showcaseParam } from './showcase.js';
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from './sync-graph.js';

function tiny(): ExplorerGraph {
  const g: ExplorerGraph = new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: true });
  const add = (id: string, kind: NodeAttributes['kind']) =>
    g.addNode(id, { label: id, kind, weight: 1, x: 0, y: 0, size: 3, color: '#000' });
  add('Thema:eenzaamheid', 'THEMA');
  add('Steungroep:a', 'STEUNGROEP');
  add('Activiteit:b', 'ACTIVITEIT');
  add('Partner:c', 'PARTNER');
  g.addDirectedEdge('Steungroep:a', 'Thema:eenzaamheid', { kind: 'OVER' });
  g.addDirectedEdge('Activiteit:b', 'Thema:eenzaamheid', { kind: 'OVER' });
  g.addDirectedEdge('Partner:c', 'Steungroep:a', { kind: 'PARTNER_VAN' });
  return g;
}

describe('the showcase', () => {
  it('reads and writes its URL form', () => {
    expect(parseShowcase('soort:PARTNER')).toEqual({ type: 'soort', kind: 'PARTNER' });
    expect(parseShowcase('buren:Thema:eenzaamheid')).toEqual({ type: 'buren', id: 'Thema:eenzaamheid' });
    expect(showcaseParam({ type: 'buren', id: 'Thema:eenzaamheid' })).toBe('buren:Thema:eenzaamheid');
    for (const bad of ['', 'soort:KAT', 'buren:geen-id', 'iets']) expect(parseShowcase(bad)).toBeUndefined();
  });

  it('lights up every node of a kind', () => {
    expect([...showcaseIds(tiny(), { type: 'soort', kind: 'PARTNER' })]).toEqual(['Partner:c']);
  });

  it('lights up a thema with everything about it', () => {
    const ids = showcaseIds(tiny(), { type: 'buren', id: 'Thema:eenzaamheid' });
    expect([...ids].sort()).toEqual(['Activiteit:b', 'Steungroep:a', 'Thema:eenzaamheid']);
  });

  it('lights up nothing for a node that is not drawn', () => {
    expect(showcaseIds(tiny(), { type: 'buren', id: 'Thema:elders' }).size).toBe(0);
  });
});
