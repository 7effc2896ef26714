import { graphql } from './__generated__/index.js';

/*
 * What the forms that create, change and remove nodes read (/beheer, /beheer/<soort>/…). The
 * mutations themselves are in formulier-mutaties.ts, one set per kind.
 */

/** Who is asking, with what they may create and where (`gemeenten`: where new nodes may go). */
export const FormulierIkQuery = graphql(`
  query FormulierIk {
    ik {
      rol
      gebruiker {
        id
        naam
      }
      steungroepen {
        id
        naam
      }
      magMaken
      gemeenten {
        id
        code
        naam
      }
    }
  }
`);

/** The short lists a form offers as a select or checkboxes: the vocabulary, and a gemeente's own. */
export const FormulierLijstenQuery = graphql(`
  query FormulierLijsten($gemeente: String!, $metGemeente: Boolean!) {
    themas {
      id
      naam
    }
    doelgroepen {
      id
      naam
    }
    gemeente(code: $gemeente) @include(if: $metGemeente) {
      id
      kernen {
        id
        naam
      }
      wijken {
        id
        naam
      }
    }
    magDoelen(gemeente: $gemeente) @include(if: $metGemeente) {
      id
      naam
    }
  }
`);

/** The name of any node, to show a reference given in the URL (`?wijk=Wijk:…`). */
export const FormulierNaamQuery = graphql(`
  query FormulierNaam($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Gemeente {
        naam
      }
      ... on Kern {
        naam
      }
      ... on Wijk {
        naam
      }
      ... on Buurt {
        naam
      }
      ... on Steungroep {
        naam
      }
      ... on Partner {
        naam
      }
      ... on Locatie {
        naam
      }
      ... on MagDoel {
        naam
      }
    }
  }
`);

/**
 * One node with every field its form edits, and the gemeente it belongs to (the form scopes its
 * pickers by it). References come with their name. Fields that share a name but not a type across
 * kinds are aliased (GraphQL would refuse the query otherwise); the field spec's `lees` names the
 * alias.
 */
export const FormulierKnoopQuery = graphql(`
  query FormulierKnoop($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Gemeente {
        magBewerken
        magVerwijderen
        code
        naam
      }
      ... on Kern {
        magBewerken
        magVerwijderen
        naam
        inwoners
        gemeente {
          code
        }
      }
      ... on Wijk {
        magBewerken
        magVerwijderen
        code
        naam
        illustratief
        gemeente {
          code
        }
        kern {
          id
          naam
        }
      }
      ... on Buurt {
        magBewerken
        magVerwijderen
        gemeente {
          code
        }
        code
        naam
        illustratief
        wijk {
          id
          naam
        }
      }
      ... on Steungroep {
        magBewerken
        magVerwijderen
        gemeente {
          code
        }
        naam
        omschrijving
        opgericht
        wijk {
          id
          naam
        }
        themas {
          id
          naam
        }
        doelgroepen {
          id
          naam
        }
      }
      ... on Partner {
        magBewerken
        magVerwijderen
        naam
        soort
        professioneel
        website
        gemeente {
          code
        }
        wijken {
          id
          naam
        }
      }
      ... on Activiteit {
        magBewerken
        magVerwijderen
        gemeente {
          code
        }
        naam
        omschrijving
        dag
        beginTijd
        eindTijd
        frequentie
        bereik
        toegankelijk
        laatstBevestigd
        mogelijkVerouderd
        organisatoren {
          id
          naam
        }
        locatie {
          id
          naam
        }
        steungroep {
          id
          naam
        }
        themas {
          id
          naam
        }
        doelgroepen {
          id
          naam
        }
        magDoelen {
          id
          naam
        }
      }
      ... on Locatie {
        magBewerken
        magVerwijderen
        gemeente {
          code
        }
        naam
        locatieSoort: soort
        adres
        capaciteit
        toegankelijk
        buurt {
          id
          naam
        }
        beheerder {
          id
          naam
        }
      }
      ... on Signaal {
        magBewerken
        magVerwijderen
        gemeente {
          code
        }
        titel
        omschrijving
        signaalBron: bron
        status
        datum
        wijk {
          id
          naam
        }
        themas {
          id
          naam
        }
        eigenaar {
          id
          naam
        }
      }
      ... on Indicator {
        magBewerken
        magVerwijderen
        gemeente {
          code
        }
        naam
        jaar
        waarde
        eenheid
        bron
        illustratief
        wijk {
          id
          naam
        }
        themas {
          id
          naam
        }
      }
      ... on MagDoel {
        magBewerken
        magVerwijderen
        naam
        opgave
        gemeente {
          code
        }
      }
      ... on Thema {
        magBewerken
        magVerwijderen
        naam
      }
      ... on Doelgroep {
        magBewerken
        magVerwijderen
        naam
      }
    }
  }
`);
