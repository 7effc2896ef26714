/**
 * A wijk's figures as a table: one row per measure, one column per year, so a trend reads left to
 * right. Measures keep the order they first appear in; years run from old to new.
 */
export interface IndicatorRow {
  naam: string;
  jaar: number;
  waarde: number;
  eenheid: string;
}

export interface IndicatorTable {
  jaren: number[];
  maten: { naam: string; eenheid: string; waarden: (number | undefined)[] }[];
}

export function indicatorTable(indicatoren: readonly IndicatorRow[]): IndicatorTable {
  const jaren = [...new Set(indicatoren.map((i) => i.jaar))].sort((a, b) => a - b);
  const maten = new Map<string, { naam: string; eenheid: string; waarden: (number | undefined)[] }>();
  for (const indicator of indicatoren) {
    let maat = maten.get(indicator.naam);
    if (!maat) {
      maat = { naam: indicator.naam, eenheid: indicator.eenheid, waarden: jaren.map(() => undefined) };
      maten.set(indicator.naam, maat);
    }
    maat.waarden[jaren.indexOf(indicator.jaar)] = indicator.waarde;
  }
  return { jaren, maten: [...maten.values()] };
}
