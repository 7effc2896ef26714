import { describe, expect, it } from 'vitest';
import { clusterKleur, netwerkLayout, straal } from './verbindersnet.js';

/** Two triangles joined through one broker, c. */
const knopen = [
  { id: 'a', naam: 'A', cluster: 1, betweenness: 0 },
  { id: 'b', naam: 'B', cluster: 1, betweenness: 0 },
  { id: 'c', naam: 'C', cluster: 1, betweenness: 0.6 },
  { id: 'd', naam: 'D', cluster: 2, betweenness: 0.2 },
  { id: 'e', naam: 'E', cluster: 2, betweenness: 0 },
];
const lijnen = [
  { a: 'a', b: 'b', gewicht: 1 },
  { a: 'a', b: 'c', gewicht: 2 },
  { a: 'b', b: 'c', gewicht: 1 },
  { a: 'c', b: 'd', gewicht: 1 },
  { a: 'd', b: 'e', gewicht: 1 },
];

describe('netwerkLayout', () => {
  it('gives the same picture for the same network', () => {
    expect(netwerkLayout(knopen, lijnen)).toEqual(netwerkLayout(knopen, lijnen));
  });

  it('keeps every node inside the box and ends each line on its nodes', () => {
    const { knopen: getekend, lijnen: getrokken } = netwerkLayout(knopen, lijnen, {
      breedte: 400,
      hoogte: 300,
      marge: 20,
    });
    for (const knoop of getekend) {
      expect(knoop.x).toBeGreaterThanOrEqual(19.9);
      expect(knoop.x).toBeLessThanOrEqual(380.1);
      expect(knoop.y).toBeGreaterThanOrEqual(19.9);
      expect(knoop.y).toBeLessThanOrEqual(280.1);
    }
    const c = getekend.find((k) => k.id === 'c')!;
    const lijn = getrokken.find((l) => l.a === 'a' && l.b === 'c')!;
    expect([lijn.x2, lijn.y2]).toEqual([c.x, c.y]);
  });

  it('draws the strongest broker largest and drops lines to unknown partners', () => {
    const { knopen: getekend, lijnen: getrokken } = netwerkLayout(knopen, [
      ...lijnen,
      { a: 'a', b: 'zz', gewicht: 1 },
    ]);
    const r = Object.fromEntries(getekend.map((k) => [k.id, k.r]));
    expect(r.c).toBe(24);
    expect(r.d).toBeGreaterThan(r.a!);
    expect(r.a).toBe(5);
    expect(getrokken).toHaveLength(5);
  });

  it('draws nothing for an empty network', () => {
    expect(netwerkLayout([], [])).toEqual({ knopen: [], lijnen: [] });
  });
});

describe('straal and clusterKleur', () => {
  it('grows the radius with the square root of brokerage', () => {
    expect(straal(0, 1)).toBe(5);
    expect(straal(1, 1)).toBe(24);
    expect(straal(0.25, 1)).toBe(5 + 19 * 0.5);
    expect(straal(0.3, 0)).toBe(5);
  });
  it('gives each cluster number a colour and repeats after eight', () => {
    expect(clusterKleur(1)).toBe('#0072b2');
    expect(clusterKleur(9)).toBe(clusterKleur(1));
  });
});
