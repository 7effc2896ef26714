import type { Resolvers } from '../../__generated__/resolvers.js';
import { domainError, badInput } from '../../core/errors.js';
import { checkReferences } from '../../core/listing.js';
import type { NodeKind } from '../../core/kinds.js';
import type { Context } from '../../core/context.js';
import { mayReadAnyResidents } from '../../core/actor.js';
import type { NetworkRow } from './rows.js';
import { DEFAULT_KINDS } from './specs.js';
import { edgesAmong, egoNodes, filteredNodes, residentNodes } from './cypher.js';

interface NetworkArgs {
  filter: {
    gemeente: string;
    kern?: string | null;
    wijk?: string | null;
    thema?: string | null;
    doelgroep?: string | null;
    partnerSoort?: string | null;
    kinds?: readonly NodeKind[] | null;
    focus?: string | null;
    depth?: number | null;
  };
  limit?: number | null;
}

export const MAX_NETWORK = 5000;

async function network(ctx: Context, { filter, limit }: NetworkArgs): Promise<NetworkRow> {
  const max = limit ?? 300;
  if (!Number.isInteger(max) || max < 1 || max > MAX_NETWORK) {
    throw badInput(`\`limit\` must be a whole number from 1 to ${MAX_NETWORK}.`, 'limit');
  }
  const depth = filter.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 1 || depth > 3) {
    throw badInput('`depth` must be 1, 2 or 3.', 'filter.depth');
  }
  const kinds = [...new Set(filter.kinds ?? DEFAULT_KINDS)];
  const withResidents = kinds.includes('INWONER');
  if (withResidents && !mayReadAnyResidents(ctx.actor)) {
    throw domainError('FORBIDDEN', 'You may not see residents; leave INWONER out of `kinds`.');
  }
  const { gemeente, kern, wijk, thema, doelgroep, partnerSoort, focus } = filter;
  const listFilter = { gemeente, kern, wijk, thema, doelgroep, partnerSoort };

  return ctx.db.read(async (tx) => {
    await checkReferences(tx, listFilter);
    const ranked = focus
      ? await egoNodes(tx, { focus, depth, gemeente, kinds, limit: max })
      : await filteredNodes(tx, listFilter, kinds, max);
    const residents = withResidents
      ? await residentNodes(tx, ctx.actor.steungroepen)
      : { nodes: [], total: 0 };
    const nodes = [...ranked.nodes, ...residents.nodes];
    const edges = await edgesAmong(
      tx,
      nodes.map((n) => n.elementId),
    );
    ctx.audit.read(residents.nodes.map((n) => n.id));
    return {
      nodes: nodes.map(({ elementId: _e, ...n }) => n),
      edges,
      truncated: ranked.total > max,
      totalNodes: ranked.total + residents.total,
    };
  });
}

export const resolvers: Resolvers = {
  Query: {
    network: (_, args, ctx) => network(ctx, args as NetworkArgs),
  },
};
