/**
 * Who may write which rows of an import (docs/import-format.md, "Who may import what").
 */
import type { Actor } from '../../core/actor.js';
import type { Label } from '../../core/kinds.js';
import type { Toestand } from '../bewerken/opslag.js';
import { eigenaar, reden, type KnoopPlan, type RapportRij, type RelPlan } from './rapport.js';

const BUITEN_BEREIK =
  'Dit valt buiten je eigen steungroepen. Alleen de beheerder, of de opbouwwerker van de steungroep, mag dit wijzigen.';
const INWONERS =
  'Inwoners (en hun lidmaatschappen en buurt) importeert alleen de opbouwwerker van hun steungroep, en alleen in eigen steungroepen.';

/**
 * The caller's reach. An administrator writes everything but residents. A builder writes their own
 * steungroepen (and the groups this import starts), those groups' activities, partners and
 * members; other rows may come along only unchanged. Resident rows are checked even when unchanged:
 * a dry run must not confirm what is stored about someone else's resident.
 */
export function controleerBereik(
  actor: Actor,
  knopen: KnoopPlan[],
  relaties: RelPlan[],
  toestand: Map<string, Toestand>,
): void {
  const inwonerRel = (r: RelPlan) => r.spec?.eigenaar === 'Inwoner';
  // Only this reason (and cells that may never be stored): any other, such as a stored gemeente or
  // an id that exists or not, would tell something about the resident.
  const weiger = (r: RapportRij, veld: string) => {
    r.gewijzigd = [];
    r.redenen = [
      ...r.redenen.filter((x) => x.code === 'VERBODEN_VELD'),
      { veld, code: 'NIET_TOEGESTAAN', bericht: INWONERS },
    ];
  };
  if (actor.role !== 'OPBOUWWERKER') {
    for (const k of knopen) if (k.rij.label === 'Inwoner') weiger(k.rapport, 'id');
    for (const r of relaties) if (inwonerRel(r)) weiger(r.rapport, 'van');
    return;
  }
  const eigen = new Set([
    ...actor.steungroepen,
    ...knopen.filter((k) => k.rij.label === 'Steungroep' && !k.huidig && k.id).map((k) => k.id!),
  ]);
  const relsVan = (id: string, type: string) => relaties.filter((r) => r.spec?.type === type && r.van === id);
  const opgeslagenIds = (id: string, veld: string) => (toestand.get(id)?.rels[veld] ?? []).map((b) => b.id);

  const activiteitMag = (id: string) => {
    const nu = opgeslagenIds(id, 'steungroep')[0] ?? null;
    const straks = relsVan(id, 'HOORT_BIJ')[0]?.naar ?? nu;
    return (!toestand.has(id) || (!!nu && eigen.has(nu))) && !!straks && eigen.has(straks);
  };
  const inwonerMag = (id: string) => {
    const nieuw = relsVan(id, 'LID_VAN').map((r) => r.naar!);
    const nu = opgeslagenIds(id, 'lidmaatschappen');
    const bekend = toestand.has(id) ? nu.some((g) => actor.steungroepen.includes(g)) : nieuw.length > 0;
    return bekend && nieuw.every((g) => eigen.has(g));
  };
  const mag = (label: Label | undefined, id: string | undefined) => {
    if (!label || !id) return false;
    if (label === 'Steungroep') return eigen.has(id);
    if (label === 'Activiteit') return activiteitMag(id);
    if (label === 'Inwoner') return inwonerMag(id);
    return false;
  };

  for (const k of knopen) {
    if (!k.id) continue;
    if (k.rij.label === 'Inwoner') {
      if (!inwonerMag(k.id)) weiger(k.rapport, 'id');
    } else if (k.rapport.actie !== 'ONGEWIJZIGD' && !mag(k.rij.label, k.id))
      reden(k.rapport, 'id', 'NIET_TOEGESTAAN', BUITEN_BEREIK);
  }
  for (const r of relaties) {
    if (!r.spec) continue;
    if (inwonerRel(r)) {
      if (!inwonerMag(r.van!)) weiger(r.rapport, 'van');
    } else if (r.rapport.actie !== 'ONGEWIJZIGD' && !mag(r.spec.eigenaar, eigenaar(r))) {
      reden(r.rapport, r.spec.eigenaar === r.spec.van ? 'van' : 'naar', 'NIET_TOEGESTAAN', BUITEN_BEREIK);
    }
  }
}
