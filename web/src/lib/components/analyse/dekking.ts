/** Pure helpers for the coverage heatmap: how a cell is shaded, and where the arrow keys go. */

export interface CelTelling {
  activiteiten: number;
  steungroepen: number;
}

/** Offering in a cell: current activities plus steungroepen (outdated activities do not count). */
export function aanbod(cel: CelTelling): number {
  return cel.activiteiten + cel.steungroepen;
}

/** Shade step for an amount of offering: 0, 1, 2, or 3 for three or more. */
export function niveau(aantal: number): 0 | 1 | 2 | 3 {
  return aantal <= 0 ? 0 : aantal === 1 ? 1 : aantal === 2 ? 2 : 3;
}

export interface Positie {
  rij: number;
  kolom: number;
}

/**
 * Where a key moves the focus in a grid of `rijen` × `kolommen` cells (the data-grid keys of
 * the WAI-ARIA practices): arrows one step, Home/End to the row's ends, with Ctrl to the grid's
 * corners. Stops at the edges. Undefined for any other key, so the browser keeps it.
 */
export function volgendeCel(
  positie: Positie,
  toets: string,
  maat: { rijen: number; kolommen: number },
  ctrl = false,
): Positie | undefined {
  const laatsteRij = maat.rijen - 1;
  const laatsteKolom = maat.kolommen - 1;
  const binnen = (rij: number, kolom: number): Positie => ({
    rij: Math.max(0, Math.min(laatsteRij, rij)),
    kolom: Math.max(0, Math.min(laatsteKolom, kolom)),
  });
  switch (toets) {
    case 'ArrowRight':
      return binnen(positie.rij, positie.kolom + 1);
    case 'ArrowLeft':
      return binnen(positie.rij, positie.kolom - 1);
    case 'ArrowDown':
      return binnen(positie.rij + 1, positie.kolom);
    case 'ArrowUp':
      return binnen(positie.rij - 1, positie.kolom);
    case 'Home':
      return binnen(ctrl ? 0 : positie.rij, 0);
    case 'End':
      return binnen(ctrl ? laatsteRij : positie.rij, laatsteKolom);
    default:
      return undefined;
  }
}
