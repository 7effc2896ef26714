import type { Relation } from '../../core/related.js';

export const partnerWijken: Relation = { match: 'MATCH (:Partner {id: key})-[:ACTIEF_IN]->(n:Wijk)' };
export const partnerSteungroepen: Relation = {
  match: 'MATCH (:Partner {id: key})-[:PARTNER_VAN]->(n:Steungroep)',
};
export const partnerActiviteiten: Relation = {
  match: 'MATCH (:Partner {id: key})-[:ORGANISEERT]->(n:Activiteit)',
};
export const partnerLocaties: Relation = { match: 'MATCH (:Partner {id: key})<-[:BEHEERD_DOOR]-(n:Locatie)' };
