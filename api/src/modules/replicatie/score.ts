/**
 * The replication score (docs/analyses.md, "Replicatie"): pure functions from the facts the
 * Cypher gathered to a ranked, explained list. Every part is a number from 0 to 1 with an
 * explanation; the total is their weighted mean.
 */
import { badInput } from '../../core/errors.js';
import {
  SOORT_NAAM,
  aantal,
  cijfer,
  compareStrings,
  getal,
  laatstePerMaat,
  mean,
  minMax,
  opsomming,
  round,
  type Ref,
} from '../analyse/figures.js';
import type { AanbodFact, TemplateFacts, WijkFacts } from './cypher.js';

export interface Gewichten {
  behoefte: number;
  passendheid: number;
  gereedheid: number;
  ruimte: number;
  bruggen: number;
}

export const STANDAARD_GEWICHTEN: Gewichten = {
  behoefte: 0.3,
  passendheid: 0.15,
  gereedheid: 0.2,
  ruimte: 0.15,
  bruggen: 0.2,
};

/** Three open signals on the template's themes count as full need from signals. */
export const SIGNALEN_VOOR_VOLLE_BEHOEFTE = 3;
/** Share of readiness that a venue gives; the partner kinds give the rest. */
export const LOCATIE_AANDEEL = 0.25;
/** Weight of a core-team (kernteam) partner or kind, against 1 for the others. */
export const KERNTEAM_GEWICHT = 2;

type Onderdeel = 'BEHOEFTE' | 'PASSENDHEID' | 'GEREEDHEID' | 'RUIMTE' | 'BRUGGEN';
const ONDERDELEN: [Onderdeel, keyof Gewichten][] = [
  ['BEHOEFTE', 'behoefte'],
  ['PASSENDHEID', 'passendheid'],
  ['GEREEDHEID', 'gereedheid'],
  ['RUIMTE', 'ruimte'],
  ['BRUGGEN', 'bruggen'],
];

export function checkGewichten(
  input: Partial<Record<keyof Gewichten, number | null>> | null | undefined,
): Gewichten {
  const g = { ...STANDAARD_GEWICHTEN };
  for (const key of Object.keys(g) as (keyof Gewichten)[]) {
    const v = input?.[key];
    if (v === null || v === undefined) continue;
    if (!Number.isFinite(v) || v < 0) {
      throw badInput(`The weight \`${key}\` must be a number of 0 or more; got ${v}.`, `gewichten.${key}`);
    }
    g[key] = v;
  }
  if (Object.values(g).every((v) => v === 0)) {
    throw badInput('At least one weight must be more than 0.', 'gewichten');
  }
  return g;
}

export interface PartnerSoortGewicht {
  soort: string;
  gewicht: number;
  partners: Ref[];
}

/** The kinds the template relies on; OVERIG says nothing about what to look for, so it is left out. */
export function partnerSoorten(template: TemplateFacts): PartnerSoortGewicht[] {
  const bySoort = new Map<string, PartnerSoortGewicht>();
  for (const p of template.partners) {
    if (p.soort === 'OVERIG') continue;
    const entry = bySoort.get(p.soort) ?? { soort: p.soort, gewicht: 1, partners: [] };
    if (p.kernteam) entry.gewicht = KERNTEAM_GEWICHT;
    entry.partners.push({ id: p.id, naam: p.naam });
    bySoort.set(p.soort, entry);
  }
  return [...bySoort.values()]
    .map((e) => ({ ...e, partners: e.partners.sort((a, b) => compareStrings(a.id, b.id)) }))
    .sort((a, b) => b.gewicht - a.gewicht || compareStrings(a.soort, b.soort));
}

interface Part {
  score: number;
  uitleg: string;
}

export interface IndicatorWaarde {
  naam: string;
  jaar: number;
  waarde: number;
  positie: number;
}

