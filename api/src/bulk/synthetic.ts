/**
 * A synthetic gemeente for the benchmark (bench/) and the bulk path's own test: `scale` regions, each shaped like the Katwijk demo
 * (5 kernen, 15 wijken, ~38 buurten, 40 partners, 18 venues, 10 steungroepen, 60 activities,
 * 19 signals, 4 measures × 5 years per wijk, ~75 residents), with a few links between neighbouring
 * regions so the partner network is one connected whole, as in a real town. Written with batched
 * UNWIND statements; a seeded generator makes it the same every time. It lives in the API, next to
 * the bulk path it feeds, so that the API never imports from bench/ (bench imports from here).
 */
import neo4j from 'neo4j-driver';
import { bulkLoad, type BulkResult, type NodeRows, type RelRows } from './load.js';
import type { Db } from '../db/db.js';
import { PARTNER_SOORTEN } from '../modules/bewerken/model.js';
import { seededRandom } from '../modules/verbinders/network.js';

export interface SyntheticIds {
  gemeente: string;
  steungroep: string;
  buurt: string;
  counts: Record<string, number>;
  load?: BulkResult;
}

export interface SyntheticData extends SyntheticIds {
  nodes: NodeRows;
  rels: RelRows;
}

const DEFAULT_GM = 'GM9999';
const THEMAS = [
  'eenzaamheid',
  'ontmoeting',
  'ontmoeting-tussen-culturen',
  'kunst-en-cultuur',
  'zelfredzaamheid',
  'jeugd',
  'ouderen',
  'inclusie',
  'bewegen-en-gezondheid',
  'mantelzorg',
  'taal-en-digitale-vaardigheden',
  'burenhulp',
  'armoede-en-schulden',
  'sociale-veiligheid',
];
const DOELGROEPEN = [
  'ouderen',
  'jongeren',
  'kinderen',
  'mantelzorgers',
  'nieuwkomers',
  'mensen-met-een-beperking',
  'ggz-achtergrond',
  'kwetsbare-inwoners',
  'alle-inwoners',
  'gezinnen',
];
// Every partner kind but the municipality's own services (one GEMEENTE partner is set below).
const SOORTEN = PARTNER_SOORTEN.filter((soort) => soort !== 'GEMEENTE' && soort !== 'WIJKTEAM');
const DAGEN = ['MA', 'DI', 'WO', 'DO', 'VR', 'ZA'];
const FREQ = ['WEKELIJKS', 'WEKELIJKS', 'TWEEWEKELIJKS', 'MAANDELIJKS'];
const STATUS = ['OPEN', 'IN_BEHANDELING', 'BEANTWOORD'];
const MEASURES: [string, string | null][] = [
  ['inwoners', null],
  ['pct_65plus', 'ouderen'],
  ['pct_eenpersoonshuishoudens', 'eenzaamheid'],
  ['pct_eenzaam', 'eenzaamheid'],
];

type Row = Record<string, unknown>;

/**
 * Builds (without writing) a synthetic gemeente of `scale` Katwijk-sized regions under the CBS-like
 * code `gemeente` (default GM9999). Partners are chosen for activities and steungroepen with a Zipf
 * law (weight 1/rank): a few hub partners in many places, a long tail of small ones, as in the
 * demo data, where the welfare organisation and the municipality sit in nearly every group.
 */
