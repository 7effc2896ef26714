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
