import type { Relation } from '../../core/related.js';

export const activiteitOrganisatoren: Relation = {
  match: 'MATCH (:Activiteit {id: key})<-[:ORGANISEERT]-(n:Partner)',
};
export const activiteitLocatie: Relation = {
  match: 'MATCH (:Activiteit {id: key})-[:OP_LOCATIE]->(n:Locatie)',
};
export const activiteitWijk: Relation = {
  match: 'MATCH (:Activiteit {id: key})-[:OP_LOCATIE]->(:Locatie)-[:IN_BUURT]->(:Buurt)-[:IN_WIJK]->(n:Wijk)',
};
export const activiteitSteungroep: Relation = {
  match: 'MATCH (:Activiteit {id: key})-[:HOORT_BIJ]->(n:Steungroep)',
};
export const activiteitThemas: Relation = { match: 'MATCH (:Activiteit {id: key})-[:OVER]->(n:Thema)' };
export const activiteitDoelgroepen: Relation = {
  match: 'MATCH (:Activiteit {id: key})-[:VOOR]->(n:Doelgroep)',
};
export const activiteitMagDoelen: Relation = {
  match: 'MATCH (:Activiteit {id: key})-[:DRAAGT_BIJ_AAN]->(n:MagDoel)',
};
