import { appClient } from '$lib/graphql/client.js';
import { WijkPaginaQuery } from '$lib/graphql/netwerk-queries.js';
import { idVanPagina } from '$lib/paden.js';
import type { PageLoad } from './$types';

/** Fetches everything the wijk page shows, in one request. */
export const load: PageLoad = async ({ params, depends }) => {
  depends('wijkweb:pagina');
  const id = idVanPagina('WIJK', params.id);
  return { id, wijk: await appClient().query(WijkPaginaQuery, { id }).toPromise() };
};
