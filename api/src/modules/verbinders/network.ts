/**
 * Connectors (docs/analyses.md, "Verbinders"): the partner collaboration network, its brokers and
 * its clusters. The algorithms are graphology's (betweenness centrality, Louvain); this file builds
 * the graph in a fixed order, seeds Louvain, and turns numbers into names.
 */
import { UndirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import louvainModule from 'graphology-communities-louvain';
import { byId, compareStrings, opsomming, round, type Ref } from '../analyse/figures.js';
import type { EdgeRow, GedeeldRow, PartnerRow } from './cypher.js';

// Both packages are CommonJS whose typings declare an ES default export: at run time the default
// import is the function itself.
const betweenness = betweennessModule as unknown as typeof betweennessModule.default;
const louvain = louvainModule as unknown as typeof louvainModule.default;

/** A small, well-known seeded generator (mulberry32), so that Louvain gives the same clusters each run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Neighbours considered when looking for pairs a connector bridges: the strongest, plus one per cluster. */
export const MAX_BUREN = 30;
export const MAX_OVERBRUGGINGEN = 5;

export interface Overbrugging {
  a: Ref;
  b: Ref;
  wijken: Ref[];
  tussenClusters: boolean;
  /** Where the connector works with a and with b most, for the explanation when they share no wijk. */
  waarA: Ref | null;
  waarB: Ref | null;
}

export interface Positie {
  partner: Ref;
  soort: string;
  betweenness: number;
  graad: number;
  gewogenGraad: number;
  cluster: number;
  overbrugdeClusters: number[];
  overbrugt: Overbrugging[];
  uitleg: string;
}

export interface Analyse {
  modulariteit: number;
  partners: Positie[];
  clusters: { nummer: number; naam: string; leden: Ref[]; wijken: Ref[] }[];
  zonderSamenwerking: {
    partner: Ref;
    soort: string;
    activiteitenAlleen: number;
    nergensBij: boolean;
    uitleg: string;
  }[];
  samenwerkingen: { a: Ref; b: Ref; gewicht: number; gedeeld: Ref[] }[];
}

const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

export function analyseer(args: {
  partners: PartnerRow[];
  edges: EdgeRow[];
  seed: number;
  resolutie: number;
}): Analyse {
  const byPartner = new Map(args.partners.map((p) => [p.id, p]));
  const ref = (id: string): Ref => ({ id, naam: byPartner.get(id)?.naam ?? id });
  const shared = new Map(args.edges.map((e) => [key(e.a, e.b), e.gedeeld]));

  // Nodes and edges in id order: graphology iterates in insertion order, Louvain too.
  const graph = new UndirectedGraph();
  const linked = [...new Set(args.edges.flatMap((e) => [e.a, e.b]))].sort(compareStrings);
  for (const id of linked) graph.addNode(id);
  for (const e of [...args.edges].sort((x, y) => compareStrings(key(x.a, x.b), key(y.a, y.b)))) {
    graph.addEdge(e.a, e.b, { gewicht: e.gedeeld.length });
  }

  const centrality = graph.order ? betweenness(graph, { getEdgeWeight: null, normalized: true }) : {};
  const detailed = graph.size
    ? louvain.detailed(graph, {
        getEdgeWeight: 'gewicht',
        resolution: args.resolutie,
        rng: seededRandom(args.seed),
      })
    : { communities: {} as Record<string, number>, modularity: 0 };

  const weight = (a: string, b: string) => shared.get(key(a, b))?.length ?? 0;
  const strength = (id: string) => graph.neighbors(id).reduce((s, n) => s + weight(id, n), 0);

  // Clusters renumbered: largest first, then by smallest member id.
  const members = new Map<number, string[]>();
  for (const id of linked) {
    const c = detailed.communities[id]!;
    members.set(c, [...(members.get(c) ?? []), id]);
  }
  const ordered = [...members.values()].sort((x, y) => y.length - x.length || compareStrings(x[0]!, y[0]!));
  const clusterOf = new Map<string, number>();
  ordered.forEach((ids, i) => ids.forEach((id) => clusterOf.set(id, i + 1)));
  const clusterName = (ids: string[]) => {
    const top = [...ids].sort((x, y) => strength(y) - strength(x) || compareStrings(x, y)).slice(0, 2);
    return `rond ${opsomming(top.map((id) => ref(id).naam))}`;
  };
  const clusters = ordered.map((ids, i) => ({
    nummer: i + 1,
    naam: clusterName(ids),
    leden: ids.map(ref),
    wijken: wijkenOf(
      ids.flatMap((a) => ids.filter((b) => a < b).flatMap((b) => shared.get(key(a, b)) ?? [])),
    ),
  }));
  const naamVan = new Map(clusters.map((c) => [c.nummer, c.naam]));

  const partners = linked
    .map((id): Positie => {
      const buren = graph.neighbors(id).sort(compareStrings);
      const cluster = clusterOf.get(id)!;
      const overbrugdeClusters = [...new Set(buren.map((n) => clusterOf.get(n)!))]
        .filter((c) => c !== cluster)
        .sort((a, b) => a - b);
      const overbrugt = bridges(id, buren, { graph, weight, clusterOf, shared, ref });
      const p = {
        partner: ref(id),
        soort: byPartner.get(id)?.soort ?? 'OVERIG',
        betweenness: round(centrality[id] ?? 0),
        graad: buren.length,
        gewogenGraad: strength(id),
        cluster,
        overbrugdeClusters,
        overbrugt,
      };
      return { ...p, uitleg: uitleg(p, naamVan) };
    })
    .sort((x, y) => y.betweenness - x.betweenness || byId(x.partner, y.partner));

  const zonderSamenwerking = args.partners
    .filter((p) => !graph.hasNode(p.id))
    .map((p) => ({
      partner: { id: p.id, naam: p.naam },
      soort: p.soort,
      activiteitenAlleen: p.activiteiten,
      nergensBij: p.groepen === 0 && p.activiteiten === 0,
      uitleg:
        p.groepen === 0 && p.activiteiten === 0
          ? `${p.naam} doet nergens aan mee: geen steungroep en geen activiteit.`
          : `${p.naam} deelt niets met andere partners${p.activiteiten ? `; organiseert ${p.activiteiten} activiteit(en) alleen` : ''}.`,
    }));

  const samenwerkingen = args.edges
    .map((e) => ({
      a: ref(e.a),
      b: ref(e.b),
      gewicht: e.gedeeld.length,
      gedeeld: e.gedeeld.map(({ id, naam }) => ({ id, naam })),
    }))
    .sort(
      (x, y) => y.gewicht - x.gewicht || compareStrings(x.a.id, y.a.id) || compareStrings(x.b.id, y.b.id),
    );

  return { modulariteit: round(detailed.modularity), partners, clusters, zonderSamenwerking, samenwerkingen };
}

/** Wijken of shared things, most frequent first, then by id. */
function wijkenOf(things: GedeeldRow[]): Ref[] {
  const count = new Map<string, { wijk: Ref; n: number }>();
  for (const t of things) {
    if (!t.wijk) continue;
    const c = count.get(t.wijk.id) ?? { wijk: t.wijk, n: 0 };
    c.n++;
    count.set(t.wijk.id, c);
  }
  return [...count.values()].sort((x, y) => y.n - x.n || byId(x.wijk, y.wijk)).map((c) => c.wijk);
}

/** Pairs of a partner's neighbours that are not linked themselves: what would fall apart without it. */
function bridges(
  id: string,
  buren: string[],
  ctx: {
    graph: UndirectedGraph;
    weight: (a: string, b: string) => number;
    clusterOf: Map<string, number>;
    shared: Map<string, GedeeldRow[]>;
    ref: (id: string) => Ref;
  },
): Overbrugging[] {
  const byWeight = [...buren].sort((x, y) => ctx.weight(id, y) - ctx.weight(id, x) || compareStrings(x, y));
  const perCluster = new Map<number, string>();
  for (const n of byWeight)
    if (!perCluster.has(ctx.clusterOf.get(n)!)) perCluster.set(ctx.clusterOf.get(n)!, n);
  const candidates = [...new Set([...byWeight.slice(0, MAX_BUREN), ...perCluster.values()])].sort(
    compareStrings,
  );
  const pairs: (Overbrugging & { w: number })[] = [];
  for (let i = 0; i < candidates.length; i++) {
    for (let j = i + 1; j < candidates.length; j++) {
      const a = candidates[i]!;
      const b = candidates[j]!;
      if (ctx.graph.hasEdge(a, b)) continue;
      const wa = wijkenOf(ctx.shared.get(key(id, a)) ?? []);
      const wbList = wijkenOf(ctx.shared.get(key(id, b)) ?? []);
      const wb = new Set(wbList.map((w) => w.id));
      const common = wa.filter((w) => wb.has(w.id));
      pairs.push({
        a: ctx.ref(a),
        b: ctx.ref(b),
        wijken: common,
        tussenClusters: ctx.clusterOf.get(a) !== ctx.clusterOf.get(b),
        waarA: wa[0] ?? null,
        waarB: wbList[0] ?? null,
        w: ctx.weight(id, a) + ctx.weight(id, b),
      });
    }
  }
  return pairs
    .sort(
      (x, y) =>
        Number(y.tussenClusters) - Number(x.tussenClusters) ||
        Number(y.wijken.length > 0) - Number(x.wijken.length > 0) ||
        y.w - x.w ||
        compareStrings(x.a.id, y.a.id) ||
        compareStrings(x.b.id, y.b.id),
    )
    .slice(0, MAX_OVERBRUGGINGEN)
    .map(({ w: _w, ...o }) => o);
}

function uitleg(p: Omit<Positie, 'uitleg'>, naamVan: Map<number, string>): string {
  const first = p.overbrugt[0];
  if (!first)
    return `${p.partner.naam} werkt samen met ${p.graad} partner(s) die elkaar ook onderling kennen.`;
  const in_ = (w: Ref | null) => (w ? ` (${w.naam})` : '');
  const wie = first.wijken.length
    ? `${first.a.naam} en ${first.b.naam} in ${opsomming(first.wijken.map((w) => w.naam))}`
    : `${first.a.naam}${in_(first.waarA)} en ${first.b.naam}${in_(first.waarB)}`;
  const meer =
    p.overbrugt.length > 1
      ? ` en nog ${p.overbrugt.length - 1} paar partners die elkaar niet rechtstreeks kennen`
      : '';
  const clusters = p.overbrugdeClusters.length
    ? `; brug tussen cluster '${naamVan.get(p.cluster)}' en ${opsomming(p.overbrugdeClusters.map((c) => `'${naamVan.get(c)}'`))}`
    : '';
  return `${p.partner.naam} verbindt ${wie}${meer}${clusters}.`;
}