/** Latest value per measure of every wijk, grouped by gemeente: the peers a wijk is placed among. */
export function peerValues(wijken: readonly WijkFacts[]): Map<string, number[]> {
  const peers = new Map<string, number[]>();
  for (const w of wijken) {
    for (const [naam, f] of laatstePerMaat(w.indicatoren)) {
      const key = `${w.gemeente}|${naam}`;
      peers.set(key, [...(peers.get(key) ?? []), f.waarde]);
    }
  }
  return peers;
}

export function behoefte(
  w: WijkFacts,
  themas: ReadonlySet<string>,
  peers: Map<string, number[]>,
): Part & { indicatoren: IndicatorWaarde[] } {
  const signaalScore = Math.min(1, w.signalen.length / SIGNALEN_VOOR_VOLLE_BEHOEFTE);
  const indicatoren = [...laatstePerMaat(w.indicatoren).values()]
    .filter((f) => f.themas.some((t) => themas.has(t)))
    .map((f) => ({
      naam: f.naam,
      jaar: f.jaar,
      waarde: f.waarde,
      positie: round(minMax(f.waarde, peers.get(`${w.gemeente}|${f.naam}`) ?? [f.waarde])),
    }))
    .sort((a, b) => compareStrings(a.naam, b.naam));
  const indicatorScore = indicatoren.length ? mean(indicatoren.map((i) => i.positie)) : null;
  const score = indicatorScore === null ? signaalScore : (signaalScore + indicatorScore) / 2;
  const signalen = w.signalen.length
    ? `${aantal(w.signalen.length, 'open signaal', 'open signalen')} op de thema's (${opsomming(w.signalen.map((s) => s.naam))})`
    : "geen open signalen op de thema's";
  const cijfers = indicatoren.length
    ? `cijfers: ${opsomming(indicatoren.map((i) => `${i.naam} ${cijfer(i.waarde)} (${i.jaar}, positie ${getal(i.positie)} in de gemeente)`))}`
    : "geen cijfers op de thema's";
  return { score, indicatoren, uitleg: `${signalen}; ${cijfers}.` };
}

/** Measure ranges over all wijken compared, so that a difference is a share of the spread. */
export function measureRanges(wijken: readonly WijkFacts[]): Map<string, number> {
  const values = new Map<string, number[]>();
  for (const w of wijken) {
    for (const [naam, f] of laatstePerMaat(w.indicatoren))
      values.set(naam, [...(values.get(naam) ?? []), f.waarde]);
  }
  return new Map([...values].map(([naam, vs]) => [naam, Math.max(...vs) - Math.min(...vs)]));
}

export function passendheid(
  w: WijkFacts,
  template: WijkFacts | undefined,
  ranges: Map<string, number>,
): Part {
  if (!template)
    return { score: 0.5, uitleg: 'De wijk van de steungroep heeft geen cijfers; neutraal (0,5).' };
  const mine = laatstePerMaat(w.indicatoren);
  const theirs = laatstePerMaat(template.indicatoren);
  const diffs: string[] = [];
  const shares: number[] = [];
  for (const naam of [...mine.keys()].filter((n) => theirs.has(n)).sort(compareStrings)) {
    const range = ranges.get(naam) ?? 0;
    const share = range === 0 ? 0 : Math.abs(mine.get(naam)!.waarde - theirs.get(naam)!.waarde) / range;
    shares.push(share);
    diffs.push(`${naam} ${cijfer(mine.get(naam)!.waarde)} tegen ${cijfer(theirs.get(naam)!.waarde)}`);
  }
  if (!shares.length)
    return { score: 0.5, uitleg: `Geen cijfers om met ${template.naam} te vergelijken; neutraal (0,5).` };
  const score = 1 - mean(shares);
  return {
    score,
    uitleg: `Vergeleken met ${template.naam}: ${opsomming(diffs)}; gemiddeld verschil ${getal(mean(shares) * 100, 0)}% van de spreiding.`,
  };
}

