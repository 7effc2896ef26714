import type { Resolvers } from '../../__generated__/resolvers.js';
import { listConnection } from '../../core/listing.js';
import { activiteitList } from './lists.js';
import * as rel from './relations.js';
import { gemeenteOf } from '../../core/scope.js';

/** An activity nobody confirmed for six months may have stopped (the editing issue's rule). */
export function mogelijkVerouderd(laatstBevestigd: unknown, today = new Date()): boolean {
  if (typeof laatstBevestigd !== 'string') return true;
  const limit = new Date(today);
  limit.setMonth(limit.getMonth() - 6);
  return new Date(laatstBevestigd) < limit;
}

export const resolvers: Resolvers = {
  Query: {
    activiteiten: (_, args, { db }) => listConnection(db, activiteitList, args),
  },
  Activiteit: {
    gemeente: gemeenteOf,
    toegankelijk: (p) => p.toegankelijk === true,
    mogelijkVerouderd: (p) => mogelijkVerouderd(p.laatstBevestigd),
    organisatoren: (p, _, { related }) => related.many(rel.activiteitOrganisatoren, p.id),
    locatie: (p, _, { related }) => related.one(rel.activiteitLocatie, p.id),
    wijk: (p, _, { related }) => related.one(rel.activiteitWijk, p.id),
    steungroep: (p, _, { related }) => related.one(rel.activiteitSteungroep, p.id),
    themas: (p, _, { related }) => related.many(rel.activiteitThemas, p.id),
    doelgroepen: (p, _, { related }) => related.many(rel.activiteitDoelgroepen, p.id),
    magDoelen: (p, _, { related }) => related.many(rel.activiteitMagDoelen, p.id),
  },
};
