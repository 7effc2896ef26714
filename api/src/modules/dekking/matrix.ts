/**
 * Coverage and gaps (docs/analyses.md, "Dekking"): offering against need per wijk and theme,
 * totals per kern, blank spots and kernen without enough offering. Pure.
 */
import { mogelijkVerouderd } from '../activiteit/resolvers.js';
import {
  bereikPerMaand,
  byId,
  compareStrings,
  getal,
  laatstePerMaat,
  minMax,
  opsomming,
  round,
  type Ref,
} from '../analyse/figures.js';
import type { DekkingFacts } from './cypher.js';

export interface Cel {
  thema: Ref;
  wijk: Ref | null;
  kern: Ref;
  activiteiten: number;
  verouderdeActiviteiten: number;
  steungroepen: number;
  bereikPerMaand: number;
  signalen: number;
  indicatorScore: number | null;
  behoefte: boolean;
  witteVlek: boolean;
  aanbod: Ref[];
  uitleg: string;
}

export interface KernRij {
  kern: Ref;
  cellen: Cel[];
  voldoendeAanbod: boolean;
  tekortThemas: Ref[];
  wijken: { wijk: Ref; cellen: Cel[]; witteVlekken: number }[];
}

export interface Instellingen {
  minimumAanbod: number;
  behoefteDrempel: number;
  peildatum: Date;
}

const ZONDER_KERN: Ref = { id: '', naam: '(geen kern)' };

/** Highest position of the latest figures on each theme, per wijk: `wijk|thema` → score. */
export function indicatorScores(indicatoren: DekkingFacts['indicatoren']): Map<string, number> {
  const byWijk = new Map<string, DekkingFacts['indicatoren']>();
  for (const i of indicatoren) byWijk.set(i.wijk, [...(byWijk.get(i.wijk) ?? []), i]);
  const latest = [...byWijk.values()].flatMap((list) => [...laatstePerMaat(list).values()]);
  const peers = new Map<string, number[]>();
  for (const i of latest) peers.set(i.naam, [...(peers.get(i.naam) ?? []), i.waarde]);
  const scores = new Map<string, number>();
  for (const i of latest) {
    const pos = round(minMax(i.waarde, peers.get(i.naam)!));
    for (const t of i.themas) {
      const key = `${i.wijk}|${t}`;
      scores.set(key, Math.max(scores.get(key) ?? 0, pos));
    }
  }
  return scores;
}

function uitleg(c: Omit<Cel, 'uitleg'>, drempel: number): string {
  const waar = c.wijk?.naam ?? c.kern.naam;
  const aanbod =
    c.activiteiten + c.steungroepen
      ? `${c.activiteiten} activiteit(en) en ${c.steungroepen} steungroep(en) (${opsomming(c.aanbod.map((a) => a.naam))}), ${c.bereikPerMaand} deelnemersplaatsen per maand`
      : 'geen aanbod';
  const nood = [
    c.signalen ? `${c.signalen} open signaal/signalen` : null,
    c.indicatorScore !== null
      ? `indicatorscore ${getal(c.indicatorScore)}${c.indicatorScore >= drempel ? ' (hoog)' : ''}`
      : null,
  ].filter(Boolean);
  const verouderd = c.verouderdeActiviteiten ? `; ${c.verouderdeActiviteiten} mogelijk verouderd` : '';
  const vlek = c.witteVlek ? 'Witte vlek: ' : '';
  return `${vlek}${waar}, ${c.thema.naam}: ${aanbod}${verouderd}; behoefte: ${nood.length ? nood.join(', ') : 'geen signalen of cijfers'}.`;
}

