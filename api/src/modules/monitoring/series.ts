/** Monitoring (docs/analyses.md, "Monitoring"): series, reach and progress. Pure. */
import { bereikPerMaand, byId, compareStrings, round, type Ref } from '../analyse/figures.js';
import type { WijkFacts } from './cypher.js';

export function reeksen(indicatoren: WijkFacts['indicatoren'], van?: number | null, tot?: number | null) {
  const byNaam = new Map<string, WijkFacts['indicatoren']>();
  for (const i of indicatoren) {
    if ((van != null && i.jaar < van) || (tot != null && i.jaar > tot)) continue;
    byNaam.set(i.naam, [...(byNaam.get(i.naam) ?? []), i]);
  }
  return [...byNaam.entries()]
    .sort(([a], [b]) => compareStrings(a, b))
    .map(([naam, list]) => {
      const punten = list.map(({ jaar, waarde }) => ({ jaar, waarde })).sort((a, b) => a.jaar - b.jaar);
      return {
        naam,
        eenheid: list[0]?.eenheid ?? null,
        punten,
        verandering: punten.length >= 2 ? round(punten.at(-1)!.waarde - punten[0]!.waarde) : null,
      };
    });
}

export function voortgang(signalen: WijkFacts['signalen']) {
  const count = (list: WijkFacts['signalen'], status: string) =>
    list.filter((s) => s.status === status).length;
  const years = new Map<number, WijkFacts['signalen']>();
  for (const s of signalen) {
    const jaar = Number(s.datum?.slice(0, 4));
    if (Number.isInteger(jaar) && jaar > 0) years.set(jaar, [...(years.get(jaar) ?? []), s]);
  }
  return {
    open: count(signalen, 'OPEN'),
    inBehandeling: count(signalen, 'IN_BEHANDELING'),
    beantwoord: count(signalen, 'BEANTWOORD'),
    totaal: signalen.length,
    perJaar: [...years.entries()]
      .sort(([a], [b]) => a - b)
      .map(([jaar, list]) => ({
        jaar,
        open: count(list, 'OPEN'),
        inBehandeling: count(list, 'IN_BEHANDELING'),
        beantwoord: count(list, 'BEANTWOORD'),
      })),
  };
}

export interface Bijdrage {
  magDoel: Ref;
  opgave: string | null;
  activiteiten: Ref[];
  bereikPerMaand: number;
}

/** Per MAG goal: the activities serving it and their reach, by goal name. */
export function magBijdragen(activiteiten: WijkFacts['activiteiten']): Bijdrage[] {
  const byDoel = new Map<string, Bijdrage>();
  for (const a of activiteiten) {
    for (const m of a.magDoelen) {
      const b = byDoel.get(m.id) ?? {
        magDoel: { id: m.id, naam: m.naam },
        opgave: m.opgave,
        activiteiten: [],
        bereikPerMaand: 0,
      };
      b.activiteiten.push({ id: a.id, naam: a.naam });
      b.bereikPerMaand += bereikPerMaand(a.bereik, a.frequentie);
      byDoel.set(m.id, b);
    }
  }
  return [...byDoel.values()]
    .map((b) => ({ ...b, activiteiten: b.activiteiten.sort(byId) }))
    .sort((a, b) => compareStrings(a.magDoel.naam, b.magDoel.naam) || byId(a.magDoel, b.magDoel));
}
