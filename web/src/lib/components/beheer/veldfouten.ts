import type { FormFout } from './FoutSamenvatting.svelte';

/**
 * The API's `VeldFout`s as a form's problems: `invoer.toestemmingsdatum` lands beside the field
 * with id `<prefix>-toestemmingsdatum` when the form has that field; anything else (`steungroep`,
 * `id`) goes in the summary only, so no problem is ever dropped. The sentences are the API's Dutch.
 */
export function naarFormFouten(
  fouten: readonly { veld: string; bericht: string }[],
  form: { prefix: string; velden: readonly string[]; label?: (veld: string) => string },
): FormFout[] {
  return fouten.map((fout) => {
    const veld = fout.veld.replace(/^invoer\./, '');
    const bekend = form.velden.includes(veld);
    return {
      veld: bekend ? `${form.prefix}-${veld}` : undefined,
      tekst: fout.bericht,
      nederlands: true,
      label: bekend ? form.label?.(veld) : undefined,
    };
  });
}

/** The problem for one field's id, if any. */
export function foutVoor(fouten: readonly FormFout[], veldId: string): FormFout | undefined {
  return fouten.find((fout) => fout.veld === veldId);
}
