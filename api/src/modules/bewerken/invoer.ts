/**
 * A mutation's input, read field by field (each checked on its own), and the ids in its
 * relationship fields checked against the database: the right kind, existing, same gemeente.
 */
import type { Label } from '../../core/kinds.js';
import type { Tx } from '../../db/db.js';
import { KNOPEN, relatiesVan, type RelatieSpec } from './model.js';
import { bestaande, labelVan } from './opslag.js';
import type { Modus } from './rechten.js';
import { normaliseer, verplicht, type VeldFout } from './waarden.js';

/** Properties a form never sets: confirming has its own mutation. */
const NIET_IN_INVOER = new Set(['laatstBevestigd']);

export const pad = (veld: string) => `invoer.${veld}`;
export const heeft = (o: Record<string, unknown>, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** The relationship fields a form sets (not the linked ones with properties, not the derived). */
export const invoerRelaties = (label: Label) =>
  relatiesVan(label).filter((r) => !r.viaKoppeling && !r.afgeleid);
/** The properties a form sets. */
export const invoerProps = (label: Label) => KNOPEN[label].props.filter((p) => !NIET_IN_INVOER.has(p.naam));

/** The other end of a relationship, seen from its owner. */
export const anderEind = (r: RelatieSpec): Label => (r.eigenaar === r.van ? r.naar : r.van);

export interface Gelezen {
  props: Record<string, unknown>;
  rels: Record<string, string[] | null>;
  fouten: VeldFout[];
}

/** The input's properties and relationship fields, each checked on its own. */
export function leesInvoer(label: Label, invoer: Record<string, unknown>, modus: Modus): Gelezen {
  const fouten: VeldFout[] = [];
  const props: Record<string, unknown> = {};
  for (const spec of invoerProps(label)) {
    if (!heeft(invoer, spec.naam)) continue;
    const uit = normaliseer(spec, invoer[spec.naam], 'invoer');
    if (!uit.ok) fouten.push({ veld: pad(spec.naam), code: uit.code, bericht: uit.bericht });
    else if (uit.waarde === null && spec.verplicht && modus === 'wijzig')
      fouten.push(verplicht(pad(spec.naam)));
    else props[spec.naam] = uit.waarde;
  }
  const rels: Record<string, string[] | null> = {};
  for (const r of invoerRelaties(label)) {
    if (!heeft(invoer, r.veld)) continue;
    const waarde = invoer[r.veld];
    if (waarde === null || waarde === undefined) {
      if (r.verplicht && modus === 'wijzig') fouten.push(verplicht(pad(r.veld)));
      rels[r.veld] = r.een ? [] : [];
    } else {
      const lijst = (Array.isArray(waarde) ? waarde : [waarde]).map(String);
      const gezien = new Set<string>();
      lijst.forEach((id, i) => {
        if (gezien.has(id))
          fouten.push({ veld: `${pad(r.veld)}.${i}`, code: 'DUBBEL', bericht: 'Deze staat al in de lijst.' });
        gezien.add(id);
      });
      rels[r.veld] = [...gezien];
    }
  }
  return { props, rels, fouten };
}

/**
 * Checks the relationship fields' ids: the right kind, existing, in the node's gemeente. Adds the
 * problems to `fouten`, each on the list item it is about.
 */
export async function controleerVerwijzingen(
  tx: Tx,
  label: Label,
  rels: Record<string, string[] | null>,
  gemeente: string | null,
  fouten: VeldFout[],
  veldPad: (veld: string) => string = pad,
): Promise<void> {
  const specs = relatiesVan(label).filter((r) => r.veld in rels);
  const alle = specs.flatMap((r) => rels[r.veld] ?? []);
  const gevonden = await bestaande(tx, alle);
  for (const r of specs) {
    const doel = anderEind(r);
    (rels[r.veld] ?? []).forEach((id, i) => {
      const veld = r.een ? veldPad(r.veld) : `${veldPad(r.veld)}.${i}`;
      if (labelVan(id) !== doel) {
        fouten.push({ veld, code: 'VERKEERDE_SOORT', bericht: `Verwacht een ${doel}-id (\`${doel}:…\`).` });
        return;
      }
      const n = gevonden.get(id);
      if (!n)
        fouten.push({
          veld,
          code: 'ONBEKENDE_VERWIJZING',
          bericht: `Er bestaat geen ${doel} met id \`${id}\`.`,
        });
      else if (n.gemeente !== null && gemeente !== null && n.gemeente !== gemeente) {
        fouten.push({
          veld,
          code: 'ANDERE_GEMEENTE',
          bericht: `Deze ${doel} hoort bij gemeente ${n.gemeente}, niet bij ${gemeente}.`,
        });
      }
    });
  }
}
