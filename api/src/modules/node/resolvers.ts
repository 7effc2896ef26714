import type { Resolvers } from '../../__generated__/resolvers.js';
import { mayReadAnyResidents, mayReadResidentsOf } from '../../core/actor.js';
import { badInput, domainError, notFound } from '../../core/errors.js';
import { KINDS, kindOfId } from '../../core/kinds.js';
import type { Context } from '../../core/context.js';

/** The GraphQL type of a row: rows that carry a kind (lookups, search) name their own type. */
function typeOf(row: { kind?: unknown; id: string }): string {
  const kind = (row.kind as keyof typeof KINDS | undefined) ?? kindOfId(row.id);
  if (!kind) throw new Error(`Cannot tell the type of node ${row.id}`);
  return KINDS[kind].label;
}

async function checkResidentLookup(ctx: Context, id: string) {
  const forbidden = () =>
    domainError('FORBIDDEN', 'You may not look up residents. Ask the community builder of their group.');
  if (!mayReadAnyResidents(ctx.actor)) throw forbidden();
  const groups = await ctx.db.query<{ id: string }>(
    'MATCH (:Inwoner {id: $id})-[:LID_VAN]->(s:Steungroep) RETURN s.id AS id',
    { id },
  );
  if (!groups.some((g) => mayReadResidentsOf(ctx.actor, g.id))) throw forbidden();
}

/** `verbindingen` of every kind but residents (whose fields are guarded in modules/inwoner). */
const degrees = Object.fromEntries(
  Object.values(KINDS)
    .filter((k) => k.label !== 'Inwoner')
    .map((k) => [
      k.label,
      {
        verbindingen: (p: { id: string; verbindingen?: number }, _: unknown, ctx: Context) =>
          p.verbindingen ?? ctx.related.degree(p.id),
      },
    ]),
);

export const resolvers: Resolvers = {
  ...(degrees as Resolvers),
  Query: {
    node: async (_, { id }, ctx) => {
      const kind = kindOfId(id);
      if (!kind) {
        throw badInput(
          `\`${id}\` is not a Wijkweb id. Ids start with their kind, like \`Wijk:GM0537-WK01\`.`,
          'id',
        );
      }
      if (kind === 'INWONER') await checkResidentLookup(ctx, id);
      const node = await ctx.nodes.load(id);
      if (!node) throw notFound(`Nothing with id \`${id}\` exists.`);
      if (kind === 'INWONER') ctx.audit.read([id]);
      return node;
    },
  },
  Node: {
    __resolveType: (row) => typeOf(row) as never,
  },
};
