import { appClient } from '$lib/graphql/client.js';
import { PartnerPaginaQuery } from '$lib/graphql/netwerk-queries.js';
import { idVanPagina } from '$lib/paden.js';
import type { PageLoad } from './$types';

/** Fetches the partner with where it is active and what it shares with others, in one request. */
export const load: PageLoad = async ({ params, depends }) => {
  depends('wijkweb:pagina');
  const id = idVanPagina('PARTNER', params.id);
  return { id, partner: await appClient().query(PartnerPaginaQuery, { id }).toPromise() };
};
