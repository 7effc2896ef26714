/**
 * The Wijkweb workbook (docs/import-format.md): a sheet per node kind named after it (`Activiteit`,
 * or `Activiteit.csv`), with an `id` column and a column per property, and one `Relaties` sheet with
 * `van`, `type`, `naar` and the relationship properties. Read into rows that the planner checks;
 * the same column lists are what the export writes.
 */
import type { Label } from '../../core/kinds.js';
import { KNOOP_LABELS, KNOPEN, RELATIES } from '../bewerken/model.js';
import type { VeldFout } from '../bewerken/waarden.js';
import type { Blad, Cel } from './werkboek.js';

/** A relationship's end: an id, or (in a Kumu map) an element of the same workbook. */
export type Eind = { id: string } | { knoop: KnoopRij };

export interface KnoopRij {
  blad: string;
  rij: number;
  label: Label;
  /** As given; null when the planner makes it from the properties. */
  id: string | null;
  /** Cells by property name, only for the columns the sheet has. */
  waarden: Record<string, Cel>;
  /** Filled cells that may never be stored about this node (a resident's free text). */
  verboden: string[];
}

export interface RelatieRij {
  blad: string;
  rij: number;
  van: Eind | null;
  naar: Eind | null;
  /** The relationship type, when given; otherwise it follows from the two kinds. */
  type: string | null;
  waarden: Record<string, Cel>;
  /** The cell that named an end we could not find, with why. */
  probleem?: VeldFout;
}

export interface Ingelezen {
  formaat: 'WIJKWEB' | 'KUMU';
  knopen: KnoopRij[];
  relaties: RelatieRij[];
  fouten: VeldFout[];
  meldingen: string[];
}

export const RELATIE_BLAD = 'Relaties';
export const RELATIE_KOLOMMEN = [
  'van',
  'type',
  'naar',
  ...new Set(RELATIES.flatMap((r) => r.props.map((p) => p.naam))),
];
export const RELATIE_TYPES = new Set(RELATIES.map((r) => r.type));

/** Written by the export for reading, ignored on import: counts are not data to change. */
export const ALLEEN_LEZEN: Partial<Record<Label, string[]>> = { Steungroep: ['leden'] };

/** The columns of a node kind's sheet, in the order the export writes them. */
export function kolommenVan(label: Label): string[] {
  const spec = KNOPEN[label];
  return [
    'id',
    ...spec.props.map((p) => p.naam),
    ...(spec.scoped ? ['gemeente'] : []),
    ...(ALLEEN_LEZEN[label] ?? []),
  ];
}

const cel = (rij: { cellen: Cel[] }, i: number): Cel => {
  const c = rij.cellen[i];
  return c === undefined || c === '' ? null : c;
};
const tekst = (c: Cel): string | null =>
  c === null ? null : (c instanceof Date ? c.toISOString() : String(c)).trim() || null;

/** Columns matched to names without regard to case; unknown or doubled ones are problems. */
function koppelKolommen(
  blad: Blad,
  bekend: readonly string[],
  fouten: VeldFout[],
  soort: 'ONBEKENDE_KOLOM' | 'VERBODEN_VELD',
): Map<string, number> {
  const kaart = new Map<string, number>();
  blad.kolommen.forEach((kolom, i) => {
    if (!kolom) return;
    const naam = bekend.find((b) => b.toLowerCase() === kolom.toLowerCase());
    if (!naam) {
      fouten.push({
        veld: `${blad.naam}.${kolom}`,
        code: soort,
        bericht:
          soort === 'VERBODEN_VELD'
            ? `Over inwoners bewaren we alleen ${bekend.join(', ')}: kolom ‘${kolom}’ mag er niet in (geen namen, adressen, diagnoses of vrije tekst).`
            : `Onbekende kolom ‘${kolom}’. Dit blad kent: ${bekend.join(', ')}.`,
      });
    } else if (kaart.has(naam)) {
      fouten.push({
        veld: `${blad.naam}.${kolom}`,
        code: 'DUBBEL',
        bericht: `Kolom ‘${naam}’ staat er twee keer in.`,
      });
    } else kaart.set(naam, i);
  });
  return kaart;
}

/** The Wijkweb workbook's sheets as rows. */
export function leesWijkweb(bladen: readonly Blad[]): Ingelezen {
  const uit: Ingelezen = { formaat: 'WIJKWEB', knopen: [], relaties: [], fouten: [], meldingen: [] };
  for (const blad of bladen) {
    const label = KNOOP_LABELS.find((l) => l.toLowerCase() === blad.naam.toLowerCase());
    if (label) {
      const kolommen = koppelKolommen(
        blad,
        kolommenVan(label),
        uit.fouten,
        label === 'Inwoner' ? 'VERBODEN_VELD' : 'ONBEKENDE_KOLOM',
      );
      for (const rij of blad.rijen) {
        const waarden: Record<string, Cel> = {};
        for (const [naam, i] of kolommen)
          if (naam !== 'id' && !(ALLEEN_LEZEN[label] ?? []).includes(naam)) waarden[naam] = cel(rij, i);
        const id = kolommen.has('id') ? tekst(cel(rij, kolommen.get('id')!)) : null;
        uit.knopen.push({ blad: blad.naam, rij: rij.nr, label, id, waarden, verboden: [] });
      }
    } else if (blad.naam.toLowerCase() === RELATIE_BLAD.toLowerCase()) {
      const kolommen = koppelKolommen(blad, RELATIE_KOLOMMEN, uit.fouten, 'ONBEKENDE_KOLOM');
      for (const nodig of ['van', 'naar']) {
        if (!kolommen.has(nodig))
          uit.fouten.push({
            veld: `${blad.naam}.${nodig}`,
            code: 'VERPLICHT',
            bericht: `Het blad ${RELATIE_BLAD} heeft een kolom ‘${nodig}’ nodig.`,
          });
      }
      for (const rij of blad.rijen) {
        const waarde = (naam: string) => (kolommen.has(naam) ? cel(rij, kolommen.get(naam)!) : null);
        const eind = (naam: string) => {
          const id = tekst(waarde(naam));
          return id ? { id } : null;
        };
        const waarden: Record<string, Cel> = {};
        for (const [naam, i] of kolommen)
          if (!['van', 'naar', 'type'].includes(naam)) waarden[naam] = cel(rij, i);
        uit.relaties.push({
          blad: blad.naam,
          rij: rij.nr,
          van: eind('van'),
          naar: eind('naar'),
          type: tekst(waarde('type')),
          waarden,
        });
      }
    } else {
      uit.fouten.push({
        veld: blad.naam,
        code: 'ONBEKENDE_WAARDE',
        bericht: `Onbekend blad ‘${blad.naam}’. Bladen heten naar de soort (${KNOOP_LABELS.join(', ')}) of ${RELATIE_BLAD}; zet ‘(negeren)’ achter de naam om een blad over te slaan.`,
      });
    }
  }
  return uit;
}
