import type { MutationResolvers, Resolvers } from '../../__generated__/resolvers.js';
import type { Context } from '../../core/context.js';
import type { Label } from '../../core/kinds.js';
import { bevestig, maak, verwijder, wijzig, type Resultaat } from './bewerking.js';
import { BEWERKBAAR, gemeentenVan, mag, magMaken } from './mag.js';
import {
  beeindigLidmaatschap,
  koppelPartner,
  maakInwoner,
  ontkoppelPartner,
  zetLidmaatschap,
} from './koppelingen.js';

type Invoer = Record<string, unknown>;

/** The payload's node field is the kind's name in lower camel case (`magDoel`). */
const veldVan = (label: Label) => label[0]!.toLowerCase() + label.slice(1);
const payload = (label: Label, r: Resultaat) => ({ [veldVan(label)]: r.node, errors: r.errors });

/** A partner's new activity is its own unless it names the organisers itself. */
function metEigenaar(label: Label, invoer: Invoer, ctx: Context): Invoer {
  if (label !== 'Activiteit' || ctx.actor.role !== 'PARTNER' || 'organisatoren' in invoer) return invoer;
  return { ...invoer, organisatoren: [ctx.actor.partner] };
}

type Resolver = (
  parent: unknown,
  args: { id?: string | null; invoer?: Invoer },
  ctx: Context,
) => Promise<unknown>;
const mutaties: Record<string, Resolver> = {};
type Veld = (parent: { id: string }, args: unknown, ctx: Context) => Promise<boolean>;
const magVelden: Record<string, { magBewerken: Veld; magVerwijderen: Veld }> = {};
for (const label of BEWERKBAAR) {
  magVelden[label] = {
    magBewerken: (p, _, ctx) => mag(ctx, label, p.id, 'wijzig'),
    magVerwijderen: (p, _, ctx) => mag(ctx, label, p.id, 'verwijder'),
  };
  mutaties[`maak${label}`] = async (_, { id, invoer }, ctx) =>
    payload(label, await maak(ctx, label, metEigenaar(label, { ...invoer }, ctx), { id: id ?? null }));
  mutaties[`wijzig${label}`] = async (_, { id, invoer }, ctx) =>
    payload(label, await wijzig(ctx, label, id!, { ...invoer }));
  mutaties[`verwijder${label}`] = (_, { id }, ctx) => verwijder(ctx, label, id!);
}

export const resolvers: Resolvers = {
  ...(magVelden as Resolvers),
  Ik: {
    magMaken: (_, __, ctx) => magMaken(ctx),
    gemeenten: async (_, __, ctx) =>
      (await Promise.all((await gemeentenVan(ctx)).map((id) => ctx.nodes.load(id)))).filter(
        (n) => n !== null,
      ),
  },
  Mutation: {
    ...(mutaties as MutationResolvers),
    maakInwoner: async (_, { invoer }, ctx) => payload('Inwoner', await maakInwoner(ctx, invoer)),
    wijzigInwoner: async (_, { id, invoer }, ctx) => {
      const r = await wijzig(ctx, 'Inwoner', id, { ...invoer });
      // Only the responsible builder gets here; the answer shows the resident, so it is a recorded read.
      if (r.node) ctx.audit.read([r.node.id]);
      return payload('Inwoner', r);
    },
    zetLidmaatschap: async (_, { invoer }, ctx) => payload('Inwoner', await zetLidmaatschap(ctx, invoer)),
    beeindigLidmaatschap: async (_, { inwoner, steungroep }, ctx) =>
      payload('Inwoner', await beeindigLidmaatschap(ctx, inwoner, steungroep)),
    koppelPartner: async (_, { invoer }, ctx) => payload('Steungroep', await koppelPartner(ctx, invoer)),
    ontkoppelPartner: async (_, { steungroep, partner }, ctx) =>
      payload('Steungroep', await ontkoppelPartner(ctx, steungroep, partner)),
    bevestigActiviteit: async (_, { id }, ctx) => payload('Activiteit', await bevestig(ctx, id)),
  },
};
