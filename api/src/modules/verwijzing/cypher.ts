import type { Tx } from '../../db/db.js';
import type { Ref } from '../analyse/figures.js';

// Type aliases, not interfaces: rows must fit the db boundary's plain `Row` shape.
export type Gebied = {
  gebied: Ref;
  buurt: Ref | null;
  wijk: Ref | null;
  kern: Ref | null;
  gemeente: string;
};

export type Kandidaat = {
  id: string;
  naam: string;
  dag: string | null;
  beginTijd: string | null;
  eindTijd: string | null;
  frequentie: string | null;
  toegankelijk: boolean | null;
  laatstBevestigd: string | null;
  locatie: (Ref & { adres: string | null; toegankelijk: boolean | null }) | null;
  buurt: Ref | null;
  wijk: Ref | null;
  kern: Ref | null;
  organisatoren: Ref[];
  doelgroepen: string[];
};

/** The buurt or wijk asked for, with the wijk, kern and gemeente it lies in. */
export async function gebied(tx: Tx, id: string, label: 'Buurt' | 'Wijk'): Promise<Gebied | undefined> {
  const walk =
    label === 'Buurt'
      ? `OPTIONAL MATCH (g)-[:IN_WIJK]->(w:Wijk) WITH g, g AS b, w`
      : `WITH g, null AS b, g AS w`;
  const [row] = await tx.run<Gebied>(
    `MATCH (g:${label} {id: $id})
     ${walk}
     OPTIONAL MATCH (w)-[:IN_KERN]->(k:Kern)
     RETURN g {.id, .naam} AS gebied, b {.id, .naam} AS buurt, w {.id, .naam} AS wijk, k {.id, .naam} AS kern,
            g.gemeente AS gemeente`,
    { id },
  );
  return row;
}

/** Which of the given vocabulary ids exist. */
export async function bestaand(tx: Tx, ids: { thema?: string | null; doelgroep?: string | null }) {
  const [row] = await tx.run<{ thema: Ref | null; doelgroep: Ref | null }>(
    `OPTIONAL MATCH (t:Thema {id: $thema})
     OPTIONAL MATCH (d:Doelgroep {id: $doelgroep})
     RETURN t {.id, .naam} AS thema, d {.id, .naam} AS doelgroep`,
    { thema: ids.thema ?? null, doelgroep: ids.doelgroep ?? null },
  );
  return row ?? { thema: null, doelgroep: null };
}

/** Activities of the gemeente on the theme and for the target group (or for everyone). */
export async function kandidaten(
  tx: Tx,
  args: { gemeente: string; thema: string | null; doelgroepen: string[] | null },
): Promise<Kandidaat[]> {
  return tx.run<Kandidaat>(
    `MATCH (a:Activiteit {gemeente: $gemeente})
     WHERE ($thema IS NULL OR EXISTS { (a)-[:OVER]->(:Thema {id: $thema}) })
       AND ($doelgroepen IS NULL OR EXISTS { (a)-[:VOOR]->(d:Doelgroep) WHERE d.id IN $doelgroepen })
     OPTIONAL MATCH (a)-[:OP_LOCATIE]->(l:Locatie)
     OPTIONAL MATCH (l)-[:IN_BUURT]->(b:Buurt)
     OPTIONAL MATCH (b)-[:IN_WIJK]->(w:Wijk)
     OPTIONAL MATCH (w)-[:IN_KERN]->(k:Kern)
     RETURN a.id AS id, a.naam AS naam, a.dag AS dag, a.beginTijd AS beginTijd, a.eindTijd AS eindTijd,
            a.frequentie AS frequentie, a.toegankelijk AS toegankelijk, a.laatstBevestigd AS laatstBevestigd,
            l {.id, .naam, .adres, .toegankelijk} AS locatie, b {.id, .naam} AS buurt, w {.id, .naam} AS wijk,
            k {.id, .naam} AS kern,
            [(p:Partner)-[:ORGANISEERT]->(a) | p {.id, .naam}] AS organisatoren,
            [(a)-[:VOOR]->(d:Doelgroep) | d.id] AS doelgroepen
     ORDER BY id`,
    args,
  );
}
