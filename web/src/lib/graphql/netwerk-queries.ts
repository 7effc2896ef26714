import { graphql } from './__generated__/index.js';

/** The drawn subgraph: the view's filters, or an ego network around `focus`. */
export const NetwerkQuery = graphql(`
  query Netwerk($filter: NetworkFilter!, $limit: Int) {
    network(filter: $filter, limit: $limit) {
      truncated
      totalNodes
      nodes {
        id
        kind
        label
        weight
      }
      edges {
        id
        source
        target
        kind
      }
    }
  }
`);

/** What the explorer's filters offer: the gemeente's kernen and wijken, all thema's and doelgroepen. */
export const NetwerkKeuzesQuery = graphql(`
  query NetwerkKeuzes($code: String!) {
    gemeente(code: $code) {
      id
      code
      naam
      kernen {
        id
        naam
        wijken {
          id
          naam
        }
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
  }
`);

/**
 * The details panel: the fields of any kind of node. Fields that share a name but not a type
 * (a partner's and a venue's `soort`) get their own alias.
 */
export const NodeDetailsQuery = graphql(`
  query NodeDetails($id: ID!) {
    node(id: $id) {
      __typename
      id
      verbindingen
      ... on Gemeente {
        magBewerken
        naam
        code
      }
      ... on Kern {
        magBewerken
        naam
        inwoners
        wijken {
          id
        }
      }
      ... on Wijk {
        magBewerken
        naam
        code
        illustratief
        kern {
          id
          naam
        }
        buurten {
          id
        }
      }
      ... on Buurt {
        magBewerken
        naam
        code
      }
      ... on Steungroep {
        magBewerken
        naam
        omschrijving
        opgericht
        wijk {
          id
          naam
        }
        partners {
          kernteam
        }
        ledenTelling {
          totaal {
            aantal
            minderDanVijf
          }
        }
      }
      ... on Partner {
        magBewerken
        naam
        partnerSoort: soort
        professioneel
        website
      }
      ... on Activiteit {
        magBewerken
        naam
        omschrijving
        dag
        beginTijd
        eindTijd
        frequentie
        bereik
        toegankelijk
        mogelijkVerouderd
        laatstBevestigd
      }
      ... on Locatie {
        magBewerken
        naam
        locatieSoort: soort
        adres
        capaciteit
        toegankelijk
      }
      ... on Signaal {
        magBewerken
        titel
        omschrijving
        signaalBron: bron
        status
        datum
      }
      ... on Thema {
        magBewerken
        naam
      }
      ... on Doelgroep {
        magBewerken
        naam
      }
      ... on Indicator {
        magBewerken
        naam
        jaar
        waarde
        eenheid
        illustratief
      }
      ... on MagDoel {
        magBewerken
        naam
        opgave
      }
    }
  }
`);

/** Everything the wijk page shows. */
export const WijkPaginaQuery = graphql(`
  query WijkPagina($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Wijk {
        magBewerken
        naam
        code
        illustratief
        kern {
          id
          naam
        }
        gemeente {
          id
          code
          naam
        }
        buurten {
          id
          naam
        }
        steungroepen {
          id
          naam
          themas {
            id
            naam
          }
        }
        partners {
          id
          naam
          soort
        }
        activiteiten {
          ...ActiviteitRij
        }
        locaties {
          id
          naam
          soort
          adres
          toegankelijk
        }
        signalen {
          id
          titel
          status
          datum
          themas {
            id
            naam
          }
        }
        indicatoren {
          id
          naam
          jaar
          waarde
          eenheid
          bron
          illustratief
        }
      }
    }
  }
`);

/** Everything the steungroep page shows, members as counts. */
export const SteungroepPaginaQuery = graphql(`
  query SteungroepPagina($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Steungroep {
        magBewerken
        ...SteungroepInhoud
        opgericht
        wijk {
          id
          naam
          kern {
            id
            naam
          }
          gemeente {
            id
            code
          }
        }
        magLedenZien
        ledenTelling {
          ...LedenAantallen
        }
      }
    }
  }
`);

/**
 * The residents of a steungroep, for the one viewer who may see them (its community builder).
 * Everyone else gets FORBIDDEN, which the page takes as "counts only", not as a failure.
 */
export const SteungroepLedenQuery = graphql(`
  query SteungroepLeden($id: ID!) {
    node(id: $id) {
      id
      ... on Steungroep {
        leden {
          ...LidRij
        }
      }
    }
  }
`);

/** Everything the partner page shows, with what it takes to find whom the partner works with. */
export const PartnerPaginaQuery = graphql(`
  query PartnerPagina($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Partner {
        magBewerken
        naam
        soort
        professioneel
        website
        gemeente {
          id
          code
          naam
        }
        wijken {
          id
          naam
          kern {
            id
            naam
          }
        }
        steungroepen {
          id
          naam
          wijk {
            id
            naam
          }
          partners {
            partner {
              id
              naam
              soort
            }
          }
        }
        activiteiten {
          ...ActiviteitRij
          wijk {
            id
            naam
          }
          organisatoren {
            id
            naam
            soort
          }
        }
        locaties {
          id
          naam
          soort
        }
      }
    }
  }
`);
