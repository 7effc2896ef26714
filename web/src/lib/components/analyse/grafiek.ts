/**
 * The arithmetic of the small line charts: a readable value axis and the mapping from data to
 * the drawing. Pure, so it is tested on its own and the component only draws.
 */

export interface As {
  min: number;
  max: number;
  ticks: number[];
}

/** A step of 1, 2, 2.5 or 5 times a power of ten that splits `bereik` into about `stappen` parts. */
function mooieStap(bereik: number, stappen: number): number {
  const ruw = bereik / stappen;
  const macht = 10 ** Math.floor(Math.log10(ruw));
  const fractie = ruw / macht;
  const mooi = fractie <= 1 ? 1 : fractie <= 2 ? 2 : fractie <= 2.5 ? 2.5 : fractie <= 5 ? 5 : 10;
  return mooi * macht;
}

/**
 * A value axis around the data, not from zero: a yearly change of half a percent must be visible.
 * Round ticks; a flat series gets a band around its value.
 */
export function waardeAs(waarden: readonly number[], stappen = 4): As {
  if (waarden.length === 0) return { min: 0, max: 1, ticks: [0, 1] };
  let lo = Math.min(...waarden);
  let hi = Math.max(...waarden);
  if (lo === hi) {
    const marge = Math.abs(lo) > 0 ? Math.abs(lo) * 0.1 : 1;
    lo -= marge;
    hi += marge;
  }
  const stap = mooieStap(hi - lo, stappen);
  const min = Math.floor(lo / stap) * stap;
  const max = Math.ceil(hi / stap) * stap;
  const ticks: number[] = [];
  for (let waarde = min; waarde <= max + stap / 1000; waarde += stap)
    ticks.push(Math.round(waarde * 1e6) / 1e6);
  return { min, max, ticks };
}

export interface Vlak {
  breedte: number;
  hoogte: number;
  links: number;
  rechts: number;
  boven: number;
  onder: number;
}

/** Where each point lands: years spread evenly left to right, values bottom to top on the axis. */
export function punten(
  reeks: readonly { jaar: number; waarde: number }[],
  as: As,
  vlak: Vlak,
): { jaar: number; waarde: number; x: number; y: number }[] {
  const breedte = vlak.breedte - vlak.links - vlak.rechts;
  const hoogte = vlak.hoogte - vlak.boven - vlak.onder;
  return reeks.map((punt, i) => ({
    ...punt,
    x: vlak.links + (reeks.length === 1 ? breedte / 2 : (i * breedte) / (reeks.length - 1)),
    y: vlak.boven + hoogte - ((punt.waarde - as.min) / (as.max - as.min || 1)) * hoogte,
  }));
}
