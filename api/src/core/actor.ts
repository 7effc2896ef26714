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
  /**
   * Codes of the gemeenten a person works for (WERKT_VOOR, and a builder's groups' gemeenten).
   * The municipality and the wijkteam change data of these only; empty means nowhere.
   */
  gemeenten: readonly string[];
  /** The partner organisation whose API key was used. */
  partner?: string | null;
}

export const ANONYMOUS: Actor = Object.freeze({ id: null, role: 'ANONIEM', steungroepen: [], gemeenten: [] });

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

// ── Editing (modules/bewerken) and import (modules/uitwisseling) ──────────────────────────────────

/** The builder responsible for the group: edits it, its activities, partners and members. */
export function mayEditSteungroep(actor: Actor, steungroepId: string): boolean {
  return (
    actor.role === 'BEHEERDER' || (actor.role === 'OPBOUWWERKER' && actor.steungroepen.includes(steungroepId))
  );
}

/** Starting a new steungroep: an administrator, or a builder (who becomes responsible for it). */
export function mayStartSteungroep(actor: Actor): boolean {
  return actor.role === 'BEHEERDER' || actor.role === 'OPBOUWWERKER';
}

/**
 * An activity: the administrator; a partner for activities it organises; the builder of the
 * steungroep the activity belongs to.
 */
export function mayEditActiviteit(
  actor: Actor,
  activiteit: { organisatoren: readonly string[]; steungroep: string | null },
): boolean {
  if (actor.role === 'BEHEERDER') return true;
  if (actor.role === 'PARTNER') return !!actor.partner && activiteit.organisatoren.includes(actor.partner);
  return (
    actor.role === 'OPBOUWWERKER' &&
    !!activiteit.steungroep &&
    actor.steungroepen.includes(activiteit.steungroep)
  );
}

/**
 * Residents' data and memberships: only the builder responsible for one of the resident's groups
 * (not even the administrator, who may erase a resident but not read or write one).
 */
export function mayEditResident(actor: Actor, steungroepenOfResident: readonly string[]): boolean {
  return steungroepenOfResident.some((id) => mayReadResidentsOf(actor, id));
}

/** Signals: the municipality routes and answers them; the wijkteam files new ones. */
export function mayEditSignalen(actor: Actor): boolean {
  return actor.role === 'BEHEERDER' || actor.role === 'GEMEENTE';
}
export function mayFileSignaal(actor: Actor): boolean {
  return mayEditSignalen(actor) || actor.role === 'WIJKTEAM';
}

/** Indicators and MAG goals: the municipality's monitoring. */
export function mayEditMonitoring(actor: Actor): boolean {
  return actor.role === 'BEHEERDER' || actor.role === 'GEMEENTE';
}

/**
 * Whether the actor acts for this gemeente. An administrator acts everywhere and a partner's rights
 * follow its activities; the municipality, the wijkteam and a builder starting a group act only in
 * the gemeenten they work for, so one municipality never edits another's data.
 */
export function mayActIn(actor: Actor, gemeente: string | null | undefined): boolean {
  if (actor.role === 'BEHEERDER' || actor.role === 'PARTNER') return true;
  return !!gemeente && actor.gemeenten.includes(gemeente);
}

/** Everything else of the network (gebied, partners, locaties, the vocabulary): the administrator. */
export function mayEditNetwork(actor: Actor): boolean {
  return actor.role === 'BEHEERDER';
}

/** Importing a workbook: the administrator, and builders within their own steungroepen. */
export function mayImport(actor: Actor): boolean {
  return actor.role === 'BEHEERDER' || actor.role === 'OPBOUWWERKER';
}
