import type { Dag, Frequentie, QueryVerwijzingArgs, Resolvers } from '../../__generated__/resolvers.js';
import type { Context } from '../../core/context.js';
import { badInput, notFound } from '../../core/errors.js';
import { kindOfId } from '../../core/kinds.js';
import { firstOf } from '../analyse/page.js';
import { bestaand, gebied as findGebied, kandidaten } from './cypher.js';
import { ALLE_INWONERS } from '../analyse/figures.js';
import { verwijs } from './rank.js';

export const MAX_VERWIJZINGEN = 200;

async function verwijzing(ctx: Context, args: QueryVerwijzingArgs) {
  const kind = kindOfId(args.gebied);
  if (kind !== 'BUURT' && kind !== 'WIJK') {
    throw badInput(
      `\`${args.gebied}\` is not a buurt or wijk id; use one like \`Buurt:GM0537-BU0201\`.`,
      'gebied',
    );
  }
  if (!args.thema && !args.doelgroep) throw badInput('Give a `thema`, a `doelgroep`, or both.', 'thema');
  const peildatum = args.peildatum ?? new Date().toISOString().slice(0, 10);

  return ctx.db.read(async (tx) => {
    const g = await findGebied(tx, args.gebied, kind === 'BUURT' ? 'Buurt' : 'Wijk');
    if (!g) throw notFound(`No ${kind === 'BUURT' ? 'buurt' : 'wijk'} \`${args.gebied}\` exists.`);
    const vocab = await bestaand(tx, args);
    if (args.thema && !vocab.thema) throw notFound(`No thema \`${args.thema}\` exists.`);
    if (args.doelgroep && !vocab.doelgroep) throw notFound(`No doelgroep \`${args.doelgroep}\` exists.`);
    const found = await kandidaten(tx, {
      gemeente: g.gemeente,
      thema: args.thema ?? null,
      doelgroepen: args.doelgroep ? [args.doelgroep, ALLE_INWONERS] : null,
    });
    const { resultaten, weggelaten } = verwijs({
      gebied: g,
      kandidaten: found,
      thema: vocab.thema,
      doelgroep: vocab.doelgroep,
      toegankelijk: args.toegankelijk === true,
      weglaten: args.verouderd === 'WEGLATEN',
      peildatum: new Date(peildatum),
    });
    return {
      gebied: g.gebied,
      thema: vocab.thema,
      doelgroep: vocab.doelgroep,
      toegankelijkNodig: args.toegankelijk === true,
      verouderd: args.verouderd ?? 'ACHTERAAN',
      peildatum,
      aantal: resultaten.length,
      weggelaten,
      resultaten: resultaten.map((r, i) => ({
        rang: i + 1,
        activiteit: { id: r.id, naam: r.naam },
        afstand: r.afstand,
        locatie: r.locatie ? { id: r.locatie.id, naam: r.locatie.naam } : null,
        adres: r.locatie?.adres ?? null,
        buurt: r.buurt,
        wijk: r.wijk,
        kern: r.kern,
        dag: r.dag as Dag | null,
        beginTijd: r.beginTijd,
        eindTijd: r.eindTijd,
        frequentie: r.frequentie as Frequentie | null,
        organisatoren: r.organisatoren,
        toegankelijk: r.toegankelijk === true && r.locatie?.toegankelijk !== false,
        mogelijkVerouderd: r.mogelijkVerouderd,
        laatstBevestigd: r.laatstBevestigd,
        waarom: r.waarom,
      })),
    };
  });
}

export const resolvers: Resolvers = {
  Query: {
    verwijzing: (_, args, ctx) => verwijzing(ctx, args),
  },
  Verwijzing: {
    resultaten: (p, { first }) => firstOf(p.resultaten, first, MAX_VERWIJZINGEN, 20),
  },
};
