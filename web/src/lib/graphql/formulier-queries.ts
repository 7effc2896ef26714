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

/** Nodes of one kind by name, for a reference picker. */
export const FormulierZoekenQuery = graphql(`
  query FormulierZoeken($text: String!, $gemeente: String, $kinds: [NodeKind!]) {
    search(text: $text, gemeente: $gemeente, kinds: $kinds, first: 10) {
      kind
      label
      node {
        id
      }
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
 * One node with every field its form edits. References come with their name, and with the
 * gemeente where the node itself has none (the form needs it to scope the pickers). Fields that
 * share a name but not a type across kinds are aliased (GraphQL would refuse the query otherwise);
 * the field spec's `lees` names the alias.
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
        code
        naam
        illustratief
        wijk {
          ...FormulierWijk
        }
      }
      ... on Steungroep {
        magBewerken
        magVerwijderen
        naam
        omschrijving
        opgericht
        wijk {
          ...FormulierWijk
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
          ...FormulierPartner
        }
        locatie {
          id
          naam
        }
        steungroep {
          id
          naam
          wijk {
            ...FormulierWijk
          }
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
          gemeente {
            code
          }
        }
      }
      ... on Locatie {
        magBewerken
        magVerwijderen
        naam
        locatieSoort: soort
        adres
        capaciteit
        toegankelijk
        buurt {
          id
          naam
          wijk {
            ...FormulierWijk
          }
        }
        beheerder {
          ...FormulierPartner
        }
      }
      ... on Signaal {
        magBewerken
        magVerwijderen
        titel
        omschrijving
        signaalBron: bron
        status
        datum
        wijk {
          ...FormulierWijk
        }
        themas {
          id
          naam
        }
        eigenaar {
          ...FormulierPartner
        }
      }
      ... on Indicator {
        magBewerken
        magVerwijderen
        naam
        jaar
        waarde
        eenheid
        bron
        illustratief
        wijk {
          ...FormulierWijk
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

export const FormulierWijk = graphql(`
  fragment FormulierWijk on Wijk {
    id
    naam
    gemeente {
      code
    }
  }
`);

export const FormulierPartner = graphql(`
  fragment FormulierPartner on Partner {
    id
    naam
    gemeente {
      code
    }
  }
`);
