import { describe, expect, it } from 'vitest';
import { KIND_COLOURS, NODE_KINDS, kindOfId, nodeSize } from './kinds.js';

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

describe('kind colours', () => {
  it('give every kind a colour of at least 3:1 against the white canvas', () => {
    for (const kind of NODE_KINDS) expect(contrast(KIND_COLOURS[kind], '#ffffff')).toBeGreaterThanOrEqual(3);
  });

  it('give no two kinds the same colour', () => {
    expect(new Set(Object.values(KIND_COLOURS)).size).toBe(NODE_KINDS.length);
  });
});

describe('nodeSize', () => {
  it('runs from 3 for the least connected to 16 for the best connected', () => {
    expect(nodeSize(0, 40)).toBe(3);
    expect(nodeSize(40, 40)).toBe(16);
    expect(nodeSize(10, 40)).toBeCloseTo(3 + 13 * 0.5);
  });

  it('shrinks every node in big graphs, to a third at most', () => {
    expect(nodeSize(40, 40, 400)).toBe(16);
    expect(nodeSize(40, 40, 1600)).toBe(8);
    expect(nodeSize(0, 40, 100_000)).toBe(1);
  });

  it('grows with the weight and never past the largest', () => {
    expect(nodeSize(5, 40)).toBeLessThan(nodeSize(6, 40));
    expect(nodeSize(80, 40)).toBe(16);
    expect(nodeSize(3, 0)).toBe(3);
  });
});

describe('kindOfId', () => {
  it('reads the kind from the label the id starts with', () => {
    expect(kindOfId('Steungroep:hoornesgroep')).toBe('STEUNGROEP');
    expect(kindOfId('MagDoel:GM0537-ontmoeting')).toBe('MAG_DOEL');
    expect(kindOfId('Onbekend:x')).toBeUndefined();
    expect(kindOfId('zonder-dubbele-punt')).toBeUndefined();
  });
});
