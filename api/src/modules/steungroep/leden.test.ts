import { describe, expect, it } from 'vitest';
import { ledenTelling } from './leden.js';

const rollen = (k: number, v: number, d: number) => [
  ...Array<string>(k).fill('KARTREKKER'),
  ...Array<string>(v).fill('VRIJWILLIGER'),
  ...Array<string>(d).fill('DEELNEMER'),
];
const shown = (t: ReturnType<typeof ledenTelling>) => [
  t.totaal.aantal,
  t.kartrekkers.aantal,
  t.vrijwilligers.aantal,
  t.deelnemers.aantal,
];

describe('ledenTelling', () => {
  it('shows every count of 5 or more, and 0', () => {
    expect(shown(ledenTelling(rollen(5, 0, 20)))).toEqual([25, 5, 0, 20]);
  });

  it('hides counts from 1 to 4 as "fewer than 5"', () => {
    const t = ledenTelling(rollen(0, 0, 3));
    expect(t.totaal).toEqual({ aantal: null, minderDanVijf: true });
    expect(t.deelnemers).toEqual({ aantal: null, minderDanVijf: true });
    expect(t.kartrekkers).toEqual({ aantal: 0, minderDanVijf: false });
  });

  it('hides one more role when the hidden one could be worked out from the total', () => {
    // 12 in all, 5 vrijwilligers, 5 deelnemers would give away 2 kartrekkers.
    const t = ledenTelling(rollen(2, 5, 5));
    expect(shown(t)).toEqual([12, null, null, 5]);
    expect(t.kartrekkers.minderDanVijf).toBe(true);
    expect(t.vrijwilligers).toEqual({ aantal: null, minderDanVijf: false });
  });

  it('keeps hiding until the hidden roles add up to at least 5', () => {
    // 1 + 1 hidden = 2; hiding the 5 deelnemers makes it 7.
    expect(shown(ledenTelling(rollen(1, 1, 5)))).toEqual([7, null, null, null]);
    // 2 + 3 hidden = 5: nothing more to hide.
    expect(shown(ledenTelling(rollen(2, 3, 9)))).toEqual([14, null, null, 9]);
  });

  it('never lets the shown counts give away a hidden one', () => {
    for (let k = 0; k < 8; k++) {
      for (let v = 0; v < 8; v++) {
        for (let d = 0; d < 8; d++) {
          const t = ledenTelling(rollen(k, v, d));
          const cells = [t.kartrekkers, t.vrijwilligers, t.deelnemers];
          const hiddenSum = [k, v, d].reduce((sum, n, i) => sum + (cells[i]!.aantal === null ? n : 0), 0);
          if (t.totaal.aantal !== null)
            expect(hiddenSum === 0 || hiddenSum >= 5, `${k}/${v}/${d}`).toBe(true);
        }
      }
    }
  });
});