export function gereedheid(
  w: WijkFacts,
  soorten: readonly PartnerSoortGewicht[],
): Part & { aanwezig: string[]; ontbrekend: string[] } {
  const present = new Set(w.soorten);
  const aanwezig = soorten.filter((s) => present.has(s.soort)).map((s) => s.soort);
  const ontbrekend = soorten.filter((s) => !present.has(s.soort)).map((s) => s.soort);
  const total = soorten.reduce((sum, s) => sum + s.gewicht, 0);
  const have = soorten.filter((s) => present.has(s.soort)).reduce((sum, s) => sum + s.gewicht, 0);
  const soortScore = total === 0 ? 1 : have / total;
  const locatie = w.locaties.length > 0 ? 1 : 0;
  const score = (1 - LOCATIE_AANDEEL) * soortScore + LOCATIE_AANDEEL * locatie;
  const naam = (s: string) => SOORT_NAAM[s] ?? s;
  const parts = [
    aanwezig.length ? `aanwezig: ${opsomming(aanwezig.map(naam))}` : 'geen van de partnersoorten is actief',
    ontbrekend.length ? `ontbreekt: ${opsomming(ontbrekend.map(naam))}` : 'alle partnersoorten zijn er',
    locatie ? `locatie: ${opsomming(w.locaties.map((l) => l.naam))}` : 'geen locatie in de wijk',
  ];
  return { score, aanwezig, ontbrekend, uitleg: `${parts.join('; ')}.` };
}

export function ruimte(w: WijkFacts, themas: readonly Ref[]): Part & { verzadiging: number } {
  const covered = new Set(w.aanbod.flatMap((a) => a.themas));
  const gedekt = themas.filter((t) => covered.has(t.id));
  const verzadiging = themas.length ? gedekt.length / themas.length : 0;
  const uitleg = gedekt.length
    ? `Al aanbod voor dezelfde doelgroepen op ${opsomming(gedekt.map((t) => t.naam))} (${opsomming(w.aanbod.map((a) => a.naam))}): ${gedekt.length} van ${themas.length} thema's gedekt.`
    : "Nog geen aanbod op deze thema's voor deze doelgroepen.";
  return { score: 1 - verzadiging, verzadiging, uitleg };
}

export function bruggen(
  w: WijkFacts,
  template: TemplateFacts,
): Part & { partners: TemplateFacts['partners'] } {
  const ids = new Set(w.brugIds);
  const partners = template.partners.filter((p) => ids.has(p.id)).sort((a, b) => compareStrings(a.id, b.id));
  const weight = (p: { kernteam: boolean }) => (p.kernteam ? KERNTEAM_GEWICHT : 1);
  const total = template.partners.reduce((s, p) => s + weight(p), 0) + 1;
  const have = partners.reduce((s, p) => s + weight(p), 0) + (w.bewoners > 0 ? 1 : 0);
  const wie = partners.length
    ? `${opsomming(partners.map((p) => `${p.naam}${p.kernteam ? ' (kernteam)' : ''}`))} ${partners.length === 1 ? 'werkt' : 'werken'} al in de wijk`
    : 'geen partner van de steungroep werkt al in de wijk';
  const leden = w.bewoners > 0 ? '; er wonen leden van de steungroep' : '';
  return { score: have / total, partners, uitleg: `${wie}${leden}.` };
}

export interface Kandidaat {
  wijk: Ref;
  kern: Ref | null;
  gemeente: string;
  totaal: number;
  onderdelen: { naam: Onderdeel; score: number; gewicht: number; bijdrage: number; uitleg: string }[];
  signalen: Ref[];
  indicatoren: IndicatorWaarde[];
  aanwezigePartnerSoorten: string[];
  ontbrekendePartnerSoorten: string[];
  locaties: Ref[];
  brugPartners: { partner: Ref; soort: string; kernteam: boolean }[];
  bewoners: number;
  bestaandAanbod: AanbodFact[];
  uitleg: string;
}

