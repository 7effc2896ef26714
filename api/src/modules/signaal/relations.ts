import type { Relation } from '../../core/related.js';

export const signaalWijk: Relation = { match: 'MATCH (:Signaal {id: key})-[:IN_WIJK]->(n:Wijk)' };
export const signaalThemas: Relation = { match: 'MATCH (:Signaal {id: key})-[:OVER]->(n:Thema)' };
export const signaalEigenaar: Relation = { match: 'MATCH (:Signaal {id: key})-[:EIGENAAR]->(n:Partner)' };
