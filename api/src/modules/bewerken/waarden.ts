/**
 * One value for one property, checked and brought to its stored form: from a GraphQL input (already
 * typed by the schema) or from a spreadsheet cell (text, number, boolean or date, as CSV and XLSX
 * give them). Pure functions: the same rules for a form, an import and an export round trip.
 */
import type { PropSpec } from './model.js';

/** The codes of VeldFoutCode in schema/bewerken.graphql. */
export type FoutCode =
  | 'VERPLICHT'
  | 'ONGELDIG'
  | 'ONBEKENDE_WAARDE'
  | 'TE_LANG'
  | 'BUITEN_BEREIK'
  | 'EIND_VOOR_BEGIN'
  | 'ONBEKENDE_VERWIJZING'
  | 'VERKEERDE_SOORT'
  | 'ANDERE_GEMEENTE'
  | 'BESTAAT_AL'
  | 'DUBBEL'
  | 'NIET_GEVONDEN'
  | 'ONVERANDERLIJK'
  | 'IN_GEBRUIK'
  | 'LAATSTE_LIDMAATSCHAP'
  | 'NIET_TOEGESTAAN'
  | 'ONBEKENDE_KOLOM'
  | 'VERBODEN_VELD'
  | 'DUBBELZINNIG'
  | 'ONLEESBAAR'
  | 'TE_GROOT';

/** A problem a person can fix, named by the field (or column) it is about. */
export interface VeldFout {
  veld: string;
  code: FoutCode;
  bericht: string;
}

export type Uitkomst = { ok: true; waarde: unknown } | { ok: false; code: FoutCode; bericht: string };

const ok = (waarde: unknown): Uitkomst => ({ ok: true, waarde });
const fout = (code: FoutCode, bericht: string): Uitkomst => ({ ok: false, code, bericht });

/** Today in the Netherlands, as `YYYY-MM-DD`. */
export function vandaag(nu = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(nu);
}