/**
 * Scores every wijk in `scope` (all but the template's own) and ranks them: highest total first,
 * equal totals by wijk id. `wijken` may hold more wijken than the scope: they are the peers.
 */
export function rank(args: {
  template: TemplateFacts;
  wijken: readonly WijkFacts[];
  scope: ReadonlySet<string>;
  gewichten: Gewichten;
}): Kandidaat[] {
  const { template, wijken, scope, gewichten } = args;
  const themas = new Set(template.themas.map((t) => t.id));
  const soorten = partnerSoorten(template);
  const peers = peerValues(wijken);
  const ranges = measureRanges(wijken);
  const templateWijk = wijken.find((w) => w.id === template.wijk?.id);
  const sum = Object.values(gewichten).reduce((a, b) => a + b, 0);

  const kandidaten = wijken
    .filter((w) => scope.has(w.gemeente) && w.id !== template.wijk?.id)
    .map((w): Kandidaat => {
      const b = behoefte(w, themas, peers);
      const p = passendheid(w, templateWijk, ranges);
      const g = gereedheid(w, soorten);
      const r = ruimte(w, template.themas);
      const br = bruggen(w, template);
      const scores: Record<Onderdeel, Part> = {
        BEHOEFTE: b,
        PASSENDHEID: p,
        GEREEDHEID: g,
        RUIMTE: r,
        BRUGGEN: br,
      };
      const onderdelen = ONDERDELEN.map(([naam, key]) => ({
        naam,
        score: round(scores[naam].score),
        gewicht: gewichten[key],
        bijdrage: round((gewichten[key] * scores[naam].score) / sum),
        uitleg: scores[naam].uitleg,
      }));
      const totaal = round(onderdelen.reduce((s, o) => s + (o.gewicht * o.score) / sum, 0));
      const byId = new Map(template.partners.map((x) => [x.id, x]));
      return {
        wijk: { id: w.id, naam: w.naam },
        kern: w.kern,
        gemeente: w.gemeente,
        totaal,
        onderdelen,
        signalen: w.signalen,
        indicatoren: b.indicatoren,
        aanwezigePartnerSoorten: g.aanwezig,
        ontbrekendePartnerSoorten: g.ontbrekend,
        locaties: w.locaties,
        brugPartners: br.partners.map((x) => ({
          partner: { id: x.id, naam: x.naam },
          soort: byId.get(x.id)!.soort,
          kernteam: x.kernteam,
        })),
        bewoners: w.bewoners,
        bestaandAanbod: w.aanbod,
        uitleg: samenvatting(w, totaal, b, g, br, r.verzadiging),
      };
    });
  return kandidaten.sort((a, b) => b.totaal - a.totaal || compareStrings(a.wijk.id, b.wijk.id));
}

function samenvatting(
  w: WijkFacts,
  totaal: number,
  b: ReturnType<typeof behoefte>,
  g: ReturnType<typeof gereedheid>,
  br: ReturnType<typeof bruggen>,
  verzadiging: number,
): string {
  const parts = [
    w.signalen.length ? aantal(w.signalen.length, 'open signaal', 'open signalen') : 'geen open signalen',
    g.ontbrekend.length
      ? `ontbrekend: ${opsomming(g.ontbrekend.map((s) => SOORT_NAAM[s] ?? s))}`
      : 'alle partnersoorten aanwezig',
    w.locaties.length ? null : 'geen locatie',
    br.partners.length ? `bruggen via ${opsomming(br.partners.map((p) => p.naam))}` : 'geen bruggen',
    verzadiging === 0
      ? 'nog geen vergelijkbaar aanbod'
      : `al ${getal(verzadiging * 100, 0)}% van de thema's aangeboden`,
  ].filter(Boolean);
  return `${w.naam} scoort ${getal(totaal)} (behoefte ${getal(b.score)}): ${parts.join('; ')}.`;
}
