import type { Resolvers } from '../../__generated__/resolvers.js';
import type { Context } from '../../core/context.js';
import { apiSleutels, maakApiSleutel, trekApiSleutelIn } from './api-keys.js';
import type { GebruikerRow, IkRow } from './rows.js';
import { inloggen, uitloggen } from './sign-in.js';

function ik(ctx: Context): IkRow {
  const { actor, session } = ctx;
  return {
    rol: actor.role,
    gebruiker: actor.role === 'PARTNER' ? null : actor.id,
    partner: actor.partner ?? null,
    steungroepen: actor.steungroepen,
    sessieVerlooptOp: session.current?.verlooptOp ?? null,
  };
}

async function gebruiker(ctx: Context, id: string): Promise<GebruikerRow | null> {
  const [row] = await ctx.db.query<{ g: GebruikerRow }>(
    'MATCH (g:Gebruiker {id: $id}) RETURN g { .id, .naam, .email, .rol } AS g',
    { id },
  );
  return row?.g ?? null;
}

export const resolvers: Resolvers = {
  Query: {
    ik: (_, __, ctx) => ik(ctx),
    apiSleutels: (_, { partner }, ctx) => apiSleutels(ctx, partner),
  },
  Mutation: {
    inloggen: (_, { email, wachtwoord }, ctx) => inloggen(ctx, email, wachtwoord),
    uitloggen: (_, __, ctx) => uitloggen(ctx),
    maakApiSleutel: (_, { partner, naam }, ctx) => maakApiSleutel(ctx, partner, naam),
    trekApiSleutelIn: (_, { id }, ctx) => trekApiSleutelIn(ctx, id),
  },
  Ik: {
    gebruiker: (p, _, ctx) => (p.gebruiker ? gebruiker(ctx, p.gebruiker) : null),
    partner: (p, _, { nodes }) => (p.partner ? nodes.load(p.partner) : null),
    steungroepen: async (p, _, { nodes }) =>
      (await Promise.all(p.steungroepen.map((id) => nodes.load(id)))).filter((n) => n !== null),
  },
  ApiSleutel: {
    partner: async (p, _, { nodes }) => (await nodes.load(p.partner))!,
  },
};
