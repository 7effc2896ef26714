import type { Dag, Frequentie, Resolvers } from '../../__generated__/resolvers.js';
import type { Context } from '../../core/context.js';
import { checkGemeenten } from '../analyse/gemeente.js';
import { activiteiten, type ActiviteitFacts } from './cypher.js';
import { duplicaten as findPairs, groepen, isProfessioneel, tijd } from './overlap.js';

const kant = (a: ActiviteitFacts) => ({
  activiteit: { id: a.id, naam: a.naam },
  organisatoren: a.organisatoren.map(({ id, naam }) => ({ id, naam })),
  professioneel: isProfessioneel(a),
  beginTijd: a.beginTijd ?? '',
  eindTijd: a.eindTijd ?? '',
  frequentie: (a.frequentie ?? 'WEKELIJKS') as Frequentie,
});

async function duplicaten(
  ctx: Context,
  args: { gemeente: string; alleenProfessioneelNaastVrijwillig?: boolean | null },
) {
  const facts = await ctx.db.read(async (tx) => {
    await checkGemeenten(tx, [args.gemeente]);
    return activiteiten(tx, args.gemeente);
  });
  const all = findPairs(facts);
  const pairs = args.alleenProfessioneelNaastVrijwillig ? all.filter((p) => p.professioneleKant) : all;
  return {
    gemeente: args.gemeente,
    paren: pairs.map((p) => ({
      a: kant(p.a),
      b: kant(p.b),
      wijk: p.wijk,
      dag: p.dag as Dag,
      overlapVan: tijd(p.van),
      overlapTot: tijd(p.tot),
      overlapMinuten: p.tot - p.van,
      gedeeldeThemas: p.gedeeldeThemas,
      gedeeldeDoelgroepen: p.gedeeldeDoelgroepen,
      frequentieOverlap: p.frequentieOverlap,
      professioneelNaastVrijwillig: p.professioneleKant !== null,
      professioneleKant: p.professioneleKant
        ? { id: p.professioneleKant.id, naam: p.professioneleKant.naam }
        : null,
      uitleg: p.uitleg,
    })),
    groepen: groepen(pairs),
  };
}

export const resolvers: Resolvers = {
  Query: {
    duplicaten: (_, args, ctx) => duplicaten(ctx, args),
  },
};
