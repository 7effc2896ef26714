/**
 * Who is asking. Every request has an actor; sign-in and partner API keys decide which one
 * (until they exist, every request is anonymous). Resolvers never look at roles directly:
 * they ask the policy functions below, so the rules live in one place.
 */
export type Role =
  | 'ANONIEM'
  | 'PARTNER'
  | 'GEMEENTE'
  | 'OPBOUWWERKER'
  | 'WIJKTEAM'
  | 'BEHEERDER';

export interface Actor {
  /** Stable id of the person or key, for the audit log; null when anonymous. */
  id: string | null;
  role: Role;
  /** Steungroep ids a community builder is responsible for. */
  steungroepen: readonly string[];
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
