import type { InwonerResolvers, Resolvers } from '../../__generated__/resolvers.js';
import type { Context } from '../../core/context.js';
import { domainError } from '../../core/errors.js';
import type { Relation } from '../../core/related.js';
import type { NodeRow } from '../../core/rows.js';
import { verwijderInwoner } from './verwijder.js';

const inwonerBuurt: Relation = { match: 'MATCH (:Inwoner {id: key})-[:WOONT_IN]->(n:Buurt)' };

/**
 * Inwoner rows reach these resolvers only through paths that checked the actor first and
 * recorded the read in the audit trail (Steungroep.leden, node lookup); see core/actor.ts. Each
 * field checks that record again, so a path that forgets (a new analysis handing out a NodeRef, a
 * fragment on Node) fails closed with FORBIDDEN instead of showing a resident.
 */
function guard(row: NodeRow, ctx: Context): NodeRow {
  if (!ctx.audit.has(row.id)) {
    throw domainError(
      'FORBIDDEN',
      'You may not see residents here. Ask the community builder of their group.',
    );
  }
  return row;
}

const field =
  (name: string) =>
  (row: NodeRow, _: unknown, ctx: Context): never =>
    guard(row, ctx)[name] as never;

export const resolvers: Resolvers = {
  Mutation: {
    verwijderInwoner: (_, { id }, ctx) => verwijderInwoner(ctx, id),
  },
  Inwoner: {
    id: field('id'),
    verbindingen: (p, _, ctx) => guard(p, ctx).verbindingen ?? ctx.related.degree(p.id),
    pseudoniem: field('pseudoniem'),
    leeftijdsband: field('leeftijdsband'),
    toestemmingsdatum: field('toestemmingsdatum'),
    buurt: (p, _, ctx) => ctx.related.one(inwonerBuurt, guard(p, ctx).id),
  } satisfies InwonerResolvers,
};
