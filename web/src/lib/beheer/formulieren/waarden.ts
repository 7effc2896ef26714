import type { MessageKey } from '../../i18n/translate.js';
import type { VeldSpec } from './velden.js';

/**
 * A form's values as the controls hold them, and the way to and from the API: text stays text
 * until it is sent (so a half-typed number is not lost), references carry their name for display.
 */
export interface Keuze {
  id: string;
  label: string;
}
export type Waarde = string | boolean | Keuze | Keuze[] | null;
export type Waarden = Record<string, Waarde>;

/** A problem found before sending: the field and the message key. */
export interface EigenFout {
  veld: string;
  sleutel: MessageKey;
}

export function legeWaarden(velden: readonly VeldSpec[]): Waarden {
  return Object.fromEntries(velden.map((veld) => [veld.naam, leeg(veld)]));
}

function leeg(veld: VeldSpec): Waarde {
  if (veld.type === 'janee') return false;
  if (veld.type === 'verwijzing') return null;
  if (veld.type === 'verwijzingen') return [];
  return '';
}

type Knoop = Record<string, unknown>;

/** The values of a stored node, as the form shows them. */
export function uitKnoop(velden: readonly VeldSpec[], knoop: Knoop): Waarden {
  const waarden: Waarden = {};
  for (const veld of velden) {
    const waarde = knoop[veld.lees ?? veld.naam];
    if (veld.type === 'gemeente') waarden[veld.naam] = isGemeente(waarde) ? waarde.code : '';
    else if (veld.type === 'verwijzing') waarden[veld.naam] = isKnoop(waarde) ? keuzeVan(waarde) : null;
    else if (veld.type === 'verwijzingen')
      waarden[veld.naam] = Array.isArray(waarde) ? waarde.filter(isKnoop).map(keuzeVan) : [];
    else if (veld.type === 'janee') waarden[veld.naam] = waarde === true;
    else waarden[veld.naam] = waarde === null || waarde === undefined ? '' : String(waarde);
  }
  return waarden;
}

const isKnoop = (waarde: unknown): waarde is Knoop =>
  typeof waarde === 'object' && waarde !== null && typeof (waarde as Knoop).id === 'string';

const isGemeente = (waarde: unknown): waarde is { code: string } =>
  typeof waarde === 'object' && waarde !== null && typeof (waarde as Knoop).code === 'string';

const keuzeVan = (knoop: Knoop): Keuze => ({
  id: String(knoop.id),
  label: String(knoop.naam ?? knoop.titel ?? knoop.id),
});

type Invoer = Record<string, unknown>;

/** One field's value as the API takes it; undefined with a problem when it cannot be sent. */
function naarApi(veld: VeldSpec, waarde: Waarde): { waarde: unknown; fout?: MessageKey } {
  switch (veld.type) {
    case 'janee':
      return { waarde: waarde === true };
    case 'verwijzing':
      return { waarde: waarde && !Array.isArray(waarde) && typeof waarde === 'object' ? waarde.id : null };
    case 'verwijzingen':
      return { waarde: Array.isArray(waarde) ? waarde.map((keuze) => keuze.id) : [] };
  }
  const tekst = typeof waarde === 'string' ? waarde : '';
  if (tekst.trim() === '') return { waarde: null };
  if (veld.type === 'geheel') {
    const getal = Number(tekst.trim());
    return Number.isInteger(getal)
      ? { waarde: getal }
      : { waarde: undefined, fout: 'formulier.geheelOngeldig' };
  }
  if (veld.type === 'getal') {
    // Dutch writes a decimal comma; the API wants a number.
    const getal = Number(tekst.trim().replace(',', '.'));
    return Number.isFinite(getal)
      ? { waarde: getal }
      : { waarde: undefined, fout: 'formulier.getalOngeldig' };
  }
  // Long text keeps its own line breaks and spaces; everything else is one trimmed line.
  return { waarde: veld.type === 'langeTekst' ? tekst : tekst.trim() };
}

/**
 * The mutation's `invoer`. Creating sends what is filled in. Changing sends only what differs from
 * `begin` (a field left out stays as it is), and never a key, which cannot change.
 */
export function naarInvoer(
  velden: readonly VeldSpec[],
  waarden: Waarden,
  begin?: Waarden,
): { invoer: Invoer; fouten: EigenFout[] } {
  const invoer: Invoer = {};
  const fouten: EigenFout[] = [];
  for (const veld of velden) {
    if (begin && veld.onveranderlijk) continue;
    const nu = naarApi(veld, waarden[veld.naam] ?? leeg(veld));
    if (nu.fout) {
      fouten.push({ veld: veld.naam, sleutel: nu.fout });
      continue;
    }
    if (begin) {
      const was = naarApi(veld, begin[veld.naam] ?? leeg(veld));
      if (JSON.stringify(was.waarde) !== JSON.stringify(nu.waarde)) invoer[veld.naam] = nu.waarde;
    } else if (nu.waarde !== null && !(Array.isArray(nu.waarde) && nu.waarde.length === 0)) {
      invoer[veld.naam] = nu.waarde;
    }
  }
  return { invoer, fouten };
}

/** The field an API error is about: `invoer.themas.2` is about `themas`; `id` about no field. */
export function veldVanFout(pad: string, velden: readonly VeldSpec[]): string | undefined {
  const [eerste, naam] = pad.split('.');
  if (eerste !== 'invoer' || !naam) return undefined;
  return velden.some((veld) => veld.naam === naam) ? naam : undefined;
}
