/**
 * Referral (docs/analyses.md, "Verwijzing"): which activities suit, how far they are, and why.
 * Pure: the Cypher found the candidates on theme and target group; this places and orders them.
 */
import { mogelijkVerouderd } from '../activiteit/resolvers.js';
import { BIJEENKOMSTEN_PER_MAAND, byId, compareStrings, type Ref } from '../analyse/figures.js';
import type { Gebied, Kandidaat } from './cypher.js';

export type Afstand = 'BUURT' | 'WIJK' | 'KERN' | 'GEMEENTE';
const ORDE: Afstand[] = ['BUURT', 'WIJK', 'KERN', 'GEMEENTE'];

export function afstand(g: Gebied, a: Kandidaat): Afstand {
  if (g.buurt && a.buurt?.id === g.buurt.id) return 'BUURT';
  if (g.wijk && a.wijk?.id === g.wijk.id) return 'WIJK';
  if (g.kern && a.kern?.id === g.kern.id) return 'KERN';
  return 'GEMEENTE';
}

export const isToegankelijk = (a: Kandidaat) => a.toegankelijk === true && a.locatie?.toegankelijk !== false;

const DAG: Record<string, string> = {
  MA: 'maandag',
  DI: 'dinsdag',
  WO: 'woensdag',
  DO: 'donderdag',
  VR: 'vrijdag',
  ZA: 'zaterdag',
  ZO: 'zondag',
};
const KEER: Record<string, string> = {
  WEKELIJKS: 'elke week',
  TWEEWEKELIJKS: 'om de week',
  MAANDELIJKS: 'eens per maand',
  EENMALIG: 'eenmalig',
};

export interface Resultaat extends Kandidaat {
  afstand: Afstand;
  mogelijkVerouderd: boolean;
  exact: boolean;
  waarom: string[];
}

export function verwijs(args: {
  gebied: Gebied;
  kandidaten: readonly Kandidaat[];
  thema: Ref | null;
  doelgroep: Ref | null;
  toegankelijk: boolean;
  weglaten: boolean;
  peildatum: Date;
}): { resultaten: Resultaat[]; weggelaten: number } {
  const { gebied: g, thema, doelgroep } = args;
  const placed = args.kandidaten
    .filter((a) => !args.toegankelijk || isToegankelijk(a))
    .map((a): Resultaat => {
      const d = afstand(g, a);
      const verouderd = mogelijkVerouderd(a.laatstBevestigd, args.peildatum);
      const exact = !doelgroep || a.doelgroepen.includes(doelgroep.id);
      const waarom = [
        thema ? `Over ${thema.naam}.` : null,
        doelgroep
          ? exact
            ? `Voor ${doelgroep.naam}.`
            : `Voor alle inwoners, dus ook voor ${doelgroep.naam}.`
          : null,
        isToegankelijk(a)
          ? 'Toegankelijk: rolstoeltoegankelijk en laagdrempelig.'
          : 'Niet als toegankelijk opgegeven.',
        plaats(d, g, a),
        a.dag
          ? `${cap(KEER[a.frequentie ?? ''] ?? '')} op ${DAG[a.dag] ?? a.dag}${a.beginTijd ? ` van ${a.beginTijd} tot ${a.eindTijd}` : ''}.`
          : null,
        verouderd
          ? `Mogelijk verouderd: ${a.laatstBevestigd ? `laatst bevestigd op ${a.laatstBevestigd}` : 'nooit bevestigd'}; eerst navragen of het nog loopt.`
          : null,
      ].filter((x): x is string => x !== null);
      return { ...a, afstand: d, mogelijkVerouderd: verouderd, exact, waarom };
    });
  const kept = args.weglaten ? placed.filter((r) => !r.mogelijkVerouderd) : placed;
  const perMaand = (r: Resultaat) => BIJEENKOMSTEN_PER_MAAND[r.frequentie ?? ''] ?? 0;
  kept.sort(
    (x, y) =>
      Number(x.mogelijkVerouderd) - Number(y.mogelijkVerouderd) ||
      ORDE.indexOf(x.afstand) - ORDE.indexOf(y.afstand) ||
      Number(y.exact) - Number(x.exact) ||
      perMaand(y) - perMaand(x) ||
      compareStrings(x.naam, y.naam) ||
      byId(x, y),
  );
  return { resultaten: kept, weggelaten: placed.length - kept.length };
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function plaats(d: Afstand, g: Gebied, a: Kandidaat): string {
  const waar = a.locatie ? `${a.locatie.naam}${a.wijk ? `, ${a.wijk.naam}` : ''}` : 'zonder vaste locatie';
  switch (d) {
    case 'BUURT':
      return `In dezelfde buurt (${g.buurt!.naam}): ${waar}.`;
    case 'WIJK':
      return `In dezelfde wijk (${g.wijk!.naam}): ${waar}.`;
    case 'KERN':
      return `In dezelfde kern (${g.kern!.naam}): ${waar}.`;
    default:
      return `Elders in de gemeente: ${waar}${a.kern ? ` (${a.kern.naam})` : ''}.`;
  }
}
