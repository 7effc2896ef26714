import type { Frequentie, QueryMonitoringArgs, Resolvers } from '../../__generated__/resolvers.js';
import type { Context } from '../../core/context.js';
import { badInput, notFound } from '../../core/errors.js';
import { telling } from '../steungroep/leden.js';
import { bereikPerMaand, byId } from '../analyse/figures.js';
import { checkGemeenten } from '../analyse/gemeente.js';
import { monitoringFacts } from './cypher.js';
import { magBijdragen, reeksen, voortgang } from './series.js';

async function monitoring(ctx: Context, args: QueryMonitoringArgs) {
  for (const field of ['vanJaar', 'totJaar'] as const) {
    const v = args[field];
    if (v != null && (!Number.isInteger(v) || v < 1900 || v > 2200))
      throw badInput(`\`${field}\` must be a year.`, field);
  }
  if (args.vanJaar != null && args.totJaar != null && args.vanJaar > args.totJaar) {
    throw badInput('`vanJaar` must not come after `totJaar`.', 'vanJaar');
  }
  const facts = await ctx.db.read(async (tx) => {
    await checkGemeenten(tx, [args.gemeente]);
    const rows = await monitoringFacts(tx, { gemeente: args.gemeente, wijk: args.wijk ?? null });
    if (args.wijk && !rows.length)
      throw notFound(`No wijk \`${args.wijk}\` exists in gemeente ${args.gemeente}.`);
    return rows;
  });
  const uniqueActs = new Map(facts.flatMap((w) => w.activiteiten).map((a) => [a.id, a]));
  return {
    gemeente: args.gemeente,
    magDoelen: magBijdragen([...uniqueActs.values()].sort(byId)),
    wijken: facts.map((w) => ({
      wijk: w.wijk,
      kern: w.kern,
      indicatoren: reeksen(w.indicatoren, args.vanJaar, args.totJaar),
      activiteiten: w.activiteiten.map((a) => ({
        activiteit: { id: a.id, naam: a.naam },
        frequentie: a.frequentie as Frequentie | null,
        bereik: a.bereik,
        bereikPerMaand: bereikPerMaand(a.bereik, a.frequentie),
        magDoelen: a.magDoelen.map(({ id, naam }) => ({ id, naam })).sort(byId),
      })),
      bereikPerMaand: w.activiteiten.reduce((s, a) => s + bereikPerMaand(a.bereik, a.frequentie), 0),
      magDoelen: magBijdragen(w.activiteiten),
      signalen: voortgang(w.signalen),
      deelnemers: telling(w.deelnemers),
    })),
  };
}

export const resolvers: Resolvers = {
  Query: {
    monitoring: (_, args, ctx) => monitoring(ctx, args),
  },
};
