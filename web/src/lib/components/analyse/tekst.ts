import { analyseNl } from '$lib/i18n/analyse.js';
import type { MessageKey } from '$lib/i18n/nl.js';
import { t, taal } from '$lib/i18n/taal.svelte.js';

/*
 * How the analysis views write numbers and names: one place, so a score reads the same in the
 * ranking, the table and the explanation.
 */

const locale = () => (taal.current === 'nl' ? 'nl-NL' : 'en-GB');

/** A score from 0 to 1 with two decimals: "0,69". */
export function scoreTekst(value: number): string {
  return value.toLocaleString(locale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** A number with at most `decimalen` decimals, the Dutch or English way. */
export function getal(value: number, decimalen = 1): string {
  return value.toLocaleString(locale(), { maximumFractionDigits: decimalen });
}

/** A change with its sign: "+1,4" or "−0,6". */
export function verschilTekst(value: number): string {
  const tekst = getal(Math.abs(value));
  return value > 0 ? `+${tekst}` : value < 0 ? `−${tekst}` : tekst;
}

/** A measure's code in words ("pct_eenzaam" → "Voelt zich eenzaam"), or the code itself. */
export function maatNaam(code: string): string {
  const key = `maatnaam.${code}`;
  return key in analyseNl ? t(key as MessageKey) : code;
}

/** A measure's value with its unit: "14,5%" or "9.800". */
export function maatWaarde(value: number, eenheid: string | null | undefined): string {
  return eenheid === 'procent' || eenheid === '%' ? `${getal(value)}%` : getal(value);
}

/** A count under the fewer-than-5 rule. */
export function telling(value: { aantal?: number | null; minderDanVijf: boolean }): string {
  if (value.minderDanVijf) return t('analyse.minderDanVijf');
  return value.aantal == null ? t('onbekend') : getal(value.aantal, 0);
}
