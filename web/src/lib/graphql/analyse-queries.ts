import { graphql } from './__generated__/index.js';

/*
 * The queries behind the six analysis views (/analyse/…). Each asks for the names behind every
 * number, so a view can say why a score came out as it did. The method is in docs/analyses.md.
 */

/** The steungroepen of a gemeente that can serve as a template for replication. */
export const SjablonenQuery = graphql(`
  query AnalyseSjablonen($gemeente: String!) {
    steungroepen(filter: { gemeente: $gemeente }, first: 200) {
      edges {
        node {
          id
          naam
          wijk {
            id
            naam
          }
        }
      }
    }
  }
`);

/** Where a steungroep could be replicated: every wijk with its five parts and the names behind them. */
export const ReplicatieQuery = graphql(`
  query AnalyseReplicatie($steungroep: ID!, $gewichten: ReplicatieGewichten) {
    replicatie(steungroep: $steungroep, gewichten: $gewichten) {
      steungroep {
        id
        naam
      }
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
      partnerSoorten {
        soort
        gewicht
        partners {
          id
          naam
        }
      }
      gewichten {
        behoefte
        passendheid
        gereedheid
        ruimte
        bruggen
      }
      aantalWijken
      kandidaten(first: 50) {
        rang
        wijk {
          id
          naam
        }
        kern {
          id
          naam
        }
        totaal
        onderdelen {
          naam
          score
          gewicht
          bijdrage
          uitleg
        }
        signalen {
          id
          naam
        }
        indicatoren {
          naam
          jaar
          waarde
          positie
        }
        aanwezigePartnerSoorten
        ontbrekendePartnerSoorten
        locaties {
          id
          naam
        }
        brugPartners {
          partner {
            id
            naam
          }
          soort
          kernteam
        }
        brugBewoners {
          aantal
          minderDanVijf
        }
        bestaandAanbod {
          aanbod {
            id
            naam
          }
          kind
          gedeeldeThemas {
            id
            naam
          }
          gedeeldeDoelgroepen {
            id
            naam
          }
        }
        uitleg
      }
    }
  }
`);

