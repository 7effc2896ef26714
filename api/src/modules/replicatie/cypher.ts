import type { Tx } from '../../db/db.js';
import type { Ref } from '../analyse/figures.js';

// Type aliases, not interfaces: rows must fit the db boundary's plain `Row` shape.

export type TemplateFacts = {
  id: string;
  naam: string;
  gemeente: string;
  wijk: Ref | null;
  themas: Ref[];
  doelgroepen: Ref[];
  partners: { id: string; naam: string; soort: string; kernteam: boolean }[];
};

export type IndicatorFact = {
  naam: string;
  jaar: number;
  waarde: number;
  themas: string[];
};

export type AanbodFact = {
  id: string;
  naam: string;
  kind: 'ACTIVITEIT' | 'STEUNGROEP';
  themas: string[];
  doelgroepen: string[];
};

export type WijkFacts = {
  id: string;
  naam: string;
  gemeente: string;
  kern: Ref | null;
  /** Open and in-progress signals on the template's themes. */
  signalen: Ref[];
  indicatoren: IndicatorFact[];
  /** Kinds of all partners active in the wijk (ACTIEF_IN, or organising an activity there). */
  soorten: string[];
  /** Template partners among those active in the wijk. */
  brugIds: string[];
  locaties: Ref[];
  /** Activities and groups there sharing a theme and a target group with the template. */
  aanbod: AanbodFact[];
  /** Members of the template living in the wijk (never leaves the server as an exact count below 5). */
  bewoners: number;
};

export async function templateFacts(tx: Tx, id: string): Promise<TemplateFacts | undefined> {
  const [row] = await tx.run<TemplateFacts>(
    `MATCH (s:Steungroep {id: $id})
     OPTIONAL MATCH (s)-[:IN_WIJK]->(w:Wijk)
     RETURN s.id AS id, s.naam AS naam, s.gemeente AS gemeente, w {.id, .naam} AS wijk,
            [(s)-[:OVER]->(t:Thema) | t {.id, .naam}] AS themas,
            [(s)-[:VOOR]->(d:Doelgroep) | d {.id, .naam}] AS doelgroepen,
            [(p:Partner)-[r:PARTNER_VAN]->(s) |
              {id: p.id, naam: p.naam, soort: p.soort, kernteam: coalesce(r.kernteam, false)}] AS partners`,
    { id },
  );
  return row;
}

/** Everything the score needs about every wijk of the gemeenten, in one statement. */
export async function wijkFacts(
  tx: Tx,
  args: {
    gemeenten: string[];
    template: string;
    themas: string[];
    doelgroepen: string[];
    partners: string[];
  },
): Promise<WijkFacts[]> {
  return tx.run<WijkFacts>(
    `MATCH (w:Wijk) WHERE w.gemeente IN $gemeenten
     OPTIONAL MATCH (w)-[:IN_KERN]->(k:Kern)
     CALL (w) {
       MATCH (s:Signaal)-[:IN_WIJK]->(w)
       WHERE s.status IN ['OPEN', 'IN_BEHANDELING'] AND EXISTS { (s)-[:OVER]->(t:Thema) WHERE t.id IN $themas }
       WITH s ORDER BY s.id
       RETURN collect(s {.id, naam: s.titel}) AS signalen
     }
     CALL (w) {
       MATCH (i:Indicator)-[:VAN_WIJK]->(w)
       RETURN collect(i {.naam, .jaar, .waarde, themas: [(i)-[:OVER]->(t:Thema) | t.id]}) AS indicatoren
     }
     CALL (w) {
       CALL (w) {
         MATCH (p:Partner)-[:ACTIEF_IN]->(w) RETURN p
         UNION
         MATCH (p:Partner)-[:ORGANISEERT]->(:Activiteit)-[:OP_LOCATIE]->(:Locatie)-[:IN_BUURT]->(:Buurt)-[:IN_WIJK]->(w)
         RETURN p
       }
       RETURN collect(DISTINCT p.soort) AS soorten, [x IN collect(DISTINCT p.id) WHERE x IN $partners] AS brugIds
     }
     CALL (w) {
       MATCH (l:Locatie)-[:IN_BUURT]->(:Buurt)-[:IN_WIJK]->(w)
       WITH l ORDER BY l.id
       RETURN collect(l {.id, .naam}) AS locaties
     }
     CALL (w) {
       CALL (w) {
         MATCH (a:Activiteit)-[:OP_LOCATIE]->(:Locatie)-[:IN_BUURT]->(:Buurt)-[:IN_WIJK]->(w)
         WHERE NOT EXISTS { (a)-[:HOORT_BIJ]->(:Steungroep {id: $template}) }
         RETURN a AS x, 'ACTIVITEIT' AS kind
         UNION
         MATCH (x:Steungroep)-[:IN_WIJK]->(w) WHERE x.id <> $template
         RETURN x, 'STEUNGROEP' AS kind
       }
       WITH x, kind,
            [(x)-[:OVER]->(t:Thema) WHERE t.id IN $themas | t.id] AS themas,
            [(x)-[:VOOR]->(d:Doelgroep) WHERE d.id IN $doelgroepen | d.id] AS doelgroepen
       WHERE size(themas) > 0 AND size(doelgroepen) > 0
       WITH x, kind, themas, doelgroepen ORDER BY x.id
       RETURN collect({id: x.id, naam: x.naam, kind: kind, themas: themas, doelgroepen: doelgroepen}) AS aanbod
     }
     RETURN w.id AS id, w.naam AS naam, w.gemeente AS gemeente, k {.id, .naam} AS kern,
            signalen, indicatoren, soorten, brugIds, locaties, aanbod,
            COUNT { MATCH (i:Inwoner)-[:LID_VAN]->(:Steungroep {id: $template}),
                          (i)-[:WOONT_IN]->(:Buurt)-[:IN_WIJK]->(w) } AS bewoners
     ORDER BY id`,
    args,
  );
}
