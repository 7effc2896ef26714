import type { Tx } from '../../db/db.js';
import type { Ref } from '../analyse/figures.js';

// Type aliases, not interfaces: rows must fit the db boundary's plain `Row` shape.
export type WijkRow = { wijk: Ref; kern: Ref | null };
export type AanbodRow = {
  id: string;
  naam: string;
  kind: 'ACTIVITEIT' | 'STEUNGROEP';
  wijk: string;
  themas: string[];
  bereik: number | null;
  frequentie: string | null;
  laatstBevestigd: string | null;
};
export type SignaalRow = { wijk: string; thema: string; aantal: number };
export type IndicatorRow = { wijk: string; naam: string; jaar: number; waarde: number; themas: string[] };

export interface DekkingFacts {
  themas: Ref[];
  wijken: WijkRow[];
  aanbod: AanbodRow[];
  signalen: SignaalRow[];
  indicatoren: IndicatorRow[];
}

/** The facts behind the matrix, one statement per kind of fact. */
export async function dekkingFacts(
  tx: Tx,
  args: { gemeente: string; doelgroepen: string[] | null },
): Promise<DekkingFacts> {
  const themas = await tx.run<Ref>('MATCH (t:Thema) RETURN t.id AS id, t.naam AS naam ORDER BY naam, id');
  const wijken = await tx.run<WijkRow>(
    `MATCH (w:Wijk {gemeente: $gemeente})
     OPTIONAL MATCH (w)-[:IN_KERN]->(k:Kern)
     RETURN w {.id, .naam} AS wijk, k {.id, .naam} AS kern ORDER BY k.naam, k.id, w.naam, w.id`,
    args,
  );
  const aanbod = await tx.run<AanbodRow>(
    `CALL () {
       MATCH (a:Activiteit {gemeente: $gemeente})-[:OP_LOCATIE]->(:Locatie)-[:IN_BUURT]->(:Buurt)-[:IN_WIJK]->(w:Wijk)
       WHERE $doelgroepen IS NULL OR EXISTS { (a)-[:VOOR]->(d:Doelgroep) WHERE d.id IN $doelgroepen }
       RETURN a AS x, 'ACTIVITEIT' AS kind, w
       UNION
       MATCH (x:Steungroep {gemeente: $gemeente})-[:IN_WIJK]->(w:Wijk)
       WHERE $doelgroepen IS NULL OR EXISTS { (x)-[:VOOR]->(d:Doelgroep) WHERE d.id IN $doelgroepen }
       RETURN x, 'STEUNGROEP' AS kind, w
     }
     RETURN x.id AS id, x.naam AS naam, kind, w.id AS wijk, [(x)-[:OVER]->(t:Thema) | t.id] AS themas,
            x.bereik AS bereik, x.frequentie AS frequentie, x.laatstBevestigd AS laatstBevestigd
     ORDER BY id`,
    args,
  );
  const signalen = await tx.run<SignaalRow>(
    `MATCH (s:Signaal {gemeente: $gemeente})-[:IN_WIJK]->(w:Wijk)
     WHERE s.status IN ['OPEN', 'IN_BEHANDELING']
     MATCH (s)-[:OVER]->(t:Thema)
     RETURN w.id AS wijk, t.id AS thema, count(s) AS aantal`,
    args,
  );
  const indicatoren = await tx.run<IndicatorRow>(
    `MATCH (i:Indicator {gemeente: $gemeente})-[:VAN_WIJK]->(w:Wijk)
     WHERE EXISTS { (i)-[:OVER]->(:Thema) }
     RETURN w.id AS wijk, i.naam AS naam, i.jaar AS jaar, i.waarde AS waarde, [(i)-[:OVER]->(t:Thema) | t.id] AS themas`,
    args,
  );
  return { themas, wijken, aanbod, signalen, indicatoren };
}
