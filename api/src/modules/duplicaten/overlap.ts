/**
 * Duplicate offering (docs/analyses.md, "Duplicaten"): which pairs of activities collide.
 * Pure functions over the facts; the pairs come out in a fixed order.
 */
import {
  BIJEENKOMSTEN_PER_MAAND,
  byId,
  compareStrings,
  opsomming,
  round,
  type Ref,
} from '../analyse/figures.js';
import type { ActiviteitFacts } from './cypher.js';

/** `HH:MM` → minutes since midnight; null for anything else. */
export function minuten(tijd: string | null | undefined): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(tijd ?? '');
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

export const tijd = (min: number) =>
  `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;

/** The overlap of two time ranges in minutes-since-midnight, or null when they only touch or miss. */
export function overlap(a: [number, number], b: [number, number]): [number, number] | null {
  const van = Math.max(a[0], b[0]);
  const tot = Math.min(a[1], b[1]);
  return van < tot ? [van, tot] : null;
}

/** Share of the more frequent activity's meetings that the less frequent one can collide with. */
export function frequentieOverlap(a: string | null, b: string | null): number {
  const fa = BIJEENKOMSTEN_PER_MAAND[a ?? 'WEKELIJKS'] ?? 1;
  const fb = BIJEENKOMSTEN_PER_MAAND[b ?? 'WEKELIJKS'] ?? 1;
  return Math.min(fa, fb) / Math.max(fa, fb);
}

export const isProfessioneel = (a: ActiviteitFacts) => a.organisatoren.some((o) => o.professioneel);

export interface Paar {
  a: ActiviteitFacts;
  b: ActiviteitFacts;
  wijk: Ref;
  dag: string;
  van: number;
  tot: number;
  gedeeldeThemas: Ref[];
  gedeeldeDoelgroepen: Ref[];
  frequentieOverlap: number;
  professioneleKant: ActiviteitFacts | null;
  uitleg: string;
}

const shared = (x: Ref[], y: Ref[]) => {
  const ids = new Set(y.map((r) => r.id));
  return x.filter((r) => ids.has(r.id)).sort(byId);
};

/** Whether two activities duplicate each other, and if so the pair; a and b in id order. */
export function paar(a: ActiviteitFacts, b: ActiviteitFacts): Paar | null {
  if (!a.wijk || a.wijk.id !== b.wijk?.id || !a.dag || a.dag !== b.dag) return null;
  const organisers = new Set(a.organisatoren.map((o) => o.id));
  if (b.organisatoren.some((o) => organisers.has(o.id))) return null;
  const themas = shared(a.themas, b.themas);
  const doelgroepen = shared(a.doelgroepen, b.doelgroepen);
  if (!themas.length || !doelgroepen.length) return null;
  const ra = [minuten(a.beginTijd), minuten(a.eindTijd)];
  const rb = [minuten(b.beginTijd), minuten(b.eindTijd)];
  if (ra.includes(null) || rb.includes(null)) return null;
  const o = overlap(ra as [number, number], rb as [number, number]);
  if (!o) return null;
  const pa = isProfessioneel(a);
  const pb = isProfessioneel(b);
  const professioneleKant = pa !== pb ? (pa ? a : b) : null;
  const wie = (x: ActiviteitFacts) => opsomming(x.organisatoren.map((p) => p.naam)) || 'onbekend';
  const vrijwillig = professioneleKant === a ? b : a;
  const uitleg =
    `${a.naam} (${wie(a)}) en ${b.naam} (${wie(b)}) zijn allebei in ${a.wijk.naam} op ${a.dag} ` +
    `van ${tijd(o[0])} tot ${tijd(o[1])}, over ${opsomming(themas.map((t) => t.naam))} ` +
    `voor ${opsomming(doelgroepen.map((d) => d.naam))}.` +
    (professioneleKant
      ? ` Een professionele partij (${wie(professioneleKant)}) doet hier wat vrijwilligers (${wie(vrijwillig)}) al doen.`
      : '');
  return {
    a,
    b,
    wijk: a.wijk,
    dag: a.dag,
    van: o[0],
    tot: o[1],
    gedeeldeThemas: themas,
    gedeeldeDoelgroepen: doelgroepen,
    frequentieOverlap: round(frequentieOverlap(a.frequentie, b.frequentie)),
    professioneleKant,
    uitleg,
  };
}

const DAGEN = ['MA', 'DI', 'WO', 'DO', 'VR', 'ZA', 'ZO'];

/** Every duplicate pair once, compared only within the same wijk and day. */
export function duplicaten(activiteiten: readonly ActiviteitFacts[]): Paar[] {
  const slots = new Map<string, ActiviteitFacts[]>();
  for (const a of activiteiten) {
    if (!a.wijk || !a.dag) continue;
    const key = `${a.wijk.id}|${a.dag}`;
    slots.set(key, [...(slots.get(key) ?? []), a]);
  }
  const pairs: Paar[] = [];
  for (const slot of slots.values()) {
    const sorted = [...slot].sort(byId);
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        const p = paar(sorted[i]!, sorted[j]!);
        if (p) pairs.push(p);
      }
    }
  }
  return pairs.sort(
    (x, y) =>
      compareStrings(x.wijk.id, y.wijk.id) ||
      DAGEN.indexOf(x.dag) - DAGEN.indexOf(y.dag) ||
      x.van - y.van ||
      compareStrings(x.a.id, y.a.id) ||
      compareStrings(x.b.id, y.b.id),
  );
}

/** Activities joined by pairs into groups (connected components), each with its pair count. */
export function groepen(pairs: readonly Paar[]): { wijk: Ref; activiteiten: Ref[]; paren: number }[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  for (const p of pairs) {
    const ra = find(p.a.id);
    const rb = find(p.b.id);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const groups = new Map<string, { wijk: Ref; members: Map<string, Ref>; paren: number }>();
  for (const p of pairs) {
    const root = find(p.a.id);
    const g = groups.get(root) ?? { wijk: p.wijk, members: new Map(), paren: 0 };
    g.members.set(p.a.id, { id: p.a.id, naam: p.a.naam });
    g.members.set(p.b.id, { id: p.b.id, naam: p.b.naam });
    g.paren++;
    groups.set(root, g);
  }
  return [...groups.values()]
    .map((g) => ({ wijk: g.wijk, activiteiten: [...g.members.values()].sort(byId), paren: g.paren }))
    .sort(
      (x, y) =>
        compareStrings(x.wijk.id, y.wijk.id) || compareStrings(x.activiteiten[0]!.id, y.activiteiten[0]!.id),
    );
}
