import { graphql } from './__generated__/index.js';

/** The municipalities for the picker. */
export const GemeentenQuery = graphql(`
  query Gemeenten {
    gemeenten {
      id
      code
      naam
    }
  }
`);

/** A gemeente's kernen with their wijken; the counts are taken from the id lists in the client. */
export const GemeenteOverzichtQuery = graphql(`
  query GemeenteOverzicht($code: String!) {
    gemeente(code: $code) {
      id
      naam
      kernen {
        id
        naam
        inwoners
        wijken {
          id
          naam
          steungroepen {
            id
          }
          partners {
            id
          }
          activiteiten {
            id
          }
        }
      }
    }
  }
`);

/** The first 50 steungroepen of a gemeente, alphabetically. */
export const SteungroepenQuery = graphql(`
  query Steungroepen($code: String!) {
    steungroepen(filter: { gemeente: $code }, first: 50) {
      totalCount
      edges {
        node {
          id
          naam
          wijk {
            id
            naam
          }
          themas {
            id
            naam
          }
          partners {
            partner {
              id
            }
          }
          ledenTelling {
            totaal {
              aantal
              minderDanVijf
            }
          }
        }
      }
    }
  }
`);

/** Everything the details section shows about one steungroep. */
export const SteungroepDetailsQuery = graphql(`
  query SteungroepDetails($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Steungroep {
        ...SteungroepInhoud
        wijk {
          id
          naam
          kern {
            id
            naam
          }
        }
        ledenTelling {
          totaal {
            aantal
            minderDanVijf
          }
        }
      }
    }
  }
`);

/** Search as you type, within one gemeente and, if given, only some kinds. */
export const ZoekenQuery = graphql(`
  query Zoeken($text: String!, $gemeente: String, $kinds: [NodeKind!]) {
    search(text: $text, gemeente: $gemeente, kinds: $kinds, first: 10) {
      kind
      label
      score
      node {
        id
      }
    }
  }
`);
