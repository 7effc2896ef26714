import { t, taal } from './taal.svelte.js';

/** A count that hides 1 to 4 people: "minder dan 5" rather than a number that points at someone. */
export function tellingTekst(telling: { aantal?: number | null; minderDanVijf: boolean }): string {
  if (telling.minderDanVijf) return t('leden.minderDanVijf');
  return telling.aantal == null ? t('onbekend') : String(telling.aantal);
}

/** Names as a sentence list ("a, b en c"), or "geen" when there are none. */
export function lijstTekst(namen: readonly string[]): string {
  if (namen.length === 0) return t('geen');
  return new Intl.ListFormat(taal.current, { type: 'conjunction' }).format(namen);
}

/** "10:00–12:00", one side alone when the other is unknown, or "onbekend". */
export function tijdTekst(begin: string | null | undefined, eind: string | null | undefined): string {
  if (begin && eind) return t('details.tijd', { begin, eind });
  return begin ?? eind ?? t('onbekend');
}

/** "dinsdag (wekelijks)": the day, and how often when known. */
export function wanneerTekst({
  dag,
  frequentie,
}: {
  dag?: 'MA' | 'DI' | 'WO' | 'DO' | 'VR' | 'ZA' | 'ZO' | null;
  frequentie?: 'WEKELIJKS' | 'TWEEWEKELIJKS' | 'MAANDELIJKS' | 'EENMALIG' | null;
}): string {
  const tekst = dag ? t(`dag.${dag}`) : t('onbekend');
  return frequentie ? `${tekst} (${t(`frequentie.${frequentie}`)})` : tekst;
}

/** A date as "1 augustus 2019" (or in English), for dates the API sends as `2019-08-01`. */
export function datumTekst(iso: string): string {
  return new Intl.DateTimeFormat(taal.current === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long' }).format(
    new Date(`${iso.slice(0, 10)}T12:00:00`),
  );
}

/** A number the Dutch way (9.640; 16,6) or the English way. */
export function getalTekst(value: number): string {
  return value.toLocaleString(taal.current === 'nl' ? 'nl-NL' : 'en-GB');
}
