/**
 * A status sentence for the page a form sends the person to ("… is verwijderd."), shown there once
 * by the layout. Kept in memory, not in the URL: a reload or a shared link should not repeat it.
 */
export const melding = $state<{ tekst?: string; pad?: string }>({});

export function zetMelding(tekst: string, pad: string): void {
  melding.tekst = tekst;
  melding.pad = pad;
}

export function wisMelding(): void {
  melding.tekst = undefined;
  melding.pad = undefined;
}
