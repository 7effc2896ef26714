import type { Resolvers } from '../../__generated__/resolvers.js';
import type { Relation } from '../../core/related.js';
import { gemeenteOf } from '../../core/scope.js';

const indicatorWijk: Relation = { match: 'MATCH (:Indicator {id: key})-[:VAN_WIJK]->(n:Wijk)' };
const indicatorThemas: Relation = { match: 'MATCH (:Indicator {id: key})-[:OVER]->(n:Thema)' };

export const resolvers: Resolvers = {
  Indicator: {
    gemeente: gemeenteOf,
    illustratief: (p) => p.illustratief === true,
    wijk: async (p, _, { related }) => (await related.one(indicatorWijk, p.id))!,
    themas: (p, _, { related }) => related.many(indicatorThemas, p.id),
  },
};
