import type { Relation } from '../../core/related.js';

export const locatieBuurt: Relation = { match: 'MATCH (:Locatie {id: key})-[:IN_BUURT]->(n:Buurt)' };
export const locatieWijk: Relation = {
  match: 'MATCH (:Locatie {id: key})-[:IN_BUURT]->(:Buurt)-[:IN_WIJK]->(n:Wijk)',
};
export const locatieBeheerder: Relation = {
  match: 'MATCH (:Locatie {id: key})-[:BEHEERD_DOOR]->(n:Partner)',
};
export const locatieActiviteiten: Relation = {
  match: 'MATCH (:Locatie {id: key})<-[:OP_LOCATIE]-(n:Activiteit)',
};
