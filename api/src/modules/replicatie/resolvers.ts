import type { PartnerSoort, QueryReplicatieArgs, Resolvers } from '../../__generated__/resolvers.js';
import type { Context } from '../../core/context.js';
import { badInput, notFound } from '../../core/errors.js';
import { kindOfId } from '../../core/kinds.js';
import { telling } from '../steungroep/leden.js';
import { checkGemeenten } from '../analyse/gemeente.js';
import { firstOf } from '../analyse/page.js';
import type { Ref } from '../analyse/figures.js';
import { templateFacts, wijkFacts } from './cypher.js';
import { checkGewichten, partnerSoorten, rank } from './score.js';

export const MAX_KANDIDATEN = 1000;

async function replicatie(ctx: Context, args: QueryReplicatieArgs) {
  if (kindOfId(args.steungroep) !== 'STEUNGROEP') {
    throw badInput(
      `\`${args.steungroep}\` is not a steungroep id; use one like \`Steungroep:hoornesgroep\`.`,
      'steungroep',
    );
  }
  const gewichten = checkGewichten(args.gewichten);

  return ctx.db.read(async (tx) => {
    const template = await templateFacts(tx, args.steungroep);
    if (!template) throw notFound(`No steungroep \`${args.steungroep}\` exists.`);
    const gemeenten = [...new Set(args.gemeenten?.length ? args.gemeenten : [template.gemeente])].sort();
    await checkGemeenten(tx, gemeenten, 'gemeenten');
    const wijken = await wijkFacts(tx, {
      gemeenten: [...new Set([...gemeenten, template.gemeente])],
      template: template.id,
      themas: template.themas.map((t) => t.id),
      doelgroepen: template.doelgroepen.map((d) => d.id),
      partners: template.partners.map((p) => p.id),
    });
    const ranked = rank({ template, wijken, scope: new Set(gemeenten), gewichten });
    const naam = new Map<string, Ref>([...template.themas, ...template.doelgroepen].map((r) => [r.id, r]));
    return {
      steungroep: { id: template.id, naam: template.naam },
      wijk: template.wijk,
      themas: template.themas,
      doelgroepen: template.doelgroepen,
      partnerSoorten: partnerSoorten(template).map((s) => ({ ...s, soort: s.soort as PartnerSoort })),
      gewichten,
      aantalWijken: ranked.length,
      kandidaten: ranked.map((k, i) => ({
        ...k,
        rang: i + 1,
        aanwezigePartnerSoorten: k.aanwezigePartnerSoorten as PartnerSoort[],
        ontbrekendePartnerSoorten: k.ontbrekendePartnerSoorten as PartnerSoort[],
        brugPartners: k.brugPartners.map((b) => ({ ...b, soort: b.soort as PartnerSoort })),
        brugBewoners: telling(k.bewoners),
        bestaandAanbod: k.bestaandAanbod.map((a) => ({
          aanbod: { id: a.id, naam: a.naam },
          kind: a.kind,
          gedeeldeThemas: a.themas.map((t) => naam.get(t)!),
          gedeeldeDoelgroepen: a.doelgroepen.map((d) => naam.get(d)!),
        })),
      })),
    };
  });
}

export const resolvers: Resolvers = {
  Query: {
    replicatie: (_, args, ctx) => replicatie(ctx, args),
  },
  Replicatie: {
    kandidaten: (p, { first }) => firstOf(p.kandidaten, first, MAX_KANDIDATEN, 50),
  },
};
