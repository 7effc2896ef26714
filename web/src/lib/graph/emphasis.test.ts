import { describe, expect, it } from 'vitest';
import { edgeLook, nodeLook } from './emphasis.js';
import { HIGHLIGHT_EDGE, MUTED_EDGE, MUTED_NODE } from './kinds.js';

const hovered = { id: 'a', neighbours: new Set(['b']) };

describe('nodeLook', () => {
  it('changes nothing when nothing is pointed at', () => {
    expect(nodeLook('a', {})).toEqual({});
  });

  it('lights up the hovered node and its neighbours and greys out the rest', () => {
    expect(nodeLook('a', { hovered })).toMatchObject({ highlighted: true, forceLabel: true });
    expect(nodeLook('b', { hovered })).toMatchObject({ forceLabel: true });
    expect(nodeLook('c', { hovered })).toEqual({ color: MUTED_NODE, label: null, zIndex: 0 });
  });

  it('keeps the chosen node in colour, even outside the showcase', () => {
    expect(nodeLook('c', { selected: 'c', showcase: new Set(['a']) })).toMatchObject({ highlighted: true });
  });

  it('greys out what is not in the showcase without hiding it', () => {
    const showcase = new Set(['a', 'b']);
    expect(nodeLook('a', { showcase }).color).toBeUndefined();
    const rest = nodeLook('c', { showcase });
    expect(rest.color).toBe(MUTED_NODE);
    expect(rest).not.toHaveProperty('hidden');
  });
});

describe('edgeLook', () => {
  it('hides every edge while the layout moves the nodes', () => {
    expect(edgeLook('a', 'b', { edgesHidden: true, selected: 'a' })).toEqual({ hidden: true });
  });

  it('shows only the hovered node’s edges, darker', () => {
    expect(edgeLook('b', 'a', { hovered })).toMatchObject({ color: HIGHLIGHT_EDGE });
    expect(edgeLook('b', 'c', { hovered })).toEqual({ hidden: true });
  });

  it('darkens the chosen node’s edges', () => {
    expect(edgeLook('a', 'c', { selected: 'c' })).toMatchObject({ color: HIGHLIGHT_EDGE });
    expect(edgeLook('a', 'b', { selected: 'c' })).toEqual({});
  });

  it('keeps edges inside the showcase and mutes the others', () => {
    const showcase = new Set(['a', 'b']);
    expect(edgeLook('a', 'b', { showcase }).color).not.toBe(MUTED_EDGE);
    expect(edgeLook('a', 'c', { showcase }).color).toBe(MUTED_EDGE);
  });
});