function geldigeDatum(tekst: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(tekst)) return false;
  const d = new Date(`${tekst}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === tekst;
}

/** Excel keeps dates as days since 1899-12-30 and times as a fraction of a day. */
const EXCEL_NUL = Date.UTC(1899, 11, 30);

function alsDatum(ruw: unknown): string | undefined {
  if (ruw instanceof Date && !Number.isNaN(ruw.getTime())) return ruw.toISOString().slice(0, 10);
  if (typeof ruw === 'number' && Number.isFinite(ruw) && ruw > 0 && ruw < 2_958_466) {
    return new Date(EXCEL_NUL + Math.floor(ruw) * 86_400_000).toISOString().slice(0, 10);
  }
  if (typeof ruw === 'string') return ruw;
  return undefined;
}

function alsTijd(ruw: unknown): string | undefined {
  if (ruw instanceof Date && !Number.isNaN(ruw.getTime())) return ruw.toISOString().slice(11, 16);
  if (typeof ruw === 'number' && Number.isFinite(ruw) && ruw >= 0 && ruw < 1) {
    const minuten = Math.round(ruw * 24 * 60);
    return `${String(Math.floor(minuten / 60)).padStart(2, '0')}:${String(minuten % 60).padStart(2, '0')}`;
  }
  if (typeof ruw === 'string') {
    const m = /^(\d{1,2})[:.](\d{2})(?::00)?$/.exec(ruw);
    return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : ruw;
  }
  return undefined;
}

const JA = new Set(['true', 'ja', 'j', 'yes', 'y', '1', 'waar', 'x']);
const NEE = new Set(['false', 'nee', 'n', 'no', '0', 'onwaar']);

// Control characters other than tab and newline have no place in any text we store, nor do the
// bidirectional overrides that make text read differently from what it holds ("Trojan Source").
// eslint-disable-next-line no-control-regex
const STUURTEKENS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

/**
 * A value, checked against its property. Empty (null, undefined, blank text) is `null`: the
 * caller decides whether that is missing (VERPLICHT) or a property to clear. `bron` tells how
 * lenient to be: cells may spell booleans and choices loosely, typed input may not.
 */
export function normaliseer(prop: PropSpec, ruw: unknown, bron: 'invoer' | 'cel'): Uitkomst {
  if (ruw === null || ruw === undefined) return ok(null);
  if (typeof ruw === 'string' && ruw.trim() === '') return ok(null);
  switch (prop.soort) {
    case 'tekst':
    case 'code': {
      if (typeof ruw === 'number' && bron === 'cel' && prop.soort === 'tekst') ruw = String(ruw);
      if (typeof ruw !== 'string') return fout('ONGELDIG', 'Vul tekst in.');
      const tekst = prop.meerdereRegels ? ruw.trim().replace(/\r\n?/g, '\n') : ruw.trim();
      if (STUURTEKENS.test(tekst) || (!prop.meerdereRegels && /[\n\r\t]/.test(tekst))) {
        return fout(
          'ONGELDIG',
          prop.meerdereRegels
            ? 'De tekst bevat tekens die niet zijn toegestaan.'
            : 'Gebruik één regel zonder tabs of regeleinden.',
        );
      }
      if (prop.max !== undefined && [...tekst].length > prop.max) {
        return fout('TE_LANG', `Gebruik hoogstens ${prop.max} tekens (nu ${[...tekst].length}).`);
      }
      if (prop.patroon && !prop.patroon.re.test(tekst)) {
        return fout('ONGELDIG', `Dit heeft niet de goede vorm; bijvoorbeeld \`${prop.patroon.voorbeeld}\`.`);
      }
      return ok(tekst);
    }
    case 'keuze': {
      if (typeof ruw !== 'string')
        return fout('ONBEKENDE_WAARDE', `Kies een van: ${prop.waarden!.join(', ')}.`);
      const tekst = ruw.trim();
      const gevonden =
        bron === 'cel'
          ? prop.waarden!.find((w) => w.toLowerCase() === tekst.toLowerCase().replace(/ /g, '_'))
          : prop.waarden!.find((w) => w === tekst);
      return gevonden ? ok(gevonden) : fout('ONBEKENDE_WAARDE', `Kies een van: ${prop.waarden!.join(', ')}.`);
    }
    case 'janee': {
      if (typeof ruw === 'boolean') return ok(ruw);
      if (bron === 'cel' && (typeof ruw === 'string' || typeof ruw === 'number')) {
        const tekst = String(ruw).trim().toLowerCase();
        if (JA.has(tekst)) return ok(true);
        if (NEE.has(tekst)) return ok(false);
      }
      return fout('ONGELDIG', 'Vul ja of nee in (true of false).');
    }
    case 'geheel':
    case 'getal': {
      let getal: number | undefined;
      if (typeof ruw === 'number') getal = ruw;
      else if (typeof ruw === 'string' && bron === 'cel') {
        const tekst = ruw.trim();
        if (/^-?\d+([.,]\d+)?$/.test(tekst)) getal = Number(tekst.replace(',', '.'));
      }
      if (getal === undefined || !Number.isFinite(getal)) return fout('ONGELDIG', 'Vul een getal in.');
      if (prop.soort === 'geheel' && !Number.isInteger(getal))
        return fout('ONGELDIG', 'Vul een geheel getal in.');
      const [min, max] = prop.bereik ?? [-Infinity, Infinity];
      if (getal < min || getal > max)
        return fout('BUITEN_BEREIK', `Vul een getal van ${min} tot en met ${max} in.`);
      return ok(getal);
    }
    case 'datum': {
      const tekst = bron === 'cel' ? alsDatum(ruw)?.trim() : typeof ruw === 'string' ? ruw : undefined;
      if (!tekst || !geldigeDatum(tekst))
        return fout('ONGELDIG', 'Vul een datum in als JJJJ-MM-DD, bijvoorbeeld 2024-05-01.');
      if (prop.nietInToekomst && tekst > vandaag())
        return fout('BUITEN_BEREIK', 'Deze datum ligt in de toekomst.');
      return ok(tekst);
    }
    case 'tijd': {
      const tekst = bron === 'cel' ? alsTijd(ruw)?.trim() : typeof ruw === 'string' ? ruw.trim() : undefined;
      if (!tekst || !/^([01]\d|2[0-3]):[0-5]\d$/.test(tekst))
        return fout('ONGELDIG', 'Vul een tijd in als UU:MM, bijvoorbeeld 09:30.');
      return ok(tekst);
    }
  }
}

/** The value a property gets on creation when none is given. */
export function standaardwaarde(prop: PropSpec): unknown {
  if (prop.standaard === undefined) return null;
  return prop.standaard === 'vandaag' ? vandaag() : prop.standaard;
}

/** The message for a required value that is missing. */
export const verplicht = (veld: string): VeldFout => ({
  veld,
  code: 'VERPLICHT',
  bericht: 'Dit veld is verplicht.',
});

/** Cross-field rules of a node's final properties (after an update is merged in). */
export function samenhang(
  label: string,
  props: Record<string, unknown>,
  pad: (veld: string) => string,
): VeldFout[] {
  const fouten: VeldFout[] = [];
  if (label === 'Activiteit') {
    const { beginTijd, eindTijd } = props;
    if (typeof beginTijd === 'string' && typeof eindTijd === 'string' && eindTijd <= beginTijd) {
      fouten.push({
        veld: pad('eindTijd'),
        code: 'EIND_VOOR_BEGIN',
        bericht: `De eindtijd moet na de begintijd (${beginTijd}) liggen.`,
      });
    }
  }
  return fouten;
}

/** Plain values compare equal when they store the same thing (12 and 12.0 are one number). */
export function gelijk(a: unknown, b: unknown): boolean {
  return (a ?? null) === (b ?? null);
}
