import type { Tx } from '../../db/db.js';
import type { Ref } from '../analyse/figures.js';

// Type aliases, not interfaces: rows must fit the db boundary's plain `Row` shape.
export type WijkFacts = {
  wijk: Ref;
  kern: Ref | null;
  indicatoren: { naam: string; jaar: number; waarde: number; eenheid: string | null }[];
  activiteiten: {
    id: string;
    naam: string;
    bereik: number | null;
    frequentie: string | null;
    magDoelen: (Ref & { opgave: string | null })[];
  }[];
  signalen: { status: string; datum: string | null }[];
  /** Residents living in the wijk who are in a steungroep: only ever shown through `telling`. */
  deelnemers: number;
};

export async function monitoringFacts(
  tx: Tx,
  args: { gemeente: string; wijk: string | null },
): Promise<WijkFacts[]> {
  return tx.run<WijkFacts>(
    `MATCH (w:Wijk {gemeente: $gemeente}) WHERE $wijk IS NULL OR w.id = $wijk
     OPTIONAL MATCH (w)-[:IN_KERN]->(k:Kern)
     CALL (w) {
       MATCH (i:Indicator)-[:VAN_WIJK]->(w)
       RETURN collect(i {.naam, .jaar, .waarde, .eenheid}) AS indicatoren
     }
     CALL (w) {
       MATCH (a:Activiteit)-[:OP_LOCATIE]->(:Locatie)-[:IN_BUURT]->(:Buurt)-[:IN_WIJK]->(w)
       WITH a ORDER BY a.id
       RETURN collect(a {.id, .naam, .bereik, .frequentie,
                         magDoelen: [(a)-[:DRAAGT_BIJ_AAN]->(m:MagDoel) | m {.id, .naam, .opgave}]}) AS activiteiten
     }
     CALL (w) {
       MATCH (s:Signaal)-[:IN_WIJK]->(w)
       RETURN collect({status: s.status, datum: toString(s.datum)}) AS signalen
     }
     RETURN w {.id, .naam} AS wijk, k {.id, .naam} AS kern, indicatoren, activiteiten, signalen,
            COUNT { MATCH (i:Inwoner)-[:WOONT_IN]->(:Buurt)-[:IN_WIJK]->(w) WHERE EXISTS { (i)-[:LID_VAN]->(:Steungroep) } } AS deelnemers
     ORDER BY k.naam, k.id, w.naam, w.id`,
    args,
  );
}
