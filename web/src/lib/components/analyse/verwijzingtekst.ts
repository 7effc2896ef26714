/**
 * The referral list as plain text, for the clipboard and an e-mail: a wijkteam member sends it to
 * a resident or a colleague as it is. Pure, so the words are chosen by the caller.
 */

export interface TekstItem {
  titel: string;
  regels: readonly string[];
}

/** "kop", a blank line, then "1. titel" with its lines indented, items apart, and a closing line. */
export function alsTekst({
  kop,
  items,
  voet,
}: {
  kop: string;
  items: readonly TekstItem[];
  voet?: string;
}): string {
  const blokken = items.map((item, i) =>
    [`${i + 1}. ${item.titel}`, ...item.regels.map((regel) => `   ${regel}`)].join('\n'),
  );
  return [kop, ...blokken, ...(voet ? [voet] : [])].join('\n\n');
}

/**
 * A mailto: link with the text as body. Mail programs and browsers cut long links, so the body
 * stops at a line boundary before `max` characters of text, with "…" to show it goes on.
 */
export function mailtoLink(onderwerp: string, tekst: string, max = 1800): string {
  let body = tekst;
  if (body.length > max) {
    const knip = body.lastIndexOf('\n', max);
    body = `${body.slice(0, knip > 0 ? knip : max).trimEnd()}\n…`;
  }
  return `mailto:?subject=${encodeURIComponent(onderwerp)}&body=${encodeURIComponent(body)}`;
}
