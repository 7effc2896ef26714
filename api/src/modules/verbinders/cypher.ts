import type { Tx } from '../../db/db.js';
import type { Ref } from '../analyse/figures.js';

// Type aliases, not interfaces: rows must fit the db boundary's plain `Row` shape.
export type PartnerRow = Ref & { soort: string; groepen: number; activiteiten: number };
/** A shared steungroep or activity, with the wijk it is in. */
export type GedeeldRow = Ref & { wijk: Ref | null };
export type EdgeRow = { a: string; b: string; gedeeld: GedeeldRow[] };

export async function partners(tx: Tx, gemeente: string): Promise<PartnerRow[]> {
  return tx.run<PartnerRow>(
    `MATCH (p:Partner {gemeente: $gemeente})
     RETURN p.id AS id, p.naam AS naam, p.soort AS soort,
            COUNT { (p)-[:PARTNER_VAN]->(:Steungroep) } AS groepen,
            COUNT { (p)-[:ORGANISEERT]->(:Activiteit) } AS activiteiten
     ORDER BY id`,
    { gemeente },
  );
}

/** Pairs of partners with what they share: steungroepen they are both partner of, activities both organise. */
export async function edges(tx: Tx, gemeente: string): Promise<EdgeRow[]> {
  return tx.run<EdgeRow>(
    `MATCH (p:Partner {gemeente: $gemeente})-[:PARTNER_VAN|ORGANISEERT]->(x)<-[:PARTNER_VAN|ORGANISEERT]-(q:Partner {gemeente: $gemeente})
     WHERE p.id < q.id AND (x:Steungroep OR x:Activiteit)
     WITH p, q, x
     OPTIONAL MATCH (x)-[:IN_WIJK]->(sw:Wijk)
     OPTIONAL MATCH (x)-[:OP_LOCATIE]->(:Locatie)-[:IN_BUURT]->(:Buurt)-[:IN_WIJK]->(aw:Wijk)
     WITH p, q, x, coalesce(sw, aw) AS w
     ORDER BY x.id
     RETURN p.id AS a, q.id AS b, collect(DISTINCT {id: x.id, naam: x.naam, wijk: w {.id, .naam}}) AS gedeeld
     ORDER BY a, b`,
    { gemeente },
  );
}
