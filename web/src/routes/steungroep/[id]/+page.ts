import { appClient } from '$lib/graphql/client.js';
import { NetwerkQuery, SteungroepLedenQuery, SteungroepPaginaQuery } from '$lib/graphql/netwerk-queries.js';
import { idVanPagina } from '$lib/paden.js';
import type { PageLoad } from './$types';

/**
 * The group itself first; its own network (depth 1) and its member names follow as promises. The
 * names are asked for only when the API says this viewer may see them (`magLedenZien`).
 */
export const load: PageLoad = async ({ params, depends }) => {
  depends('wijkweb:pagina');
  const client = appClient();
  const id = idVanPagina('STEUNGROEP', params.id);
  const steungroep = await client.query(SteungroepPaginaQuery, { id }).toPromise();
  const node = steungroep.data?.node;
  const gemeente = node?.__typename === 'Steungroep' ? node.wijk.gemeente.code : undefined;
  const magLedenZien = node?.__typename === 'Steungroep' && node.magLedenZien;
  return {
    id,
    steungroep,
    netwerk: gemeente
      ? client.query(NetwerkQuery, { filter: { gemeente, focus: id, depth: 1 } }).toPromise()
      : undefined,
    leden: magLedenZien
      ? client.query(SteungroepLedenQuery, { id }, { requestPolicy: 'network-only' }).toPromise()
      : undefined,
  };
};
