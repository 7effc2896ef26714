import type { Resolvers } from '../../__generated__/resolvers.js';
import { listConnection } from '../../core/listing.js';
import { gemeenteOf } from '../../core/scope.js';
import { partnerList } from './lists.js';
import * as rel from './relations.js';

export const resolvers: Resolvers = {
  Query: {
    partners: (_, args, { db }) => listConnection(db, partnerList, args),
  },
  Partner: {
    professioneel: (p) => p.professioneel === true,
    gemeente: gemeenteOf,
    wijken: (p, _, { related }) => related.many(rel.partnerWijken, p.id),
    steungroepen: (p, _, { related }) => related.many(rel.partnerSteungroepen, p.id),
    activiteiten: (p, _, { related }) => related.many(rel.partnerActiviteiten, p.id),
    locaties: (p, _, { related }) => related.many(rel.partnerLocaties, p.id),
  },
};