export function matrix(facts: DekkingFacts, s: Instellingen): { kernen: KernRij[]; witteVlekken: Cel[] } {
  const scores = indicatorScores(facts.indicatoren);
  const signalen = new Map(facts.signalen.map((r) => [`${r.wijk}|${r.thema}`, r.aantal]));
  const aanbod = new Map<string, DekkingFacts['aanbod']>();
  for (const a of facts.aanbod) {
    for (const t of a.themas) aanbod.set(`${a.wijk}|${t}`, [...(aanbod.get(`${a.wijk}|${t}`) ?? []), a]);
  }

  const cel = (wijk: Ref, kern: Ref, thema: Ref): Cel => {
    const key = `${wijk.id}|${thema.id}`;
    const items = aanbod.get(key) ?? [];
    const acts = items.filter((a) => a.kind === 'ACTIVITEIT');
    const current = acts.filter((a) => !mogelijkVerouderd(a.laatstBevestigd, s.peildatum));
    const groups = items.filter((a) => a.kind === 'STEUNGROEP');
    const counted = [...current, ...groups].map(({ id, naam }) => ({ id, naam })).sort(byId);
    const indicatorScore = scores.get(key) ?? null;
    const n = signalen.get(key) ?? 0;
    const behoefte = n > 0 || (indicatorScore !== null && indicatorScore >= s.behoefteDrempel);
    const c = {
      thema,
      wijk,
      kern,
      activiteiten: current.length,
      verouderdeActiviteiten: acts.length - current.length,
      steungroepen: groups.length,
      bereikPerMaand: current.reduce((sum, a) => sum + bereikPerMaand(a.bereik, a.frequentie), 0),
      signalen: n,
      indicatorScore,
      behoefte,
      witteVlek: behoefte && counted.length === 0,
      aanbod: counted,
    };
    return { ...c, uitleg: uitleg(c, s.behoefteDrempel) };
  };

  const byKern = new Map<string, { kern: Ref; wijken: Ref[] }>();
  for (const { wijk, kern } of facts.wijken) {
    const k = kern ?? ZONDER_KERN;
    const entry = byKern.get(k.id) ?? { kern: k, wijken: [] };
    entry.wijken.push(wijk);
    byKern.set(k.id, entry);
  }

  const kernen = [...byKern.values()].map(({ kern, wijken }): KernRij => {
    const rows = wijken.map((w) => {
      const cellen = facts.themas.map((t) => cel(w, kern, t));
      return { wijk: w, cellen, witteVlekken: cellen.filter((c) => c.witteVlek).length };
    });
    const cellen = facts.themas.map((thema, i) =>
      total(
        kern,
        thema,
        rows.map((r) => r.cellen[i]!),
        s.behoefteDrempel,
      ),
    );
    const tekort = cellen
      .filter((c) => c.behoefte && c.activiteiten + c.steungroepen < s.minimumAanbod)
      .map((c) => c.thema);
    return { kern, cellen, voldoendeAanbod: tekort.length === 0, tekortThemas: tekort, wijken: rows };
  });

  const witteVlekken = kernen
    .flatMap((k) => k.wijken.flatMap((w) => w.cellen))
    .filter((c) => c.witteVlek)
    .sort(
      (a, b) =>
        b.signalen - a.signalen ||
        (b.indicatorScore ?? 0) - (a.indicatorScore ?? 0) ||
        compareStrings(a.wijk!.id, b.wijk!.id) ||
        compareStrings(a.thema.id, b.thema.id),
    );
  return { kernen, witteVlekken };
}

/** A kern's cell: the sum of its wijken, need when any wijk has need. */
function total(kern: Ref, thema: Ref, cells: Cel[], drempel: number): Cel {
  const scores = cells.map((c) => c.indicatorScore).filter((x): x is number => x !== null);
  const aanbod = cells.flatMap((c) => c.aanbod).sort(byId);
  const c = {
    thema,
    wijk: null,
    kern,
    activiteiten: cells.reduce((s, x) => s + x.activiteiten, 0),
    verouderdeActiviteiten: cells.reduce((s, x) => s + x.verouderdeActiviteiten, 0),
    steungroepen: cells.reduce((s, x) => s + x.steungroepen, 0),
    bereikPerMaand: cells.reduce((s, x) => s + x.bereikPerMaand, 0),
    signalen: cells.reduce((s, x) => s + x.signalen, 0),
    indicatorScore: scores.length ? Math.max(...scores) : null,
    behoefte: cells.some((x) => x.behoefte),
    witteVlek: cells.some((x) => x.behoefte) && aanbod.length === 0,
    aanbod,
  };
  return { ...c, uitleg: uitleg(c, drempel) };
}
