import { graphql } from './__generated__/index.js';

/*
 * Selections that several pages ask for alike, each named after what shows it, so that a field
 * the component needs is added in one place.
 */

/** A problem with one field of a mutation's input, as every form shows it. */
export const VeldFoutVelden = graphql(`
  fragment VeldFoutVelden on VeldFout {
    veld
    code
    bericht
  }
`);

/** An activity as components/activiteit/ActiviteitenTabel shows it. */
export const ActiviteitRij = graphql(`
  fragment ActiviteitRij on Activiteit {
    id
    naam
    dag
    beginTijd
    eindTijd
    frequentie
    magBewerken
    locatie {
      id
      naam
    }
  }
`);

/** Members by role as counts, as components/steungroep/LedenAantallen shows them. */
export const LedenAantallen = graphql(`
  fragment LedenAantallen on LedenTelling {
    totaal {
      aantal
      minderDanVijf
    }
    kartrekkers {
      aantal
      minderDanVijf
    }
    vrijwilligers {
      aantal
      minderDanVijf
    }
    deelnemers {
      aantal
      minderDanVijf
    }
  }
`);

/** What a steungroep is about and who takes part: its page and the explorer's panel show it alike. */
export const SteungroepInhoud = graphql(`
  fragment SteungroepInhoud on Steungroep {
    naam
    omschrijving
    themas {
      id
      naam
    }
    doelgroepen {
      id
      naam
    }
    partners {
      kernteam
      partner {
        id
        naam
        soort
      }
    }
    activiteiten {
      ...ActiviteitRij
    }
  }
`);

/**
 * A membership as the steungroep page and the members page show it; only ever selected under
 * `Steungroep.leden`, which the API gives to the group's own builder alone (and audits).
 */
export const LidRij = graphql(`
  fragment LidRij on Lidmaatschap {
    rol
    sinds
    inwoner {
      id
      pseudoniem
      leeftijdsband
    }
  }
`);
