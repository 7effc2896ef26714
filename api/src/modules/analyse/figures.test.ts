import { describe, expect, it } from 'vitest';
import { bereikPerMaand, laatstePerMaat, minMax, opsomming, round } from './figures.js';

describe('analysis figures', () => {
  it('turns reach per meeting into places per month by frequency', () => {
    expect(bereikPerMaand(12, 'WEKELIJKS')).toBe(52);
    expect(bereikPerMaand(12, 'TWEEWEKELIJKS')).toBe(26);
    expect(bereikPerMaand(12, 'MAANDELIJKS')).toBe(12);
    expect(bereikPerMaand(120, 'EENMALIG')).toBe(10);
    expect(bereikPerMaand(null, 'WEKELIJKS')).toBe(0);
  });

  it('places a value between the lowest and highest of its peers', () => {
    expect(minMax(10, [10, 20, 30])).toBe(0);
    expect(minMax(30, [10, 20, 30])).toBe(1);
    expect(minMax(15, [10, 20])).toBe(0.5);
    expect(minMax(7, [7, 7])).toBe(0.5);
  });

  it('enumerates in Dutch', () => {
    expect(opsomming(['A'])).toBe('A');
    expect(opsomming(['A', 'B'])).toBe('A en B');
    expect(opsomming(['A', 'B', 'C'])).toBe('A, B en C');
  });

  it('keeps the latest figure per measure', () => {
    const latest = laatstePerMaat([
      { naam: 'pct_eenzaam', jaar: 2023, waarde: 1 },
      { naam: 'pct_eenzaam', jaar: 2024, waarde: 2 },
      { naam: 'inwoners', jaar: 2022, waarde: 3 },
    ]);
    expect(latest.get('pct_eenzaam')?.waarde).toBe(2);
    expect(latest.get('inwoners')?.jaar).toBe(2022);
  });

  it('rounds away floating-point noise', () => {
    expect(round(0.1 + 0.2)).toBe(0.3);
  });
});
