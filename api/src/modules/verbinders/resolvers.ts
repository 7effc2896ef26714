import type { PartnerSoort, QueryVerbindersArgs, Resolvers } from '../../__generated__/resolvers.js';
import type { Context } from '../../core/context.js';
import { badInput } from '../../core/errors.js';
import { checkGemeenten } from '../analyse/gemeente.js';
import { edges, partners } from './cypher.js';
import { analyseer } from './network.js';

async function verbinders(ctx: Context, args: QueryVerbindersArgs) {
  const seed = args.seed ?? 1;
  if (!Number.isInteger(seed)) throw badInput('`seed` must be a whole number.', 'seed');
  const resolutie = args.resolutie ?? 1;
  if (!Number.isFinite(resolutie) || resolutie < 0.1 || resolutie > 10) {
    throw badInput('`resolutie` must be a number from 0.1 to 10.', 'resolutie');
  }
  const facts = await ctx.db.read(async (tx) => {
    await checkGemeenten(tx, [args.gemeente]);
    return { partners: await partners(tx, args.gemeente), edges: await edges(tx, args.gemeente) };
  });
  const result = analyseer({ ...facts, seed, resolutie });
  return {
    gemeente: args.gemeente,
    seed,
    resolutie,
    ...result,
    partners: result.partners.map((p, i) => ({ ...p, rang: i + 1, soort: p.soort as PartnerSoort })),
    zonderSamenwerking: result.zonderSamenwerking.map((p) => ({ ...p, soort: p.soort as PartnerSoort })),
  };
}

export const resolvers: Resolvers = {
  Query: {
    verbinders: (_, args, ctx) => verbinders(ctx, args),
  },
};
