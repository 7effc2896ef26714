/**
 * Cypher that links a person `g` to the steungroepen they are responsible for and the gemeenten
 * they work for, given as lists of ids and codes: the seed, the `gebruiker` command and the
 * tests' accounts write people alike. Unknown ids and codes are skipped.
 */
export const KOPPEL_GEBRUIKER = (groepen: string, gemeenten: string) => `
  CALL (g, u) {
    UNWIND ${groepen} AS groep
    MATCH (s:Steungroep {id: groep})
    MERGE (g)-[:VERANTWOORDELIJK_VOOR]->(s)
  }
  CALL (g, u) {
    UNWIND ${gemeenten} AS code
    MATCH (gm:Gemeente {code: code})
    MERGE (g)-[:WERKT_VOOR]->(gm)
  }`;
