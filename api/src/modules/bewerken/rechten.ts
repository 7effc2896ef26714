/**
 * Who may change what, per kind, in words of the policy functions of core/actor.ts. `magSoort`
 * is the first gate (a role that may never change this kind is refused before anything is read);
 * `magKnoop` decides with the stored node and its new values.
 */
import {
  mayActIn,
  mayEditActiviteit,
  mayEditMonitoring,
  mayEditNetwork,
  mayEditResident,
  mayEditSignalen,
  mayEditSteungroep,
  mayFileSignaal,
  mayStartSteungroep,
  type Actor,
} from '../../core/actor.js';
import { domainError } from '../../core/errors.js';
import type { Label } from '../../core/kinds.js';
import type { VeldFout } from './waarden.js';

export type Modus = 'maak' | 'wijzig' | 'verwijder';

/** The part of a node that decides who may change it. */
export interface Zeggenschap {
  id: string | null;
  organisatoren: readonly string[];
  steungroep: string | null;
  /** A resident's groups. */
  steungroepen: readonly string[];
  status?: unknown;
  eigenaar?: string | null;
  /** The gemeente the node belongs to (its code; a Gemeente's own code). */
  gemeente?: string | null;
}

/** Roles whose rights end at the gemeenten they work for (Actor.gemeenten). */
const GEBONDEN = new Set(['GEMEENTE', 'WIJKTEAM']);

export const WIE: Readonly<Record<Label, string>> = {
  Gemeente: 'an administrator (BEHEERDER)',
  Kern: 'an administrator (BEHEERDER)',
  Wijk: 'an administrator (BEHEERDER)',
  Buurt: 'an administrator (BEHEERDER)',
  Thema: 'an administrator (BEHEERDER)',
  Doelgroep: 'an administrator (BEHEERDER)',
  Partner: 'an administrator (BEHEERDER)',
  Locatie: 'an administrator (BEHEERDER)',
  Steungroep: 'an administrator, or the community builder responsible for the group',
  Activiteit: 'an administrator, the partner organising the activity, or the builder of its steungroep',
  Inwoner: 'the community builder responsible for one of the resident’s steungroepen',
  Signaal: 'the municipality (GEMEENTE) or an administrator; the wijkteam files new ones',
  Indicator: 'the municipality (GEMEENTE) or an administrator',
  MagDoel: 'the municipality (GEMEENTE) or an administrator',
};

export const verboden = (label: Label, extra = '') =>
  domainError(
    'FORBIDDEN',
    `You may not change this ${label}: that is for ${WIE[label]}.${extra ? ` ${extra}` : ''}`,
  );

/** Whether the role may ever make this kind of change to this kind. */
export function magSoort(actor: Actor, label: Label, modus: Modus): boolean {
  switch (label) {
    case 'Steungroep':
      return mayStartSteungroep(actor);
    case 'Activiteit':
      return ['BEHEERDER', 'OPBOUWWERKER', 'PARTNER'].includes(actor.role);
    case 'Inwoner':
      return actor.role === 'OPBOUWWERKER' && modus !== 'verwijder';
    case 'Signaal':
      return modus === 'maak' ? mayFileSignaal(actor) : mayEditSignalen(actor);
    case 'Indicator':
    case 'MagDoel':
      return mayEditMonitoring(actor);
    default:
      return mayEditNetwork(actor);
  }
}

/**
 * Whether the actor may make this change: `huidig` is the stored node (null on creation),
 * `nieuw` how it will be.
 */
export function magKnoop(
  actor: Actor,
  label: Label,
  modus: Modus,
  huidig: Zeggenschap | null,
  nieuw: Zeggenschap | null,
): boolean {
  if (!magSoort(actor, label, modus)) return false;
  // A missing gemeente on a new node is a field error (VERPLICHT) reported by the caller, not this.
  for (const z of [huidig, nieuw])
    if (z?.gemeente && GEBONDEN.has(actor.role) && !mayActIn(actor, z.gemeente)) return false;
  switch (label) {
    case 'Steungroep':
      return modus === 'maak'
        ? mayStartSteungroep(actor) && (!nieuw?.gemeente || mayActIn(actor, nieuw.gemeente))
        : !!huidig?.id && mayEditSteungroep(actor, huidig.id);
    case 'Activiteit': {
      const voor = !huidig || mayEditActiviteit(actor, huidig);
      const na = !nieuw || mayEditActiviteit(actor, nieuw);
      // A partner removes only what it organises alone; a shared activity it leaves instead.
      const alleen =
        modus !== 'verwijder' ||
        actor.role !== 'PARTNER' ||
        (huidig?.organisatoren ?? []).every((p) => p === actor.partner);
      return voor && na && alleen;
    }
    case 'Inwoner':
      return (
        (!huidig || mayEditResident(actor, huidig.steungroepen)) &&
        (!nieuw || mayEditResident(actor, nieuw.steungroepen))
      );
    case 'Signaal':
      // The wijkteam files a signal; routing it (status, owner) is the municipality's.
      if (modus === 'maak' && actor.role === 'WIJKTEAM')
        return (nieuw?.status ?? 'OPEN') === 'OPEN' && !nieuw?.eigenaar;
      return true;
    default:
      return true;
  }
}

/**
 * Fields of a new node this actor may not fill in although they may create it, as errors beside
 * those fields: a form shows them where the person typed, instead of refusing the whole form.
 */
export function verbodenVelden(
  actor: Actor,
  label: Label,
  nieuw: Zeggenschap,
  pad: (v: string) => string,
): VeldFout[] {
  if (label !== 'Signaal' || actor.role !== 'WIJKTEAM') return [];
  const bericht = (wat: string) =>
    `Het wijkteam meldt een signaal; ${wat} bepaalt de gemeente. Laat dit veld leeg.`;
  const fouten: VeldFout[] = [];
  if ((nieuw.status ?? 'OPEN') !== 'OPEN')
    fouten.push({ veld: pad('status'), code: 'NIET_TOEGESTAAN', bericht: bericht('de status') });
  if (nieuw.eigenaar)
    fouten.push({ veld: pad('eigenaar'), code: 'NIET_TOEGESTAAN', bericht: bericht('wie het oppakt') });
  return fouten;
}
