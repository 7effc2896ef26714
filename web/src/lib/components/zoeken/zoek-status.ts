import type { MessageKey } from '$lib/i18n/translate.js';

/**
 * The one sentence a screen reader hears when search results change, as a message key and its
 * values; undefined while there is nothing to say (too few letters, or an error shown instead).
 */
export function zoekStatus(stand: {
  /** What is typed now. */
  tekst: string;
  /** What was last searched for (typing waits for a pause). */
  gezocht: string;
  actief: boolean;
  bezig: boolean;
  aantal: number;
}): { sleutel: MessageKey; waarden?: Record<string, string | number> } | undefined {
  const { tekst, gezocht, actief, bezig, aantal } = stand;
  if (!actief) return undefined;
  if (bezig || tekst.trim() !== gezocht) return { sleutel: 'zoeken.bezig' };
  if (aantal === 0) return { sleutel: 'zoeken.geen', waarden: { tekst: gezocht } };
  if (aantal === 1) return { sleutel: 'zoeken.een', waarden: { tekst: gezocht } };
  return { sleutel: 'zoeken.meer', waarden: { aantal, tekst: gezocht } };
}
