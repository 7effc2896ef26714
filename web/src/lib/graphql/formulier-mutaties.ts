import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from './__generated__/index.js';
import type { Soort } from '../beheer/formulieren/soorten.js';

/*
 * Create, change and remove for every kind the forms edit (schema/bewerken.graphql). Each answers
 * with the node's id and the field errors; the form reads the node again for what it shows.
 */

const MaakGemeente = graphql(`
  mutation FormulierMaakGemeente($invoer: GemeenteInvoer!) {
    maakGemeente(invoer: $invoer) {
      gemeente {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);
const WijzigGemeente = graphql(`
  mutation FormulierWijzigGemeente($id: ID!, $invoer: GemeenteInvoer!) {
    wijzigGemeente(id: $id, invoer: $invoer) {
      gemeente {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);
const VerwijderGemeente = graphql(`
  mutation FormulierVerwijderGemeente($id: ID!) {
    verwijderGemeente(id: $id) {
      id
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);

const MaakKern = graphql(`
  mutation FormulierMaakKern($invoer: KernInvoer!) {
    maakKern(invoer: $invoer) {
      kern {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);
const WijzigKern = graphql(`
  mutation FormulierWijzigKern($id: ID!, $invoer: KernInvoer!) {
    wijzigKern(id: $id, invoer: $invoer) {
      kern {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);
const VerwijderKern = graphql(`
  mutation FormulierVerwijderKern($id: ID!) {
    verwijderKern(id: $id) {
      id
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);

const MaakWijk = graphql(`
  mutation FormulierMaakWijk($invoer: WijkInvoer!) {
    maakWijk(invoer: $invoer) {
      wijk {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);
const WijzigWijk = graphql(`
  mutation FormulierWijzigWijk($id: ID!, $invoer: WijkInvoer!) {
    wijzigWijk(id: $id, invoer: $invoer) {
      wijk {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);
const VerwijderWijk = graphql(`
  mutation FormulierVerwijderWijk($id: ID!) {
    verwijderWijk(id: $id) {
      id
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);

const MaakBuurt = graphql(`
  mutation FormulierMaakBuurt($invoer: BuurtInvoer!) {
    maakBuurt(invoer: $invoer) {
      buurt {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);
const WijzigBuurt = graphql(`
  mutation FormulierWijzigBuurt($id: ID!, $invoer: BuurtInvoer!) {
    wijzigBuurt(id: $id, invoer: $invoer) {
      buurt {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);
const VerwijderBuurt = graphql(`
  mutation FormulierVerwijderBuurt($id: ID!) {
    verwijderBuurt(id: $id) {
      id
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);

const MaakSteungroep = graphql(`
  mutation FormulierMaakSteungroep($invoer: SteungroepInvoer!) {
    maakSteungroep(invoer: $invoer) {
      steungroep {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);
const WijzigSteungroep = graphql(`
  mutation FormulierWijzigSteungroep($id: ID!, $invoer: SteungroepInvoer!) {
    wijzigSteungroep(id: $id, invoer: $invoer) {
      steungroep {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);
const VerwijderSteungroep = graphql(`
  mutation FormulierVerwijderSteungroep($id: ID!) {
    verwijderSteungroep(id: $id) {
      id
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);

const MaakPartner = graphql(`
  mutation FormulierMaakPartner($invoer: PartnerInvoer!) {
    maakPartner(invoer: $invoer) {
      partner {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);
const WijzigPartner = graphql(`
  mutation FormulierWijzigPartner($id: ID!, $invoer: PartnerInvoer!) {
    wijzigPartner(id: $id, invoer: $invoer) {
      partner {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);
const VerwijderPartner = graphql(`
  mutation FormulierVerwijderPartner($id: ID!) {
    verwijderPartner(id: $id) {
      id
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);

const MaakActiviteit = graphql(`
  mutation FormulierMaakActiviteit($invoer: ActiviteitInvoer!) {
    maakActiviteit(invoer: $invoer) {
      activiteit {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);
const WijzigActiviteit = graphql(`
  mutation FormulierWijzigActiviteit($id: ID!, $invoer: ActiviteitInvoer!) {
    wijzigActiviteit(id: $id, invoer: $invoer) {
      activiteit {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);
const VerwijderActiviteit = graphql(`
  mutation FormulierVerwijderActiviteit($id: ID!) {
    verwijderActiviteit(id: $id) {
      id
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);

const MaakLocatie = graphql(`
  mutation FormulierMaakLocatie($invoer: LocatieInvoer!) {
    maakLocatie(invoer: $invoer) {
      locatie {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);
const WijzigLocatie = graphql(`
  mutation FormulierWijzigLocatie($id: ID!, $invoer: LocatieInvoer!) {
    wijzigLocatie(id: $id, invoer: $invoer) {
      locatie {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);
const VerwijderLocatie = graphql(`
  mutation FormulierVerwijderLocatie($id: ID!) {
    verwijderLocatie(id: $id) {
      id
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);

const MaakSignaal = graphql(`
  mutation FormulierMaakSignaal($invoer: SignaalInvoer!) {
    maakSignaal(invoer: $invoer) {
      signaal {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);
const WijzigSignaal = graphql(`
  mutation FormulierWijzigSignaal($id: ID!, $invoer: SignaalInvoer!) {
    wijzigSignaal(id: $id, invoer: $invoer) {
      signaal {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);
const VerwijderSignaal = graphql(`
  mutation FormulierVerwijderSignaal($id: ID!) {
    verwijderSignaal(id: $id) {
      id
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);

const MaakIndicator = graphql(`
  mutation FormulierMaakIndicator($invoer: IndicatorInvoer!) {
    maakIndicator(invoer: $invoer) {
      indicator {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);
const WijzigIndicator = graphql(`
  mutation FormulierWijzigIndicator($id: ID!, $invoer: IndicatorInvoer!) {
    wijzigIndicator(id: $id, invoer: $invoer) {
      indicator {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);
const VerwijderIndicator = graphql(`
  mutation FormulierVerwijderIndicator($id: ID!) {
    verwijderIndicator(id: $id) {
      id
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);

const MaakMagDoel = graphql(`
  mutation FormulierMaakMagDoel($invoer: MagDoelInvoer!) {
    maakMagDoel(invoer: $invoer) {
      magDoel {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);
const WijzigMagDoel = graphql(`
  mutation FormulierWijzigMagDoel($id: ID!, $invoer: MagDoelInvoer!) {
    wijzigMagDoel(id: $id, invoer: $invoer) {
      magDoel {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);
const VerwijderMagDoel = graphql(`
  mutation FormulierVerwijderMagDoel($id: ID!) {
    verwijderMagDoel(id: $id) {
      id
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);

const MaakThema = graphql(`
  mutation FormulierMaakThema($invoer: ThemaInvoer!) {
    maakThema(invoer: $invoer) {
      thema {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);
const WijzigThema = graphql(`
  mutation FormulierWijzigThema($id: ID!, $invoer: ThemaInvoer!) {
    wijzigThema(id: $id, invoer: $invoer) {
      thema {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);
const VerwijderThema = graphql(`
  mutation FormulierVerwijderThema($id: ID!) {
    verwijderThema(id: $id) {
      id
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);

const MaakDoelgroep = graphql(`
  mutation FormulierMaakDoelgroep($invoer: DoelgroepInvoer!) {
    maakDoelgroep(invoer: $invoer) {
      doelgroep {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);
const WijzigDoelgroep = graphql(`
  mutation FormulierWijzigDoelgroep($id: ID!, $invoer: DoelgroepInvoer!) {
    wijzigDoelgroep(id: $id, invoer: $invoer) {
      doelgroep {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);
const VerwijderDoelgroep = graphql(`
  mutation FormulierVerwijderDoelgroep($id: ID!) {
    verwijderDoelgroep(id: $id) {
      id
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);

/** What every one of them answers, seen from a form that does not know the kind. */
export interface VeldFoutData {
  veld: string;
  code: string;
  bericht: string;
}
type Antwoord = Record<string, { id?: string | null; errors: VeldFoutData[] } & Record<string, unknown>>;
type Mutatie<V> = TypedDocumentNode<Antwoord, V>;

export interface Mutaties {
  maak: Mutatie<{ invoer: Record<string, unknown> }>;
  wijzig: Mutatie<{ id: string; invoer: Record<string, unknown> }>;
  verwijder: Mutatie<{ id: string }>;
}

// The typed documents differ per kind; the form reaches them through the kind, so one loose type.
export const MUTATIES = {
  GEMEENTE: { maak: MaakGemeente, wijzig: WijzigGemeente, verwijder: VerwijderGemeente },
  KERN: { maak: MaakKern, wijzig: WijzigKern, verwijder: VerwijderKern },
  WIJK: { maak: MaakWijk, wijzig: WijzigWijk, verwijder: VerwijderWijk },
  BUURT: { maak: MaakBuurt, wijzig: WijzigBuurt, verwijder: VerwijderBuurt },
  STEUNGROEP: { maak: MaakSteungroep, wijzig: WijzigSteungroep, verwijder: VerwijderSteungroep },
  PARTNER: { maak: MaakPartner, wijzig: WijzigPartner, verwijder: VerwijderPartner },
  ACTIVITEIT: { maak: MaakActiviteit, wijzig: WijzigActiviteit, verwijder: VerwijderActiviteit },
  LOCATIE: { maak: MaakLocatie, wijzig: WijzigLocatie, verwijder: VerwijderLocatie },
  SIGNAAL: { maak: MaakSignaal, wijzig: WijzigSignaal, verwijder: VerwijderSignaal },
  INDICATOR: { maak: MaakIndicator, wijzig: WijzigIndicator, verwijder: VerwijderIndicator },
  MAG_DOEL: { maak: MaakMagDoel, wijzig: WijzigMagDoel, verwijder: VerwijderMagDoel },
  THEMA: { maak: MaakThema, wijzig: WijzigThema, verwijder: VerwijderThema },
  DOELGROEP: { maak: MaakDoelgroep, wijzig: WijzigDoelgroep, verwijder: VerwijderDoelgroep },
} as unknown as Record<Soort, Mutaties>;
