import type { Resolvers } from '../../__generated__/resolvers.js';
import { DEGREE } from '../../core/kinds.js';
import type { Relation } from '../../core/related.js';
import type { NodeRow } from '../../core/rows.js';
import { gemeenteOf } from '../../core/scope.js';
import type { Db } from '../../db/db.js';

const magDoelActiviteiten: Relation = {
  match: 'MATCH (:MagDoel {id: key})<-[:DRAAGT_BIJ_AAN]-(n:Activiteit)',
};

async function all(db: Db, label: 'Thema' | 'Doelgroep' | 'MagDoel', gemeente?: string) {
  const rows = await db.query<{ node: NodeRow }>(
    `MATCH (n:${label}) WHERE $gemeente IS NULL OR n.gemeente = $gemeente
     RETURN n { .*, verbindingen: ${DEGREE('n')} } AS node ORDER BY n.naam`,
    { gemeente: gemeente ?? null },
  );
  return rows.map((r) => r.node);
}

export const resolvers: Resolvers = {
  Query: {
    themas: (_, __, { db }) => all(db, 'Thema'),
    doelgroepen: (_, __, { db }) => all(db, 'Doelgroep'),
    magDoelen: (_, { gemeente }, { db }) => all(db, 'MagDoel', gemeente),
  },
  MagDoel: {
    gemeente: gemeenteOf,
    activiteiten: (p, _, { related }) => related.many(magDoelActiviteiten, p.id),
  },
};
