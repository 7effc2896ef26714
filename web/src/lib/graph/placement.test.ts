import { describe, expect, it } from 'vitest';
import { hashId, placeNear, spiralPositions } from './placement.js';

describe('spiralPositions', () => {
  it('gives the same places whatever order the ids come in', () => {
    const a = spiralPositions(['x', 'y', 'z']);
    const b = spiralPositions(['z', 'x', 'y']);
    for (const id of ['x', 'y', 'z']) expect(a.get(id)).toEqual(b.get(id));
  });

  it('never puts two nodes on one spot', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `Partner:p${i}`);
    const places = new Set(
      [...spiralPositions(ids).values()].map(({ x, y }) => `${x.toFixed(3)},${y.toFixed(3)}`),
    );
    expect(places.size).toBe(500);
  });
});

describe('placeNear', () => {
  it('puts a newcomer close to the middle of its drawn neighbours', () => {
    const place = placeNear(
      'Partner:nieuw',
      [
        { x: 10, y: 0 },
        { x: 30, y: 0 },
      ],
      { x: 0, y: 0 },
      4,
    );
    expect(Math.hypot(place.x - 20, place.y)).toBeLessThanOrEqual(4);
    expect(Math.hypot(place.x - 20, place.y)).toBeGreaterThanOrEqual(2);
  });

  it('falls back to the given centre without neighbours, and is stable', () => {
    const place = placeNear('Partner:nieuw', [], { x: 100, y: 100 }, 1);
    expect(Math.hypot(place.x - 100, place.y - 100)).toBeLessThanOrEqual(1);
    expect(placeNear('Partner:nieuw', [], { x: 100, y: 100 }, 1)).toEqual(place);
  });
});

describe('hashId', () => {
  it('is a stable unsigned 32-bit number', () => {
    expect(hashId('Wijk:GM0537-WK02')).toBe(hashId('Wijk:GM0537-WK02'));
    expect(hashId('a')).not.toBe(hashId('b'));
    expect(hashId('abc')).toBeGreaterThanOrEqual(0);
    expect(hashId('abc')).toBeLessThan(2 ** 32);
  });
});
