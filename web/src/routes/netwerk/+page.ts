import { appClient } from '$lib/graphql/client.js';
import { NetwerkKeuzesQuery, NetwerkQuery } from '$lib/graphql/netwerk-queries.js';
import { GemeentenQuery } from '$lib/graphql/queries.js';
import { networkFilter, readRequest } from '$lib/graph/view.js';
import type { PageLoad } from './$types';

/** Katwijk is the municipality the project started with; it opens first when it is there. */
const STANDAARD_GEMEENTE = 'GM0537';

/**
 * Fetches what the URL asks for. It reads only the request parameters (filters, focus, expansions,
 * limit), so choosing a node or moving the camera never refetches. The network and the filter
 * choices are returned as promises: the page shows at once, with progress, while they arrive.
 */
export const load: PageLoad = async ({ url, depends }) => {
  depends('wijkweb:netwerk');
  const request = readRequest(url.searchParams);
  const client = appClient();
  const gemeenten = await client.query(GemeentenQuery, {}).toPromise();
  const lijst = gemeenten.data?.gemeenten ?? [];
  const gemeente =
    lijst.find((g) => g.code === request.gemeente) ??
    lijst.find((g) => g.code === STANDAARD_GEMEENTE) ??
    lijst[0];
  if (!gemeente) return { request, gemeenten, gemeente: undefined };
  const { code } = gemeente;
  return {
    request,
    gemeenten,
    gemeente,
    keuzes: client.query(NetwerkKeuzesQuery, { code }).toPromise(),
    netwerk: client
      .query(NetwerkQuery, { filter: networkFilter(request, code), limit: request.limit })
      .toPromise(),
    uitbreidingen: Promise.all(
      request.expand.map((focus) =>
        client
          .query(NetwerkQuery, { filter: { gemeente: code, focus, depth: 1, kinds: request.kinds ?? null } })
          .toPromise(),
      ),
    ),
  };
};