/** The target groups, for the filters of dekking and verwijzing. */
export const DoelgroepenEnThemasQuery = graphql(`
  query AnalyseVocabulaire {
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

/** Offering against need per kern, wijk and theme. */
export const DekkingQuery = graphql(`
  query AnalyseDekking($gemeente: String!, $doelgroep: ID) {
    dekking(gemeente: $gemeente, doelgroep: $doelgroep) {
      gemeente
      themas {
        id
        naam
      }
      doelgroep {
        id
        naam
      }
      minimumAanbod
      behoefteDrempel
      peildatum
      kernen {
        kern {
          id
          naam
        }
        voldoendeAanbod
        tekortThemas {
          id
          naam
        }
        cellen {
          ...DekkingCelVelden
        }
        wijken {
          wijk {
            id
            naam
          }
          witteVlekken
          cellen {
            ...DekkingCelVelden
          }
        }
      }
      witteVlekken {
        ...DekkingCelVelden
      }
      kernenZonderVoldoendeAanbod {
        id
        naam
      }
    }
  }

  fragment DekkingCelVelden on DekkingCel {
    thema {
      id
      naam
    }
    wijk {
      id
      naam
    }
    kern {
      id
      naam
    }
    activiteiten
    verouderdeActiviteiten
    steungroepen
    bereikPerMaand
    signalen
    indicatorScore
    behoefte
    witteVlek
    aanbod {
      id
      naam
    }
    uitleg
  }
`);

/** Duplicate offering: pairs with both sides, and the groups they form. */
export const DuplicatenQuery = graphql(`
  query AnalyseDuplicaten($gemeente: String!, $alleenProfessioneel: Boolean) {
    duplicaten(gemeente: $gemeente, alleenProfessioneelNaastVrijwillig: $alleenProfessioneel) {
      gemeente
      paren {
        a {
          ...DuplicaatKantVelden
        }
        b {
          ...DuplicaatKantVelden
        }
        wijk {
          id
          naam
        }
        dag
        overlapVan
        overlapTot
        overlapMinuten
        gedeeldeThemas {
          id
          naam
        }
        gedeeldeDoelgroepen {
          id
          naam
        }
        frequentieOverlap
        professioneelNaastVrijwillig
        professioneleKant {
          id
          naam
        }
        uitleg
      }
      groepen {
        wijk {
          id
          naam
        }
        activiteiten {
          id
          naam
        }
        paren
      }
    }
  }

  fragment DuplicaatKantVelden on DuplicaatKant {
    activiteit {
      id
      naam
    }
    organisatoren {
      id
      naam
    }
    professioneel
    beginTijd
    eindTijd
    frequentie
  }
`);

/** The collaboration network: brokers, clusters and partners that work with nobody. */
export const VerbindersQuery = graphql(`
  query AnalyseVerbinders($gemeente: String!) {
    verbinders(gemeente: $gemeente) {
      gemeente
      modulariteit
      partners {
        rang
        partner {
          id
          naam
        }
        soort
        betweenness
        graad
        gewogenGraad
        cluster
        overbrugdeClusters
        overbrugt {
          a {
            id
            naam
          }
          b {
            id
            naam
          }
          wijken {
            id
            naam
          }
          tussenClusters
        }
        uitleg
      }
      clusters {
        nummer
        naam
        leden {
          id
          naam
        }
        wijken {
          id
          naam
        }
      }
      zonderSamenwerking {
        partner {
          id
          naam
        }
        soort
        activiteitenAlleen
        nergensBij
        uitleg
      }
      samenwerkingen {
        a {
          id
        }
        b {
          id
        }
        gewicht
      }
    }
  }
`);

/** The areas a resident can live in: every wijk of the gemeente with its buurten, by kern. */
export const GebiedenQuery = graphql(`
  query AnalyseGebieden($gemeente: String!) {
    gemeente(code: $gemeente) {
      id
      naam
      kernen {
        id
        naam
        wijken {
          id
          naam
          buurten {
            id
            naam
          }
        }
      }
    }
  }
`);

/** Suitable activities for a resident, nearest first, each with why it matched. */
export const VerwijzingQuery = graphql(`
  query AnalyseVerwijzing(
    $gebied: ID!
    $thema: ID
    $doelgroep: ID
    $toegankelijk: Boolean
    $verouderd: VerouderdBeleid
  ) {
    verwijzing(
      gebied: $gebied
      thema: $thema
      doelgroep: $doelgroep
      toegankelijk: $toegankelijk
      verouderd: $verouderd
    ) {
      gebied {
        id
        naam
      }
      thema {
        id
        naam
      }
      doelgroep {
        id
        naam
      }
      toegankelijkNodig
      verouderd
      peildatum
      aantal
      weggelaten
      resultaten(first: 50) {
        rang
        activiteit {
          id
          naam
        }
        afstand
        locatie {
          id
          naam
        }
        adres
        buurt {
          id
          naam
        }
        wijk {
          id
          naam
        }
        kern {
          id
          naam
        }
        dag
        beginTijd
        eindTijd
        frequentie
        organisatoren {
          id
          naam
        }
        toegankelijk
        mogelijkVerouderd
        laatstBevestigd
        waarom
      }
    }
  }
`);

/** One wijk's dashboard: figures over time, reach, MAG goals and signals. */
export const MonitoringQuery = graphql(`
  query AnalyseMonitoring($gemeente: String!, $wijk: ID!) {
    monitoring(gemeente: $gemeente, wijk: $wijk) {
      gemeente
      wijken {
        wijk {
          id
          naam
        }
        kern {
          id
          naam
        }
        indicatoren {
          naam
          eenheid
          punten {
            jaar
            waarde
          }
          verandering
        }
        activiteiten {
          activiteit {
            id
            naam
          }
          frequentie
          bereik
          bereikPerMaand
          magDoelen {
            id
            naam
          }
        }
        bereikPerMaand
        magDoelen {
          magDoel {
            id
            naam
          }
          opgave
          activiteiten {
            id
            naam
          }
          bereikPerMaand
        }
        signalen {
          open
          inBehandeling
          beantwoord
          totaal
          perJaar {
            jaar
            open
            inBehandeling
            beantwoord
          }
        }
        deelnemers {
          aantal
          minderDanVijf
        }
      }
    }
  }
`);
