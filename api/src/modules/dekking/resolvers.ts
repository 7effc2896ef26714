import type { QueryDekkingArgs, Resolvers } from '../../__generated__/resolvers.js';
import type { Context } from '../../core/context.js';
import { badInput, notFound } from '../../core/errors.js';
import { checkGemeenten } from '../analyse/gemeente.js';
import { ALLE_INWONERS, type Ref } from '../analyse/figures.js';
import { dekkingFacts } from './cypher.js';
import { matrix } from './matrix.js';

async function dekking(ctx: Context, args: QueryDekkingArgs) {
  const minimumAanbod = args.minimumAanbod ?? 1;
  if (!Number.isInteger(minimumAanbod) || minimumAanbod < 1 || minimumAanbod > 1000) {
    throw badInput('`minimumAanbod` must be a whole number from 1 to 1000.', 'minimumAanbod');
  }
  const behoefteDrempel = args.behoefteDrempel ?? 0.75;
  if (!Number.isFinite(behoefteDrempel) || behoefteDrempel < 0 || behoefteDrempel > 1) {
    throw badInput('`behoefteDrempel` must be a number from 0 to 1.', 'behoefteDrempel');
  }
  const peildatum = args.peildatum ?? new Date().toISOString().slice(0, 10);

  return ctx.db.read(async (tx) => {
    await checkGemeenten(tx, [args.gemeente]);
    let doelgroep: Ref | null = null;
    if (args.doelgroep) {
      [doelgroep = null] = await tx.run<Ref>(
        'MATCH (d:Doelgroep {id: $id}) RETURN d.id AS id, d.naam AS naam',
        { id: args.doelgroep },
      );
      if (!doelgroep) throw notFound(`No doelgroep \`${args.doelgroep}\` exists.`);
    }
    const facts = await dekkingFacts(tx, {
      gemeente: args.gemeente,
      doelgroepen: doelgroep ? [doelgroep.id, ALLE_INWONERS] : null,
    });
    const { kernen, witteVlekken } = matrix(facts, {
      minimumAanbod,
      behoefteDrempel,
      peildatum: new Date(peildatum),
    });
    return {
      gemeente: args.gemeente,
      themas: facts.themas,
      doelgroep,
      minimumAanbod,
      behoefteDrempel,
      peildatum,
      kernen,
      witteVlekken,
      kernenZonderVoldoendeAanbod: kernen.filter((k) => !k.voldoendeAanbod).map((k) => k.kern),
    };
  });
}

export const resolvers: Resolvers = {
  Query: {
    dekking: (_, args, ctx) => dekking(ctx, args),
  },
};
