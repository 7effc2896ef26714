import type { Resolvers } from '../../__generated__/resolvers.js';
import { listConnection } from '../../core/listing.js';
import { signaalList } from './lists.js';
import * as rel from './relations.js';
import { gemeenteOf } from '../../core/scope.js';

export const resolvers: Resolvers = {
  Query: {
    signalen: (_, args, { db }) => listConnection(db, signaalList, args),
  },
  Signaal: {
    gemeente: gemeenteOf,
    wijk: async (p, _, { related }) => (await related.one(rel.signaalWijk, p.id))!,
    themas: (p, _, { related }) => related.many(rel.signaalThemas, p.id),
    eigenaar: (p, _, { related }) => related.one(rel.signaalEigenaar, p.id),
  },
};
