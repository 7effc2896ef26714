/**
 * The relationships with properties, each with its own mutations: a partner in a steungroep (with
 * `kernteam`) and a resident's membership (with `rol` and `sinds`). And creating a resident, who
 * always starts as a member of one of the builder's own groups.
 */
import { mayEditResident, mayEditSteungroep, mayReadResidentsOf } from '../../core/actor.js';
import type { Context } from '../../core/context.js';
import type { Tx } from '../../db/db.js';
import { auditEntry, writeAudit } from '../audit/trail.js';
import { maak, type Resultaat } from './bewerking.js';
import { controleerVerwijzingen } from './invoer.js';
import { RELATIES } from './model.js';
import { alGedaan, bestaande, geenWijzigingen, leesKnoop, schrijf, type Wijzigingen } from './opslag.js';
import { verboden } from './rechten.js';
import { normaliseer, verplicht, type VeldFout } from './waarden.js';

const PARTNER_VAN = RELATIES.find((r) => r.type === 'PARTNER_VAN')!;
const LID_VAN = RELATIES.find((r) => r.type === 'LID_VAN')!;
const pad = (veld: string) => `invoer.${veld}`;

function eigenschappen(
  spec: typeof LID_VAN,
  invoer: Record<string, unknown>,
  fouten: VeldFout[],
): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const p of spec.props) {
    const uit = normaliseer(p, invoer[p.naam], 'invoer');
    if (!uit.ok) fouten.push({ veld: pad(p.naam), code: uit.code, bericht: uit.bericht });
    else if (uit.waarde === null && p.verplicht) fouten.push(verplicht(pad(p.naam)));
    else props[p.naam] = uit.waarde ?? p.standaard ?? null;
  }
  return props;
}

/** Writes `w` with its audit entry unless a retry finds the entry there already. */
async function schrijfMetAudit(ctx: Context, tx: Tx, id: string, w: Wijzigingen, doelen: string[]) {
  if (await alGedaan(tx, id)) return;
  await schrijf(tx, w);
  await writeAudit(tx, [{ ...auditEntry(ctx.actor, 'GEWIJZIGD', doelen), id }]);
}

async function gemeenteVan(tx: Tx, id: string): Promise<string | null> {
  return (await bestaande(tx, [id])).get(id)?.gemeente ?? null;
}

/** Makes a partner part of a steungroep, or changes whether it is in the core team. */
export async function koppelPartner(
  ctx: Context,
  invoer: { steungroep: string; partner: string; kernteam?: boolean | null },
): Promise<Resultaat> {
  if (!mayEditSteungroep(ctx.actor, invoer.steungroep)) throw verboden('Steungroep');
  const auditId = auditEntry(ctx.actor, 'GEWIJZIGD', []).id;
  return ctx.db.write(async (tx) => {
    const fouten: VeldFout[] = [];
    const props = eigenschappen(PARTNER_VAN, invoer, fouten);
    const gemeente = await gemeenteVan(tx, invoer.steungroep);
    const partnerFouten: VeldFout[] = [];
    await controleerVerwijzingen(tx, 'Steungroep', { partners: [invoer.partner] }, gemeente, partnerFouten);
    fouten.push(...partnerFouten.map((f) => ({ ...f, veld: pad('partner') })));
    if (!gemeente)
      fouten.push({
        veld: pad('steungroep'),
        code: 'ONBEKENDE_VERWIJZING',
        bericht: `Er bestaat geen steungroep met id \`${invoer.steungroep}\`.`,
      });
    if (fouten.length) return { node: null, errors: fouten };
    const w = geenWijzigingen();
    w.relatiesErbij.push({ spec: PARTNER_VAN, van: invoer.partner, naar: invoer.steungroep, props });
    await schrijfMetAudit(ctx, tx, auditId, w, [invoer.steungroep, invoer.partner]);
    return { node: await leesKnoop(tx, invoer.steungroep), errors: [] };
  });
}

/** Takes a partner out of a steungroep. Taking out one that is not in it changes nothing. */
export async function ontkoppelPartner(
  ctx: Context,
  steungroep: string,
  partner: string,
): Promise<Resultaat> {
  if (!mayEditSteungroep(ctx.actor, steungroep)) throw verboden('Steungroep');
  const auditId = auditEntry(ctx.actor, 'GEWIJZIGD', []).id;
  return ctx.db.write(async (tx) => {
    const [row] = await tx.run<{ groep: boolean; gekoppeld: boolean }>(
      `OPTIONAL MATCH (s:Steungroep {id: $steungroep})
       RETURN s IS NOT NULL AS groep, EXISTS { (:Partner {id: $partner})-[:PARTNER_VAN]->(s) } AS gekoppeld`,
      { steungroep, partner },
    );
    if (!row?.groep)
      return {
        node: null,
        errors: [
          {
            veld: 'steungroep',
            code: 'NIET_GEVONDEN',
            bericht: `Er bestaat geen steungroep met id \`${steungroep}\`.`,
          },
        ],
      };
    if (row.gekoppeld) {
      const w = geenWijzigingen();
      w.relatiesWeg.push({ spec: PARTNER_VAN, van: partner, naar: steungroep });
      await schrijfMetAudit(ctx, tx, auditId, w, [steungroep, partner]);
    }
    return { node: await leesKnoop(tx, steungroep), errors: [] };
  });
}

