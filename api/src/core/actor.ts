/**
 * Who is asking. Every request has an actor, resolved once per request from its session cookie or
 * partner API key (modules/toegang/actor-from-request.ts). Resolvers never look at roles directly:
 * they ask the policy functions below, so the rules live in one place.
 */
export type Role = 'ANONIEM' | 'PARTNER' | 'GEMEENTE' | 'OPBOUWWERKER' | 'WIJKTEAM' | 'BEHEERDER';

export interface Actor {
  /** Stable id of the person or key, for the audit log; null when anonymous. */
  id: string | null;
  role: Role;
  /** Steungroep ids a community builder is responsible for (VERANTWOORDELIJK_VOOR). */
  steungroepen: readonly string[];
  /** The partner organisation whose API key was used. */
  partner?: string | null;
}

export const ANONYMOUS: Actor = Object.freeze({ id: null, role: 'ANONIEM', steungroepen: [] });

/**
 * Residents are visible only to the community builder responsible for their group (DOMAIN.md,
 * privacy). Partners, the municipality and the wijkteam see counts; nobody else sees anything.
 */
export function mayReadResidentsOf(actor: Actor, steungroepId: string): boolean {
  return actor.role === 'OPBOUWWERKER' && actor.steungroepen.includes(steungroepId);
}

/** Whether the actor may see resident nodes at all (in a network, through a lookup). */
export function mayReadAnyResidents(actor: Actor): boolean {
  return actor.role === 'OPBOUWWERKER' && actor.steungroepen.length > 0;
}

/** Partner keys, the audit log: the administrator's tools. */
export function mayAdminister(actor: Actor): boolean {
  return actor.role === 'BEHEERDER';
}

/**
 * Erasing a resident (AVG): the administrator, or the builder responsible for one of the
 * resident's groups. Nobody else learns whether the resident exists.
 */
export function mayEraseResident(actor: Actor, steungroepenOfResident: readonly string[]): boolean {
  return mayAdminister(actor) || steungroepenOfResident.some((id) => mayReadResidentsOf(actor, id));
}
