/** `url` with each of `params` set, or removed when its value is undefined or empty. */
export function metParams(url: URL, params: Record<string, string | undefined>): URL {
  const next = new URL(url);
  for (const [naam, waarde] of Object.entries(params)) {
    if (waarde) next.searchParams.set(naam, waarde);
    else next.searchParams.delete(naam);
  }
  return next;
}

/** Katwijk is the municipality the project started with; it opens first when it is there. */
export const STANDAARD_GEMEENTE = 'GM0537';

/** The gemeente asked for when it exists, else Katwijk, else the first; undefined for an empty list. */
export function gekozenGemeente(
  lijst: readonly { code: string }[],
  gevraagd: string | null,
): string | undefined {
  if (gevraagd && lijst.some((g) => g.code === gevraagd)) return gevraagd;
  return (lijst.find((g) => g.code === STANDAARD_GEMEENTE) ?? lijst[0])?.code;
}