async function groepenVan(tx: Tx, inwoner: string): Promise<string[] | null> {
  const [row] = await tx.run<{ groepen: string[] }>(
    'MATCH (i:Inwoner {id: $id}) RETURN [(i)-[:LID_VAN]->(s:Steungroep) | s.id] AS groepen',
    { id: inwoner },
  );
  return row ? row.groepen : null;
}

/** The resident back in the answer, recorded as read (the Inwoner fields check that record). */
function alsGelezen(ctx: Context, node: Resultaat['node']): Resultaat['node'] {
  if (node) ctx.audit.read([node.id]);
  return node;
}

/**
 * A resident of one of the builder's groups becomes a member of (another of) their groups, or
 * changes role. A resident of someone else's groups cannot be pulled in: that would show them.
 */
export async function zetLidmaatschap(
  ctx: Context,
  invoer: { inwoner: string; steungroep: string; rol: string; sinds?: string | null },
): Promise<Resultaat> {
  if (!mayReadResidentsOf(ctx.actor, invoer.steungroep)) throw verboden('Inwoner');
  const auditId = auditEntry(ctx.actor, 'GEWIJZIGD', []).id;
  const node = await ctx.db.write(async (tx) => {
    const groepen = await groepenVan(tx, invoer.inwoner);
    if (!groepen || !mayEditResident(ctx.actor, groepen)) throw verboden('Inwoner');
    const fouten: VeldFout[] = [];
    const props = eigenschappen(LID_VAN, invoer, fouten);
    if (fouten.length) return { node: null, errors: fouten };
    const w = geenWijzigingen();
    w.relatiesErbij.push({ spec: LID_VAN, van: invoer.inwoner, naar: invoer.steungroep, props });
    await schrijfMetAudit(ctx, tx, auditId, w, [invoer.inwoner, invoer.steungroep]);
    return { node: await leesKnoop(tx, invoer.inwoner), errors: [] };
  });
  return { node: alsGelezen(ctx, node.node), errors: node.errors };
}

/** Ends a membership. Not the last one: a resident in no group is erased instead (verwijderInwoner). */
export async function beeindigLidmaatschap(
  ctx: Context,
  inwoner: string,
  steungroep: string,
): Promise<Resultaat> {
  if (!mayReadResidentsOf(ctx.actor, steungroep)) throw verboden('Inwoner');
  const auditId = auditEntry(ctx.actor, 'GEWIJZIGD', []).id;
  const uit = await ctx.db.write(async (tx) => {
    const groepen = await groepenVan(tx, inwoner);
    if (!groepen || !mayEditResident(ctx.actor, groepen)) {
      // A retry of a change that committed finds the resident out of the group: that is success.
      if (groepen && (await alGedaan(tx, auditId))) return { node: null, errors: [] as VeldFout[] };
      throw verboden('Inwoner');
    }
    if (!groepen.includes(steungroep)) return { node: await leesKnoop(tx, inwoner), errors: [] };
    if (groepen.length === 1) {
      return {
        node: null,
        errors: [
          {
            veld: 'steungroep',
            code: 'LAATSTE_LIDMAATSCHAP' as const,
            bericht:
              'Dit is het laatste lidmaatschap. Verwijder de inwoner helemaal (verwijderInwoner) als die nergens meer meedoet.',
          },
        ],
      };
    }
    const w = geenWijzigingen();
    w.relatiesWeg.push({ spec: LID_VAN, van: inwoner, naar: steungroep });
    await schrijfMetAudit(ctx, tx, auditId, w, [inwoner, steungroep]);
    const over = groepen.filter((g) => g !== steungroep);
    return { node: mayEditResident(ctx.actor, over) ? await leesKnoop(tx, inwoner) : null, errors: [] };
  });
  return { node: alsGelezen(ctx, uit.node), errors: uit.errors };
}

export interface InwonerInvoer {
  pseudoniem?: string | null;
  leeftijdsband?: string | null;
  toestemmingsdatum?: string | null;
  buurt?: string | null;
  steungroep: string;
  rol: string;
  sinds?: string | null;
}

/** A new resident, with the AVG minimum, as a member of one of the builder's own groups. */
export async function maakInwoner(ctx: Context, invoer: InwonerInvoer): Promise<Resultaat> {
  if (!mayReadResidentsOf(ctx.actor, invoer.steungroep)) throw verboden('Inwoner');
  const { steungroep, rol, sinds, ...rest } = invoer;
  const res = await maak(ctx, 'Inwoner', rest as Record<string, unknown>, {
    groepen: [steungroep],
    gemeente: async (tx, fouten) => {
      const gm = await gemeenteVan(tx, steungroep);
      if (!gm)
        fouten.push({
          veld: pad('steungroep'),
          code: 'ONBEKENDE_VERWIJZING',
          bericht: `Er bestaat geen steungroep met id \`${steungroep}\`.`,
        });
      return gm;
    },
    erbij: async (_tx, id, _gm, w, fouten) => {
      const props = eigenschappen(LID_VAN, { rol, sinds }, fouten);
      w.relatiesErbij.push({ spec: LID_VAN, van: id, naar: steungroep, props });
    },
  });
  return { node: alsGelezen(ctx, res.node), errors: res.errors };
}
