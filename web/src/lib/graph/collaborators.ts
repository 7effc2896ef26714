/**
 * "With whom does this partner work": the other partners it shares a steungroep or an activity
 * with, most shared first. The partner page shows it; the numbers are what the API returned.
 */
interface PartnerRef<S extends string> {
  id: string;
  naam: string;
  soort: S;
}

export interface PartnerWork<S extends string> {
  id: string;
  steungroepen: readonly { id: string; naam: string; partners: readonly { partner: PartnerRef<S> }[] }[];
  activiteiten: readonly { id: string; naam: string; organisatoren: readonly PartnerRef<S>[] }[];
}

export interface Collaborator<S extends string> extends PartnerRef<S> {
  steungroepen: string[];
  activiteiten: string[];
}

export function collaborators<S extends string>(partner: PartnerWork<S>): Collaborator<S>[] {
  const found = new Map<string, Collaborator<S>>();
  const entry = (other: PartnerRef<S>) => {
    let collaborator = found.get(other.id);
    if (!collaborator) {
      collaborator = { ...other, steungroepen: [], activiteiten: [] };
      found.set(other.id, collaborator);
    }
    return collaborator;
  };
  for (const groep of partner.steungroepen) {
    for (const { partner: other } of groep.partners) {
      if (other.id !== partner.id) entry(other).steungroepen.push(groep.naam);
    }
  }
  for (const activiteit of partner.activiteiten) {
    for (const other of activiteit.organisatoren) {
      if (other.id !== partner.id) entry(other).activiteiten.push(activiteit.naam);
    }
  }
  const shared = (c: Collaborator<S>) => c.steungroepen.length + c.activiteiten.length;
  return [...found.values()].sort((a, b) => shared(b) - shared(a) || a.naam.localeCompare(b.naam, 'nl'));
}
