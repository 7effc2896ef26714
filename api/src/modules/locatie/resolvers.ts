import type { Resolvers } from '../../__generated__/resolvers.js';
import { listConnection } from '../../core/listing.js';
import { locatieList } from './lists.js';
import * as rel from './relations.js';
import { gemeenteOf } from '../../core/scope.js';

export const resolvers: Resolvers = {
  Query: {
    locaties: (_, args, { db }) => listConnection(db, locatieList, args),
  },
  Locatie: {
    gemeente: gemeenteOf,
    toegankelijk: (p) => p.toegankelijk === true,
    buurt: (p, _, { related }) => related.one(rel.locatieBuurt, p.id),
    wijk: (p, _, { related }) => related.one(rel.locatieWijk, p.id),
    beheerder: (p, _, { related }) => related.one(rel.locatieBeheerder, p.id),
    activiteiten: (p, _, { related }) => related.many(rel.locatieActiviteiten, p.id),
  },
};
