import { describe, expect, it } from 'vitest';
import { punten, waardeAs } from './grafiek.js';

describe('waardeAs', () => {
  it('puts round ticks around the data rather than from zero', () => {
    expect(waardeAs([15.1, 15.6, 15.2, 14.7, 14.5])).toEqual({
      min: 14.5,
      max: 16,
      ticks: [14.5, 15, 15.5, 16],
    });
    expect(waardeAs([9640, 9800])).toEqual({ min: 9600, max: 9800, ticks: [9600, 9650, 9700, 9750, 9800] });
  });

  it('gives a flat series a band around its value, and nothing a unit axis', () => {
    const as = waardeAs([40, 40]);
    expect(as.min).toBeLessThan(40);
    expect(as.max).toBeGreaterThan(40);
    expect(waardeAs([])).toEqual({ min: 0, max: 1, ticks: [0, 1] });
  });
});

describe('punten', () => {
  const vlak = { breedte: 120, hoogte: 70, links: 10, rechts: 10, boven: 10, onder: 10 };
  it('spreads the years evenly and puts the axis minimum at the bottom, the maximum at the top', () => {
    const as = { min: 0, max: 10, ticks: [0, 10] };
    const p = punten(
      [
        { jaar: 2020, waarde: 0 },
        { jaar: 2021, waarde: 5 },
        { jaar: 2022, waarde: 10 },
      ],
      as,
      vlak,
    );
    expect(p.map(({ x, y }) => [x, y])).toEqual([
      [10, 60],
      [60, 35],
      [110, 10],
    ]);
  });
  it('centres a single year', () => {
    expect(punten([{ jaar: 2024, waarde: 1 }], { min: 0, max: 2, ticks: [] }, vlak)[0]).toMatchObject({
      x: 60,
      y: 35,
    });
  });
});
