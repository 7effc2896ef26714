import { getContextClient, queryStore } from '@urql/svelte';
import type { NodeKind } from '$lib/graph/kinds.js';
import { ZoekenQuery } from '$lib/graphql/queries.js';

const MIN_LETTERS = 2;
// Long enough to wait for a pause in typing, short enough to feel immediate.
const WACHTTIJD_MS = 250;

/**
 * The search behind a search box; make it while the component starts. `tekst` is what is typed,
 * `gezocht` follows it after a pause in typing (set it to search at once), and `resultaat` is the
 * API's answer for `gezocht`, asked from two letters on.
 */
export class Zoekopdracht {
  tekst = $state('');
  gezocht = $state('');
  readonly actief = $derived(this.gezocht.length >= MIN_LETTERS);
  readonly #client = getContextClient();
  readonly #binnen: () => { gemeente?: string; kinds?: readonly NodeKind[] };
  readonly resultaat = $derived.by(() => {
    const { gemeente, kinds } = this.#binnen();
    return queryStore({
      client: this.#client,
      query: ZoekenQuery,
      variables: {
        text: this.gezocht,
        gemeente: gemeente || undefined,
        kinds: kinds ? [...kinds] : undefined,
      },
      pause: !this.actief,
    });
  });

  /** `binnen`: where to search (a gemeente, some kinds), read again whenever it changes. */
  constructor(binnen: () => { gemeente?: string; kinds?: readonly NodeKind[] }) {
    this.#binnen = binnen;
    $effect(() => {
      const nu = this.tekst.trim();
      const timer = setTimeout(() => (this.gezocht = nu), WACHTTIJD_MS);
      return () => clearTimeout(timer);
    });
  }
}
