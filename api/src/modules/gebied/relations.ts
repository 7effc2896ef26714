import type { Relation } from '../../core/related.js';

export const gemeenteKernen: Relation = { match: 'MATCH (:Gemeente {id: key})<-[:IN_GEMEENTE]-(n:Kern)' };
export const gemeenteWijken: Relation = {
  match: 'MATCH (:Gemeente {id: key})<-[:IN_GEMEENTE]-(:Kern)<-[:IN_KERN]-(n:Wijk)',
};
export const kernGemeente: Relation = { match: 'MATCH (:Kern {id: key})-[:IN_GEMEENTE]->(n:Gemeente)' };
export const kernWijken: Relation = { match: 'MATCH (:Kern {id: key})<-[:IN_KERN]-(n:Wijk)' };
export const wijkKern: Relation = { match: 'MATCH (:Wijk {id: key})-[:IN_KERN]->(n:Kern)' };
export const wijkBuurten: Relation = { match: 'MATCH (:Wijk {id: key})<-[:IN_WIJK]-(n:Buurt)' };
export const wijkSteungroepen: Relation = { match: 'MATCH (:Wijk {id: key})<-[:IN_WIJK]-(n:Steungroep)' };
export const wijkPartners: Relation = { match: 'MATCH (:Wijk {id: key})<-[:ACTIEF_IN]-(n:Partner)' };
export const wijkLocaties: Relation = {
  match: 'MATCH (:Wijk {id: key})<-[:IN_WIJK]-(:Buurt)<-[:IN_BUURT]-(n:Locatie)',
};
export const wijkActiviteiten: Relation = {
  match: 'MATCH (:Wijk {id: key})<-[:IN_WIJK]-(:Buurt)<-[:IN_BUURT]-(:Locatie)<-[:OP_LOCATIE]-(n:Activiteit)',
};
export const wijkSignalen: Relation = {
  match: 'MATCH (:Wijk {id: key})<-[:IN_WIJK]-(n:Signaal)',
  orderBy: 'datum',
};
export const wijkIndicatoren: Relation = {
  match: 'MATCH (:Wijk {id: key})<-[:VAN_WIJK]-(n:Indicator)',
  orderBy: 'jaar',
};
export const buurtWijk: Relation = { match: 'MATCH (:Buurt {id: key})-[:IN_WIJK]->(n:Wijk)' };
export const buurtLocaties: Relation = { match: 'MATCH (:Buurt {id: key})<-[:IN_BUURT]-(n:Locatie)' };
