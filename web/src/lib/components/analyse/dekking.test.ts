import { describe, expect, it } from 'vitest';
import { aanbod, niveau, volgendeCel } from './dekking.js';

describe('aanbod and niveau', () => {
  it('counts activities and steungroepen together as offering', () => {
    expect(aanbod({ activiteiten: 2, steungroepen: 1 })).toBe(3);
  });
  it('shades none, one, two, and three or more apart', () => {
    expect([0, 1, 2, 3, 7].map(niveau)).toEqual([0, 1, 2, 3, 3]);
  });
});

describe('volgendeCel', () => {
  const maat = { rijen: 3, kolommen: 4 };
  it('moves one cell with the arrows and stops at the edges', () => {
    expect(volgendeCel({ rij: 1, kolom: 1 }, 'ArrowRight', maat)).toEqual({ rij: 1, kolom: 2 });
    expect(volgendeCel({ rij: 1, kolom: 1 }, 'ArrowUp', maat)).toEqual({ rij: 0, kolom: 1 });
    expect(volgendeCel({ rij: 2, kolom: 3 }, 'ArrowDown', maat)).toEqual({ rij: 2, kolom: 3 });
    expect(volgendeCel({ rij: 0, kolom: 0 }, 'ArrowLeft', maat)).toEqual({ rij: 0, kolom: 0 });
  });
  it('goes to the ends of the row with Home and End, and to the corners with Ctrl', () => {
    expect(volgendeCel({ rij: 1, kolom: 2 }, 'Home', maat)).toEqual({ rij: 1, kolom: 0 });
    expect(volgendeCel({ rij: 1, kolom: 2 }, 'End', maat)).toEqual({ rij: 1, kolom: 3 });
    expect(volgendeCel({ rij: 1, kolom: 2 }, 'Home', maat, true)).toEqual({ rij: 0, kolom: 0 });
    expect(volgendeCel({ rij: 1, kolom: 2 }, 'End', maat, true)).toEqual({ rij: 2, kolom: 3 });
  });
  it('leaves other keys to the browser', () => {
    expect(volgendeCel({ rij: 0, kolom: 0 }, 'Tab', maat)).toBeUndefined();
    expect(volgendeCel({ rij: 0, kolom: 0 }, 'Enter', maat)).toBeUndefined();
  });
});
