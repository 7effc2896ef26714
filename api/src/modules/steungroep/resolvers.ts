import type { Resolvers } from '../../__generated__/resolvers.js';
import { mayReadResidentsOf } from '../../core/actor.js';
import { domainError } from '../../core/errors.js';
import { listConnection } from '../../core/listing.js';
import type { LidmaatschapRow } from '../../core/rows.js';
import { steungroepList } from './lists.js';
import * as rel from './relations.js';
import { gemeenteOf } from '../../core/scope.js';

export const resolvers: Resolvers = {
  Query: {
    steungroepen: (_, args, { db }) => listConnection(db, steungroepList, args),
  },
  Steungroep: {
    gemeente: gemeenteOf,
    wijk: async (p, _, { related }) => (await related.one(rel.steungroepWijk, p.id))!,
    themas: (p, _, { related }) => related.many(rel.steungroepThemas, p.id),
    doelgroepen: (p, _, { related }) => related.many(rel.steungroepDoelgroepen, p.id),
    partners: async (p, _, { related }) =>
      (await related.many(rel.steungroepPartners, p.id)).map(({ rel: r, ...partner }) => ({
        partner,
        kernteam: r?.kernteam === true,
      })),
    activiteiten: (p, _, { related }) => related.many(rel.steungroepActiviteiten, p.id),
    ledenTelling: (p, _, { ledenTelling }) => ledenTelling.load(p.id),
    magLedenZien: (p, _, { actor }) => mayReadResidentsOf(actor, p.id),
    leden: async (p, _, { actor, related, audit }) => {
      if (!mayReadResidentsOf(actor, p.id)) {
        throw domainError(
          'FORBIDDEN',
          `You may not see the residents of ${String(p.naam)}; use ledenTelling for counts.`,
        );
      }
      const rows = await related.many(rel.steungroepLeden, p.id);
      audit.read(rows.map((r) => r.id));
      return rows.map(({ rel: r, ...inwoner }): LidmaatschapRow => ({
        inwoner,
        rol: r?.rol as LidmaatschapRow['rol'],
        sinds: (r?.sinds as string | undefined) ?? null,
      }));
    },
  },
};
