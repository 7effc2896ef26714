import { graphql } from './__generated__/index.js';

/*
 * The management pages besides the node forms: the members and partners of a steungroep, partner
 * API keys, the audit log and the export (/beheer/leden, /beheer/partners, /beheer/sleutels,
 * /beheer/audit, /beheer/export). Mutations answer problems a form can fix as `errors`.
 */

/** Who is asking, with the groups a community builder is responsible for. */
export const BeheerRolQuery = graphql(`
  query BeheerPaginaIk {
    ik {
      rol
      gebruiker {
        id
        naam
      }
      steungroepen {
        id
      }
    }
  }
`);

/** The group, its counts and the buurten of its gemeente; names only come with `LedenQuery`. */
export const GroepQuery = graphql(`
  query BeheerPaginaGroep($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Steungroep {
        naam
        magLedenZien
        wijk {
          id
          naam
          gemeente {
            id
            code
          }
        }
        ledenTelling {
          ...LedenAantallen
        }
      }
    }
  }
`);

/** The members themselves: asked only when `magLedenZien`, and every read is in the audit log. */
export const LedenQuery = graphql(`
  query BeheerPaginaLeden($id: ID!) {
    node(id: $id) {
      id
      ... on Steungroep {
        leden {
          ...LidRij
          inwoner {
            id
            toestemmingsdatum
            buurt {
              id
              naam
            }
          }
        }
      }
    }
  }
`);

export const BuurtenQuery = graphql(`
  query BeheerPaginaBuurten($gemeente: String!) {
    buurten(filter: { gemeente: $gemeente }, first: 200) {
      edges {
        node {
          id
          naam
        }
      }
    }
  }
`);

export const MaakInwonerMutation = graphql(`
  mutation BeheerPaginaMaakInwoner($invoer: NieuweInwonerInvoer!) {
    maakInwoner(invoer: $invoer) {
      inwoner {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);

export const WijzigInwonerMutation = graphql(`
  mutation BeheerPaginaWijzigInwoner($id: ID!, $invoer: InwonerInvoer!) {
    wijzigInwoner(id: $id, invoer: $invoer) {
      inwoner {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);

export const ZetLidmaatschapMutation = graphql(`
  mutation BeheerPaginaZetLidmaatschap($invoer: LidmaatschapInvoer!) {
    zetLidmaatschap(invoer: $invoer) {
      inwoner {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);

export const BeeindigLidmaatschapMutation = graphql(`
  mutation BeheerPaginaBeeindig($inwoner: ID!, $steungroep: ID!) {
    beeindigLidmaatschap(inwoner: $inwoner, steungroep: $steungroep) {
      inwoner {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);

export const VerwijderInwonerMutation = graphql(`
  mutation BeheerPaginaVerwijderInwoner($id: ID!) {
    verwijderInwoner(id: $id) {
      id
      lidmaatschappen
    }
  }
`);

/** A steungroep's partners, for /beheer/partners. */
export const GroepPartnersQuery = graphql(`
  query BeheerPaginaGroepPartners($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Steungroep {
        naam
        wijk {
          id
          gemeente {
            id
            code
          }
        }
        partners {
          kernteam
          partner {
            id
            naam
            soort
          }
        }
      }
    }
  }
`);

export const KoppelPartnerMutation = graphql(`
  mutation BeheerPaginaKoppelPartner($invoer: PartnerKoppelingInvoer!) {
    koppelPartner(invoer: $invoer) {
      steungroep {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);

export const OntkoppelPartnerMutation = graphql(`
  mutation BeheerPaginaOntkoppelPartner($steungroep: ID!, $partner: ID!) {
    ontkoppelPartner(steungroep: $steungroep, partner: $partner) {
      steungroep {
        id
      }
      errors {
        ...VeldFoutVelden
      }
    }
  }
`);

export const ApiSleutelVelden = graphql(`
  fragment BeheerPaginaApiSleutel on ApiSleutel {
    id
    naam
    voorvoegsel
    aangemaaktOp
    ingetrokkenOp
    laatstGebruiktOp
    partner {
      id
      naam
    }
  }
`);

export const ApiSleutelsQuery = graphql(`
  query BeheerPaginaApiSleutels {
    apiSleutels {
      ...BeheerPaginaApiSleutel
    }
  }
`);

export const MaakApiSleutelMutation = graphql(`
  mutation BeheerPaginaMaakApiSleutel($partner: ID!, $naam: String!) {
    maakApiSleutel(partner: $partner, naam: $naam) {
      sleutel
      apiSleutel {
        ...BeheerPaginaApiSleutel
      }
    }
  }
`);

export const TrekApiSleutelInMutation = graphql(`
  mutation BeheerPaginaTrekApiSleutelIn($id: ID!) {
    trekApiSleutelIn(id: $id) {
      ...BeheerPaginaApiSleutel
    }
  }
`);

export const AuditLogQuery = graphql(`
  query BeheerPaginaAuditLog($filter: AuditFilter, $first: Int, $after: String) {
    auditLog(filter: $filter, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          tijd
          actorId
          actorRol
          actie
          doelen
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const ExporteerQuery = graphql(`
  query BeheerPaginaExporteer($gemeente: String!, $formaat: ExportFormaat!) {
    exporteer(gemeente: $gemeente, formaat: $formaat) {
      naam
      mimeType
      inhoud
      grootte
      inwoners
    }
  }
`);
