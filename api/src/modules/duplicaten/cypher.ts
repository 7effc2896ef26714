import type { Tx } from '../../db/db.js';
import type { Ref } from '../analyse/figures.js';

// A type alias, not an interface: rows must fit the db boundary's plain `Row` shape.
export type ActiviteitFacts = {
  id: string;
  naam: string;
  wijk: Ref | null;
  dag: string | null;
  beginTijd: string | null;
  eindTijd: string | null;
  frequentie: string | null;
  organisatoren: (Ref & { professioneel: boolean })[];
  themas: Ref[];
  doelgroepen: Ref[];
};

/** Every recurring activity of the gemeente with what the comparison needs. */
export async function activiteiten(tx: Tx, gemeente: string): Promise<ActiviteitFacts[]> {
  return tx.run<ActiviteitFacts>(
    `MATCH (a:Activiteit {gemeente: $gemeente})
     WHERE a.frequentie IS NULL OR a.frequentie <> 'EENMALIG'
     OPTIONAL MATCH (a)-[:OP_LOCATIE]->(:Locatie)-[:IN_BUURT]->(:Buurt)-[:IN_WIJK]->(w:Wijk)
     RETURN a.id AS id, a.naam AS naam, w {.id, .naam} AS wijk, a.dag AS dag,
            a.beginTijd AS beginTijd, a.eindTijd AS eindTijd, a.frequentie AS frequentie,
            [(p:Partner)-[:ORGANISEERT]->(a) | {id: p.id, naam: p.naam, professioneel: coalesce(p.professioneel, false)}] AS organisatoren,
            [(a)-[:OVER]->(t:Thema) | t {.id, .naam}] AS themas,
            [(a)-[:VOOR]->(d:Doelgroep) | d {.id, .naam}] AS doelgroepen
     ORDER BY id`,
    { gemeente },
  );
}
