import type { Resolvers } from '../../__generated__/resolvers.js';
import type { Relation } from '../../core/related.js';

const inwonerBuurt: Relation = { match: 'MATCH (:Inwoner {id: key})-[:WOONT_IN]->(n:Buurt)' };

/**
 * Inwoner rows reach these resolvers only through paths that checked the actor first
 * (Steungroep.leden, node lookup); see core/actor.ts.
 */
export const resolvers: Resolvers = {
  Inwoner: {
    buurt: (p, _, { related }) => related.one(inwonerBuurt, p.id),
  },
};
