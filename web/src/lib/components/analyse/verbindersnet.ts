import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

/**
 * The layout of the small collaboration network drawn beside the connectors: ForceAtlas2 from a
 * fixed start (each cluster on its own spot of a circle), so the same data gives the same picture
 * and clusters start apart. Sizes follow brokerage. Pure: the component only draws the result.
 */

export interface NetKnoop {
  id: string;
  naam: string;
  cluster: number;
  betweenness: number;
}

export interface NetLijn {
  a: string;
  b: string;
  gewicht: number;
}

export interface GetekendeKnoop extends NetKnoop {
  x: number;
  y: number;
  r: number;
}

export interface GetekendeLijn extends NetLijn {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Maat {
  breedte: number;
  hoogte: number;
  marge: number;
  iteraties: number;
}

const STANDAARD: Maat = { breedte: 900, hoogte: 560, marge: 48, iteraties: 300 };
const R_MIN = 5;
const R_MAX = 24;

/**
 * Colours for the clusters, each at least 3:1 against white; after eight they repeat, so the
 * cluster list beside the drawing (number and name) stays the key.
 */
export const CLUSTER_KLEUREN = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#aa4499',
  '#882255',
  '#4d7c0f',
  '#332288',
  '#b45309',
] as const;

export function clusterKleur(nummer: number): string {
  return CLUSTER_KLEUREN[
    (((nummer - 1) % CLUSTER_KLEUREN.length) + CLUSTER_KLEUREN.length) % CLUSTER_KLEUREN.length
  ]!;
}

/** Radius by brokerage: the square root, so area grows with betweenness; the top broker gets R_MAX. */
export function straal(betweenness: number, hoogste: number): number {
  if (hoogste <= 0) return R_MIN;
  return R_MIN + (R_MAX - R_MIN) * Math.sqrt(Math.max(0, betweenness) / hoogste);
}

export function netwerkLayout(
  knopen: readonly NetKnoop[],
  lijnen: readonly NetLijn[],
  maat: Partial<Maat> = {},
): { knopen: GetekendeKnoop[]; lijnen: GetekendeLijn[] } {
  const { breedte, hoogte, marge, iteraties } = { ...STANDAARD, ...maat };
  if (knopen.length === 0) return { knopen: [], lijnen: [] };

  const clusters = [...new Set(knopen.map((k) => k.cluster))].sort((a, b) => a - b);
  const graph = new Graph({ type: 'undirected' });
  knopen.forEach((knoop, i) => {
    const hoek = (2 * Math.PI * clusters.indexOf(knoop.cluster)) / clusters.length;
    // A small deterministic spread inside the cluster's spot; FA2 needs distinct positions.
    const draai = i * 2.399963;
    graph.addNode(knoop.id, {
      x: 10 * Math.cos(hoek) + Math.cos(draai) * (1 + (i % 7)),
      y: 10 * Math.sin(hoek) + Math.sin(draai) * (1 + (i % 7)),
    });
  });
  for (const lijn of lijnen) {
    if (graph.hasNode(lijn.a) && graph.hasNode(lijn.b) && !graph.hasEdge(lijn.a, lijn.b)) {
      graph.addEdge(lijn.a, lijn.b, { weight: lijn.gewicht });
    }
  }
  if (graph.size > 0) {
    forceAtlas2.assign(graph, {
      iterations: iteraties,
      settings: {
        ...forceAtlas2.inferSettings(graph),
        gravity: 1.5,
        scalingRatio: 8,
        edgeWeightInfluence: 0.5,
      },
    });
  }

  const xs = graph.mapNodes((_, a) => a.x as number);
  const ys = graph.mapNodes((_, a) => a.y as number);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const schaal = Math.min(
    (breedte - 2 * marge) / Math.max(maxX - minX, 1e-9),
    (hoogte - 2 * marge) / Math.max(maxY - minY, 1e-9),
  );
  // Centre the drawing in the box, keeping its proportions.
  const dx = (breedte - (maxX - minX) * schaal) / 2;
  const dy = (hoogte - (maxY - minY) * schaal) / 2;
  const hoogste = Math.max(...knopen.map((k) => k.betweenness));
  const plek = new Map<string, GetekendeKnoop>();
  for (const knoop of knopen) {
    const a = graph.getNodeAttributes(knoop.id);
    plek.set(knoop.id, {
      ...knoop,
      x: Math.round((dx + ((a.x as number) - minX) * schaal) * 10) / 10,
      y: Math.round((dy + ((a.y as number) - minY) * schaal) * 10) / 10,
      r: Math.round(straal(knoop.betweenness, hoogste) * 10) / 10,
    });
  }
  return {
    knopen: [...plek.values()],
    lijnen: lijnen.flatMap((lijn) => {
      const a = plek.get(lijn.a);
      const b = plek.get(lijn.b);
      return a && b ? [{ ...lijn, x1: a.x, y1: a.y, x2: b.x, y2: b.y }] : [];
    }),
  };
}
