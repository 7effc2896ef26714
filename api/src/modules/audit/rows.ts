import type { Role } from '../../core/actor.js';
import type { PageInfoRow } from '../../core/rows.js';

export type AuditActie =
  | 'INWONERS_GELEZEN'
  | 'INWONER_VERWIJDERD'
  | 'INGELOGD'
  | 'INLOGGEN_MISLUKT'
  | 'UITGELOGD'
  | 'API_SLEUTEL_GEMAAKT'
  | 'API_SLEUTEL_INGETROKKEN'
  | 'AANGEMAAKT'
  | 'GEWIJZIGD'
  | 'VERWIJDERD'
  | 'BEVESTIGD'
  | 'GEIMPORTEERD';

export type AuditRegelRow = {
  id: string;
  tijd: string;
  actorId: string | null;
  actorRol: Role;
  actie: AuditActie;
  doelen: string[];
};

export type AuditRegelEdgeRow = { cursor: string; node: AuditRegelRow };

export type AuditRegelConnectionRow = { edges: AuditRegelEdgeRow[]; pageInfo: PageInfoRow };
