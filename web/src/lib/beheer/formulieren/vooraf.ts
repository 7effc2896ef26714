import type { VeldSpec } from './velden.js';
import { legeWaarden, type Keuze, type Waarden } from './waarden.js';

/**
 * A new node's values from the create form's URL (`?gemeente=GM0537&wijk=Wijk:…`), so a link
 * from a wijk page opens the form with that wijk chosen. References arrive as ids; `naamVan`
 * looks up the name to show (and drops an id that names nothing).
 */
export async function voorafIngevuld(
  velden: readonly VeldSpec[],
  params: URLSearchParams,
  naamVan: (id: string) => Promise<string | undefined>,
): Promise<Waarden> {
  const waarden = legeWaarden(velden);
  for (const veld of velden) {
    const ruw = params
      .getAll(veld.naam)
      .flatMap((waarde) => waarde.split(','))
      .filter(Boolean);
    if (ruw.length === 0) continue;
    if (veld.type === 'verwijzing' || veld.type === 'verwijzingen') {
      const keuzes: Keuze[] = [];
      for (const id of ruw) {
        const label = await naamVan(id);
        if (label) keuzes.push({ id, label });
      }
      waarden[veld.naam] = veld.type === 'verwijzing' ? (keuzes[0] ?? null) : keuzes;
    } else if (veld.type === 'janee') {
      waarden[veld.naam] = ruw[0] === 'true';
    } else {
      waarden[veld.naam] = ruw[0]!;
    }
  }
  return waarden;
}
