import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { csv, csvField, edgesCsv, nodesCsv } from './csv.js';
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from './sync-graph.js';

describe('csv', () => {
  it('quotes only fields that need it, doubling quotes', () => {
    expect(csvField('Dunavie')).toBe('Dunavie');
    expect(csvField('Taal; en "Thee"')).toBe('"Taal; en ""Thee"""');
    expect(csvField(' rand ')).toBe('" rand "');
    expect(csvField(12)).toBe('12');
  });

  it('starts with a byte-order mark and ends every line with CRLF', () => {
    expect(csv(['a', 'b'], [[1, 'x']])).toBe('\uFEFFa;b\r\n1;x\r\n');
  });

  it('lists the drawn nodes and edges with names beside the ids', () => {
    const g: ExplorerGraph = new Graph<NodeAttributes, EdgeAttributes>({ type: 'directed', multi: true });
    const look = { weight: 3, x: 0, y: 0, size: 3, color: '#000' };
    g.addNode('Partner:dunavie', { ...look, label: 'Dunavie', kind: 'PARTNER' });
    g.addNode('Steungroep:h', { ...look, label: 'Hoornesgroep', kind: 'STEUNGROEP' });
    g.addDirectedEdgeWithKey('e1', 'Partner:dunavie', 'Steungroep:h', { kind: 'PARTNER_VAN' });
    expect(nodesCsv(g, (kind) => kind.toLowerCase()).split('\r\n')).toEqual([
      '\uFEFFid;naam;soort;verbindingen;buren_in_beeld',
      'Partner:dunavie;Dunavie;partner;3;1',
      'Steungroep:h;Hoornesgroep;steungroep;3;1',
      '',
    ]);
    expect(edgesCsv(g, () => 'partner van').split('\r\n')[1]).toBe(
      'e1;Partner:dunavie;Dunavie;partner van;Steungroep:h;Hoornesgroep',
    );
  });
});
