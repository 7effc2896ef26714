import type { Resolvers } from '../../__generated__/resolvers.js';
import { listConnection } from '../../core/listing.js';
import { gemeenteOf } from '../../core/scope.js';
import * as rel from './relations.js';
import { buurtList, kernList, wijkList } from './lists.js';
import { gemeenteByCode, allGemeenten } from './cypher.js';

export const resolvers: Resolvers = {
  Query: {
    gemeenten: (_, __, { db }) => allGemeenten(db),
    gemeente: (_, { code }, { db }) => gemeenteByCode(db, code),
    kernen: (_, args, { db }) => listConnection(db, kernList, args),
    wijken: (_, args, { db }) => listConnection(db, wijkList, args),
    buurten: (_, args, { db }) => listConnection(db, buurtList, args),
  },
  Gemeente: {
    kernen: (p, _, { related }) => related.many(rel.gemeenteKernen, p.id),
    wijken: (p, _, { related }) => related.many(rel.gemeenteWijken, p.id),
  },
  Kern: {
    gemeente: gemeenteOf,
    wijken: (p, _, { related }) => related.many(rel.kernWijken, p.id),
  },
  Wijk: {
    illustratief: (p) => p.illustratief === true,
    kern: async (p, _, { related }) => (await related.one(rel.wijkKern, p.id))!,
    gemeente: gemeenteOf,
    buurten: (p, _, { related }) => related.many(rel.wijkBuurten, p.id),
    steungroepen: (p, _, { related }) => related.many(rel.wijkSteungroepen, p.id),
    partners: (p, _, { related }) => related.many(rel.wijkPartners, p.id),
    activiteiten: (p, _, { related }) => related.many(rel.wijkActiviteiten, p.id),
    locaties: (p, _, { related }) => related.many(rel.wijkLocaties, p.id),
    signalen: (p, _, { related }) => related.many(rel.wijkSignalen, p.id),
    indicatoren: async (p, { naam, jaar }, { related }) =>
      (await related.many(rel.wijkIndicatoren, p.id)).filter(
        (i) => (naam == null || i.naam === naam) && (jaar == null || i.jaar === jaar),
      ),
  },
  Buurt: {
    gemeente: gemeenteOf,
    illustratief: (p) => p.illustratief === true,
    wijk: async (p, _, { related }) => (await related.one(rel.buurtWijk, p.id))!,
    locaties: (p, _, { related }) => related.many(rel.buurtLocaties, p.id),
  },
};
