/**
 * For the editing and import tests: a full dump of one gemeente (every node's properties and every
 * relationship touching it, sorted) to compare before and after, and the clean-up of a test
 * gemeente with what the tests left in the audit log.
 */
import type { Db } from '../../db/db.js';

export interface Dump {
  knopen: string[];
  relaties: string[];
}

const zonder = (props: Record<string, unknown>) =>
  JSON.stringify(Object.entries(props).sort(([a], [b]) => a.localeCompare(b)));

/** Everything of a gemeente, residents included, plus the Gebruiker links to its groups. */
export async function dump(db: Db, gemeente: string): Promise<Dump> {
  const knopen = await db.query<{ labels: string[]; props: Record<string, unknown> }>(
    `MATCH (n) WHERE n.gemeente = $gm AND NOT n:AuditRegel RETURN labels(n) AS labels, properties(n) AS props`,
    { gm: gemeente },
  );
  const relaties = await db.query<{
    van: string;
    type: string;
    naar: string;
    props: Record<string, unknown>;
  }>(
    `MATCH (a)-[r]->(b) WHERE (a.gemeente = $gm OR b.gemeente = $gm) AND NOT a:AuditRegel
     RETURN coalesce(a.id, labels(a)[0]) AS van, type(r) AS type, b.id AS naar, properties(r) AS props`,
    { gm: gemeente },
  );
  return {
    knopen: knopen.map((k) => `${k.labels.sort().join(':')} ${zonder(k.props)}`).sort(),
    relaties: relaties.map((r) => `${r.van} -${r.type}-> ${r.naar} ${zonder(r.props)}`).sort(),
  };
}

/** Removes a test gemeente and the audit entries about its nodes. */
export async function ruimOp(db: Db, gemeenten: string[]): Promise<void> {
  await db.write(async (tx) => {
    const ids = await tx.run<{ id: string }>('MATCH (n) WHERE n.gemeente IN $gms RETURN n.id AS id', {
      gms: gemeenten,
    });
    await tx.run('MATCH (a:AuditRegel) WHERE any(d IN a.doelen WHERE d IN $ids) DETACH DELETE a', {
      ids: ids.map((i) => i.id),
    });
    await tx.run('MATCH (n) WHERE n.gemeente IN $gms DETACH DELETE n', { gms: gemeenten });
  });
}

/** Test-only Thema/Doelgroep nodes (shared vocabulary) made by a test, removed by id prefix. */
export async function ruimVocabulaireOp(db: Db, prefix: string): Promise<void> {
  await db.write((tx) =>
    tx.run(
      'MATCH (n) WHERE (n:Thema OR n:Doelgroep) AND (n.id STARTS WITH $a OR n.id STARTS WITH $b) DETACH DELETE n',
      {
        a: `Thema:${prefix}`,
        b: `Doelgroep:${prefix}`,
      },
    ),
  );
}
