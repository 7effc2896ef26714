import { graphql } from './__generated__/index.js';

/*
 * Signing in and out, confirming that an activity still runs, and importing a workbook
 * (/inloggen, /beheer/…). The session is an HttpOnly cookie the API sets; the same-origin client
 * sends it along.
 */

/** Who is asking: the signed-in person, or ANONIEM. */
export const IkQuery = graphql(`
  query BeheerIk {
    ik {
      rol
      gebruiker {
        id
        naam
        rol
      }
    }
  }
`);

export const InloggenMutation = graphql(`
  mutation BeheerInloggen($email: String!, $wachtwoord: String!) {
    inloggen(email: $email, wachtwoord: $wachtwoord) {
      rol
      gebruiker {
        id
        naam
        rol
      }
    }
  }
`);

export const UitloggenMutation = graphql(`
  mutation BeheerUitloggen {
    uitloggen
  }
`);

/** "It still runs": puts an activity's `laatstBevestigd` on today. */
export const BevestigActiviteitMutation = graphql(`
  mutation BeheerBevestigActiviteit($id: ID!) {
    bevestigActiviteit(id: $id) {
      activiteit {
        id
        laatstBevestigd
        mogelijkVerouderd
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);

/** A dry run or the real import of a workbook into one gemeente, with its report row by row. */
export const ImporteerMutation = graphql(`
  mutation BeheerImporteer($invoer: ImportInvoer!) {
    importeer(invoer: $invoer) {
      dryRun
      uitgevoerd
      formaat
      totalen {
        aangemaakt
        gewijzigd
        ongewijzigd
        afgewezen
      }
      rijen {
        blad
        rij
        soort
        id
        van
        naar
        actie
        gewijzigd
        redenen {
          veld
          code
          bericht
        }
      }
      errors {
        veld
        code
        bericht
      }
      meldingen
    }
  }
`);