export function buildSynthetic(opts: { scale: number; seed: number; gemeente?: string }): SyntheticData {
  const GM = opts.gemeente ?? DEFAULT_GM;
  const rnd = seededRandom(opts.seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const some = <T>(xs: readonly T[], n: number): T[] => {
    const copy = [...xs];
    const out: T[] = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(rnd() * copy.length), 1)[0]!);
    return out;
  };
  const date = (y: number, m: number, d: number) => new neo4j.types.Date(y, m, d);
  /** `n` distinct items, item i with weight 1/(i+1): a Zipf (preferential) choice. */
  const zipf = <T>(xs: readonly T[], n: number): T[] => {
    const weights = xs.map((_, i) => 1 / (i + 1));
    const out = new Set<number>();
    while (out.size < Math.min(n, xs.length)) {
      let u = rnd() * weights.reduce((a, b) => a + b, 0);
      let i = 0;
      while (i < xs.length - 1 && (u -= weights[i]!) > 0) i++;
      out.add(i);
    }
    return [...out].map((i) => xs[i]!);
  };
  const hhmm = (min: number) =>
    `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;

  const nodes: Record<string, Row[]> = {};
  const rels: RelRows = {};
  const node = (label: string, row: Row) => (nodes[label] ??= []).push({ gemeente: GM, ...row });
  const rel = (spec: string, from: string, to: string, props?: Row) =>
    (rels[spec] ??= []).push(props ? { from, to, props } : { from, to });
  node('Gemeente', { id: `Gemeente:${GM}`, code: GM, naam: `Synthetisch ${GM}` });

  const magDoelen = Array.from({ length: 18 }, (_, i) => `MagDoel:${GM}-${i}`);
  magDoelen.forEach((id, i) => node('MagDoel', { id, naam: `MAG-doel ${i}`, opgave: `Opgave ${i % 5}` }));

  for (let r = 0; r < opts.scale; r++) {
    const wijken: string[] = [];
    const buurten: string[][] = [];
    for (let k = 0; k < 5; k++) {
      const kern = `Kern:${GM}-R${r}K${k}`;
      node('Kern', { id: kern, naam: `Kern ${r}.${k}` });
      rel('Kern|IN_GEMEENTE|Gemeente', kern, `Gemeente:${GM}`);
      for (let w = 0; w < 3; w++) {
        const wijk = `Wijk:${GM}-R${r}K${k}W${w}`;
        wijken.push(wijk);
        node('Wijk', { id: wijk, naam: `Wijk ${r}.${k}.${w}`, code: `WK${r}${k}${w}`, illustratief: true });
        rel('Wijk|IN_KERN|Kern', wijk, kern);
        const bs = Array.from({ length: int(2, 3) }, (_, b) => `Buurt:${GM}-R${r}K${k}W${w}B${b}`);
        buurten.push(bs);
        for (const b of bs) {
          node('Buurt', { id: b, naam: b.slice(-10), code: b.slice(-10), illustratief: true });
          rel('Buurt|IN_WIJK|Wijk', b, wijk);
        }
        MEASURES.forEach(([naam, thema]) => {
          const base = naam === 'inwoners' ? int(900, 9800) : int(6, 44);
          for (let jaar = 2020; jaar <= 2024; jaar++) {
            const id = `Indicator:${GM}-R${r}K${k}W${w}:${naam}:${jaar}`;
            node('Indicator', {
              id,
              naam,
              jaar: neo4j.int(jaar),
              waarde: base + rnd(),
              eenheid: naam === 'inwoners' ? 'aantal' : 'procent',
              illustratief: true,
            });
            rel('Indicator|VAN_WIJK|Wijk', id, wijk);
            if (thema) rel('Indicator|OVER|Thema', id, `Thema:${thema}`);
          }
        });
      }
    }
    const allBuurten = buurten.flat();
    const partners = Array.from({ length: 40 }, (_, p) => `Partner:${GM}-R${r}P${p}`);
    partners.forEach((id, p) => {
      node('Partner', {
        id,
        naam: `Partner ${r}.${p}`,
        soort: p < 2 ? (p === 0 ? 'WELZIJN' : 'GEMEENTE') : pick(SOORTEN),
        professioneel: rnd() < 0.4,
      });
      for (const w of p < 3 ? wijken : some(wijken, int(1, 6))) rel('Partner|ACTIEF_IN|Wijk', id, w);
    });
    const locaties = Array.from({ length: 18 }, (_, l) => `Locatie:${GM}-R${r}L${l}`);
    locaties.forEach((id, l) => {
      node('Locatie', {
        id,
        naam: `Locatie ${r}.${l}`,
        soort: 'BUURTHUIS',
        capaciteit: neo4j.int(int(20, 300)),
        toegankelijk: rnd() < 0.8,
      });
      rel('Locatie|IN_BUURT|Buurt', id, pick(allBuurten));
      rel('Locatie|BEHEERD_DOOR|Partner', id, pick(partners));
    });
    const groepen = Array.from({ length: 10 }, (_, g) => `Steungroep:${GM}-R${r}G${g}`);
    groepen.forEach((id) => {
      node('Steungroep', {
        id,
        naam: `Steungroep ${id.slice(-6)}`,
        opgericht: date(int(2019, 2025), int(1, 12), 1),
      });
      rel('Steungroep|IN_WIJK|Wijk', id, pick(wijken));
      for (const t of some(THEMAS, int(2, 5))) rel('Steungroep|OVER|Thema', id, `Thema:${t}`);
      for (const d of some(DOELGROEPEN, int(1, 3))) rel('Steungroep|VOOR|Doelgroep', id, `Doelgroep:${d}`);
      const members = [partners[0]!, ...zipf(partners.slice(1), int(3, 10))];
      // One in five groups has a partner from the next region: the regions form one network.
      if (r + 1 < opts.scale && rnd() < 0.2) members.push(`Partner:${GM}-R${r + 1}P${int(2, 39)}`);
      members.forEach((p, i) => rel('Partner|PARTNER_VAN|Steungroep', p, id, { kernteam: i < 3 }));
    });
    for (let a = 0; a < 60; a++) {
      const id = `Activiteit:${GM}-R${r}A${a}`;
      const begin = int(9 * 4, 20 * 4) * 15;
      node('Activiteit', {
        id,
        naam: `Activiteit ${r}.${a}`,
        dag: pick(DAGEN),
        beginTijd: hhmm(begin),
        eindTijd: hhmm(begin + int(4, 12) * 15),
        frequentie: rnd() < 0.05 ? 'EENMALIG' : pick(FREQ),
        bereik: neo4j.int(int(5, 60)),
        toegankelijk: rnd() < 0.8,
        laatstBevestigd: date(int(2025, 2026), int(1, 11), int(1, 28)),
      });
      for (const p of zipf(partners, rnd() < 0.6 ? 1 : 2)) rel('Partner|ORGANISEERT|Activiteit', p, id);
      rel('Activiteit|OP_LOCATIE|Locatie', id, pick(locaties));
      for (const t of some(THEMAS, int(1, 2))) rel('Activiteit|OVER|Thema', id, `Thema:${t}`);
      for (const d of some(DOELGROEPEN, int(1, 2))) rel('Activiteit|VOOR|Doelgroep', id, `Doelgroep:${d}`);
      for (const m of some(magDoelen, int(1, 2))) rel('Activiteit|DRAAGT_BIJ_AAN|MagDoel', id, m);
      if (rnd() < 0.6) rel('Activiteit|HOORT_BIJ|Steungroep', id, pick(groepen));
    }
    for (let s = 0; s < 19; s++) {
      const id = `Signaal:${GM}-R${r}S${s}`;
      node('Signaal', {
        id,
        titel: `Signaal ${r}.${s}`,
        bron: 'WIJKTEAM',
        status: pick(STATUS),
        datum: date(int(2023, 2026), int(1, 12), int(1, 28)),
      });
      rel('Signaal|IN_WIJK|Wijk', id, pick(wijken));
      for (const t of some(THEMAS, int(1, 2))) rel('Signaal|OVER|Thema', id, `Thema:${t}`);
      if (rnd() < 0.5) rel('Signaal|EIGENAAR|Partner', id, pick(partners));
    }
    for (let i = 0; i < 75; i++) {
      const id = `Inwoner:${GM}-R${r}I${i}`;
      node('Inwoner', {
        id,
        pseudoniem: `Bewoner ${r}.${i}`,
        leeftijdsband: '65-79',
        toestemmingsdatum: date(2024, 1, 1),
      });
      rel('Inwoner|WOONT_IN|Buurt', id, pick(allBuurten));
      for (const g of some(groepen, int(1, 2)))
        rel('Inwoner|LID_VAN|Steungroep', id, g, { rol: 'DEELNEMER' });
    }
  }

  const counts: Record<string, number> = {};
  for (const [label, rows] of Object.entries(nodes)) counts[label] = rows.length;
  for (const [spec, rows] of Object.entries(rels))
    counts[spec.split('|')[1]! + ` (${spec.split('|')[0]})`] = rows.length;
  return {
    gemeente: GM,
    steungroep: `Steungroep:${GM}-R0G0`,
    buurt: `Buurt:${GM}-R0K0W0B0`,
    counts,
    nodes,
    rels,
  };
}

/** Builds a synthetic gemeente and writes it through the bulk load path (batched UNWIND MERGE). */
export async function writeSynthetic(
  db: Db,
  opts: { scale: number; seed: number; gemeente?: string },
): Promise<SyntheticIds> {
  const { nodes, rels, ...ids } = buildSynthetic(opts);
  const load = await bulkLoad(db, { nodes, rels });
  return { ...ids, load };
}
