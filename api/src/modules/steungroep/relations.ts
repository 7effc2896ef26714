import type { Relation } from '../../core/related.js';

export const steungroepWijk: Relation = { match: 'MATCH (:Steungroep {id: key})-[:IN_WIJK]->(n:Wijk)' };
export const steungroepThemas: Relation = { match: 'MATCH (:Steungroep {id: key})-[:OVER]->(n:Thema)' };
export const steungroepDoelgroepen: Relation = {
  match: 'MATCH (:Steungroep {id: key})-[:VOOR]->(n:Doelgroep)',
};
export const steungroepPartners: Relation = {
  match: 'MATCH (:Steungroep {id: key})<-[r:PARTNER_VAN]-(n:Partner)',
  withRel: true,
};
export const steungroepActiviteiten: Relation = {
  match: 'MATCH (:Steungroep {id: key})<-[:HOORT_BIJ]-(n:Activiteit)',
};
export const steungroepLeden: Relation = {
  match: 'MATCH (:Steungroep {id: key})<-[r:LID_VAN]-(n:Inwoner)',
  orderBy: 'pseudoniem',
  withRel: true,
};
