/** Small numeric helpers shared by the analyses; pure, so they are tested on their own. */

/** Meetings per month by frequency; a one-off event counts as one meeting a year. */
export const BIJEENKOMSTEN_PER_MAAND: Record<string, number> = {
  WEKELIJKS: 52 / 12,
  TWEEWEKELIJKS: 26 / 12,
  MAANDELIJKS: 1,
  EENMALIG: 1 / 12,
};

/** Participant places per month: reach per meeting times meetings per month, rounded. */
export function bereikPerMaand(
  bereik: number | null | undefined,
  frequentie: string | null | undefined,
): number {
  if (!bereik) return 0;
  return Math.round(bereik * (BIJEENKOMSTEN_PER_MAAND[frequentie ?? ''] ?? 1));
}

/** Rounds for output, so that floating-point noise never decides an order. */
export const round = (x: number, digits = 4) => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};

/**
 * Where a value sits between the lowest and highest of its peers: 0 at the lowest, 1 at the
 * highest, 0.5 when all peers are equal (nothing to tell them apart).
 */
export function minMax(value: number, peers: readonly number[]): number {
  const lo = Math.min(...peers, value);
  const hi = Math.max(...peers, value);
  return hi === lo ? 0.5 : (value - lo) / (hi - lo);
}

export const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Sorting helpers: every list in an analysis ends its order on the id, so results are stable. */
export const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
export const compareStrings = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Dutch enumeration: "A", "A en B", "A, B en C". */
export function opsomming(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

/** Latest figure per measure from a list of yearly figures. */
export function laatstePerMaat<T extends { naam: string; jaar: number }>(
  figures: readonly T[],
): Map<string, T> {
  const latest = new Map<string, T>();
  for (const f of figures) {
    const seen = latest.get(f.naam);
    if (!seen || f.jaar > seen.jaar) latest.set(f.naam, f);
  }
  return latest;
}

/** Partner kinds as a beleidsadviseur says them, for explanations. */
export const SOORT_NAAM: Record<string, string> = {
  WELZIJN: 'welzijnsorganisatie',
  WONINGCORPORATIE: 'woningcorporatie',
  WIJKVERENIGING: 'wijkvereniging',
  JEUGDVERENIGING: 'jeugdvereniging',
  OUDERENBOND: 'ouderenbond',
  ZORG: 'zorgaanbieder',
  SPORT: 'sportvereniging',
  CULTUUR: 'cultuurorganisatie',
  KERK: 'kerk',
  BIBLIOTHEEK: 'bibliotheek',
  ONDERWIJS: 'onderwijs',
  GEMEENTE: 'gemeente',
  WIJKTEAM: 'wijkteam',
  BEHEERSTICHTING: 'beheerstichting',
  ONDERNEMERS: 'ondernemers',
  OVERIG: 'overige organisatie',
};

/** Activities and groups for everyone: they count for every target group. */
export const ALLE_INWONERS = 'Doelgroep:alle-inwoners';

/** A name and id, as analyses return them (GraphQL NodeRef). A type alias so rows can hold it. */
export type Ref = {
  id: string;
  naam: string;
};

/** A number the Dutch way: decimal comma, fixed digits. */
export const getal = (x: number, digits = 2) => x.toFixed(digits).replace('.', ',');

/** A figure as it was measured: whole numbers whole, others with one decimal. */
export const cijfer = (x: number) => getal(x, Number.isInteger(x) ? 0 : 1);

/** "1 signaal", "2 signalen". */
export const aantal = (n: number, een: string, meer: string) => `${n} ${n === 1 ? een : meer}`;
