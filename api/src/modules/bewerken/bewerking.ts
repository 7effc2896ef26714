/**
 * Creating, changing and removing one node with its own relationship fields: checked as a whole
 * (every field problem reported at once), authorised with the stored state, written and audited
 * in one transaction. A change with field errors writes nothing and answers the errors.
 */
import { randomUUID } from 'node:crypto';
import type { Context } from '../../core/context.js';
import type { Label } from '../../core/kinds.js';
import type { NodeRow } from '../../core/rows.js';
import type { Tx } from '../../db/db.js';
import { auditEntry, writeAudit, type AuditEntry } from '../audit/trail.js';
import type { AuditActie } from '../audit/rows.js';
import { afgeleidId, codeProbleem, idProbleem } from './ids.js';
import { controleerVerwijzingen, heeft, invoerRelaties, leesInvoer, pad } from './invoer.js';
import { KNOPEN, GEMEENTE_CODE, relatiesVan, type PropSpec } from './model.js';
import {
  afhankelijken,
  alGedaan,
  bestaande,
  geenWijzigingen,
  isLeeg,
  labelVan,
  laadToestand,
  leesKnoop,
  schrijf,
  type Toestand,
  type Wijzigingen,
} from './opslag.js';
import { magKnoop, magSoort, verboden, verbodenVelden, type Modus, type Zeggenschap } from './rechten.js';
import { gelijk, samenhang, standaardwaarde, vandaag, verplicht, type VeldFout } from './waarden.js';

export interface Resultaat {
  node: NodeRow | null;
  errors: VeldFout[];
}

/** Who decides over a node, from its relationship fields. */
export function zeggenschap(
  id: string | null,
  props: Record<string, unknown>,
  rels: Record<string, string[]>,
  extra: string[] = [],
): Zeggenschap {
  return {
    id,
    organisatoren: rels.organisatoren ?? [],
    steungroep: rels.steungroep?.[0] ?? null,
    steungroepen: [...(rels.lidmaatschappen ?? []), ...extra],
    status: props.status,
    eigenaar: rels.eigenaar?.[0] ?? null,
    gemeente: (typeof props.gemeente === 'string' ? props.gemeente : null) ?? null,
  };
}

const idsVan = (t: Toestand | undefined): Record<string, string[]> =>
  Object.fromEntries(Object.entries(t?.rels ?? {}).map(([k, v]) => [k, v.map((b) => b.id)]));

/** Relationship field changes from `oud` to `nieuw`, as writes. */
function relatieWijzigingen(
  label: Label,
  id: string,
  oud: Record<string, string[]>,
  nieuw: Record<string, string[] | null>,
  w: Wijzigingen,
): void {
  for (const r of relatiesVan(label)) {
    const nu = nieuw[r.veld];
    if (!nu) continue;
    const was = oud[r.veld] ?? [];
    const eind = (ander: string) =>
      r.eigenaar === r.van ? { van: id, naar: ander } : { van: ander, naar: id };
    for (const ander of was) if (!nu.includes(ander)) w.relatiesWeg.push({ spec: r, ...eind(ander) });
    for (const ander of nu)
      if (!was.includes(ander)) w.relatiesErbij.push({ spec: r, ...eind(ander), props: {} });
  }
}

/** Runs a change in one write transaction, with its audit entry, safe for the driver to retry. */
async function inTransactie(
  ctx: Context,
  actie: AuditActie,
  doelen: () => string[],
  werk: (tx: Tx, audit: AuditEntry) => Promise<{ id: string | null; errors: VeldFout[]; w: Wijzigingen }>,
): Promise<{ id: string | null; errors: VeldFout[]; node: NodeRow | null }> {
  const entry = auditEntry(ctx.actor, actie, []);
  return ctx.db.write(async (tx) => {
    const { id, errors, w } = await werk(tx, entry);
    if (errors.length) return { id, errors, node: null };
    if (!isLeeg(w) && !(await alGedaan(tx, entry.id))) {
      await schrijf(tx, w);
      await writeAudit(tx, [{ ...entry, doelen: doelen() }]);
    }
    return {
      id,
      errors,
      node: id && !w.verwijderd.some((v) => v.id === id) ? await leesKnoop(tx, id) : null,
    };
  });
}

function gemeenteVan(
  label: Label,
  props: Record<string, unknown>,
  invoer: Record<string, unknown>,
  fouten: VeldFout[],
): string | null {
  if (label === 'Gemeente') return typeof props.code === 'string' ? props.code : null;
  if (!KNOPEN[label].scoped) return null;
  const gm = invoer.gemeente;
  if (typeof gm !== 'string' || !gm.trim()) {
    fouten.push(verplicht(pad('gemeente')));
    return null;
  }
  if (!GEMEENTE_CODE.test(gm.trim())) {
    fouten.push({
      veld: pad('gemeente'),
      code: 'ONGELDIG',
      bericht: 'Een gemeentecode is GM met vier cijfers, bijvoorbeeld GM0537.',
    });
    return null;
  }
  return gm.trim();
}

/** A partner links its activity only to a steungroep it is partner of. */
async function partnerVanGroep(tx: Tx, partner: string, steungroep: string): Promise<boolean> {
  const [row] = await tx.run<{ ja: boolean }>(
    'RETURN EXISTS { (:Partner {id: $partner})-[:PARTNER_VAN]->(:Steungroep {id: $steungroep}) } AS ja',
    { partner, steungroep },
  );
  return row?.ja === true;
}

export interface MaakOpties {
  /** The id chosen by the caller, if any. */
  id?: string | null;
  /** Extra work in the same transaction (a resident's first membership). */
  erbij?: (tx: Tx, id: string, gemeente: string | null, w: Wijzigingen, fouten: VeldFout[]) => Promise<void>;
  /** The gemeente when it follows from something else than the input (a resident's group). */
  gemeente?: (tx: Tx, fouten: VeldFout[]) => Promise<string | null>;
  /** Steungroepen the new node will belong to (a resident's), for authorisation. */
  groepen?: string[];
}

export async function maak(
  ctx: Context,
  label: Label,
  invoer: Record<string, unknown>,
  opties: MaakOpties = {},
): Promise<Resultaat> {
  if (!magSoort(ctx.actor, label, 'maak')) throw verboden(label);
  const gelezen = leesInvoer(label, invoer, 'maak');
  const { props, rels } = gelezen;
  // A new resident's id is made here, outside the transaction, so that a retry writes the same node.
  const nieuwId = label === 'Inwoner' ? `Inwoner:${randomUUID()}` : null;
  let id: string | null = null;
  const uit = await inTransactie(
    ctx,
    'AANGEMAAKT',
    () => [id ?? ''],
    async (tx, audit) => {
      // Fresh per attempt: the driver may run this function again.
      const fouten = [...gelezen.fouten];
      const w = geenWijzigingen();
      const gemeente = opties.gemeente
        ? await opties.gemeente(tx, fouten)
        : gemeenteVan(label, props, invoer, fouten);
      const gevraagd = zeggenschap(
        null,
        { ...props, gemeente },
        rels as Record<string, string[]>,
        opties.groepen,
      );
      const nietVoorJou = verbodenVelden(ctx.actor, label, gevraagd, pad);
      fouten.push(...nietVoorJou);
      // Fields reported beside themselves do not make the whole change forbidden.
      const nieuw = nietVoorJou.length ? { ...gevraagd, status: undefined, eigenaar: null } : gevraagd;
      if (!magKnoop(ctx.actor, label, 'maak', null, nieuw)) throw verboden(label);
      if (
        ctx.actor.role === 'PARTNER' &&
        nieuw.steungroep &&
        !(await partnerVanGroep(tx, ctx.actor.partner!, nieuw.steungroep))
      ) {
        throw verboden(label, 'A partner links an activity only to a steungroep it is a partner of.');
      }
      // Required values and defaults.
      const definitief: Record<string, unknown> = {};
      for (const spec of KNOPEN[label].props) {
        const waarde = heeft(props, spec.naam) ? props[spec.naam] : standaardwaarde(spec);
        if (waarde === null && spec.verplicht && !fouten.some((f) => f.veld === pad(spec.naam)))
          fouten.push(verplicht(pad(spec.naam)));
        definitief[spec.naam] = waarde;
      }
      for (const r of invoerRelaties(label)) {
        if (r.verplicht && !rels[r.veld]?.length && !fouten.some((f) => f.veld === pad(r.veld)))
          fouten.push(verplicht(pad(r.veld)));
      }
      const code = codeProbleem(label, definitief.code, gemeente);
      if (code) fouten.push({ veld: pad('code'), code: 'ONGELDIG', bericht: code });
      fouten.push(...samenhang(label, definitief, pad));
      if (gemeente && label !== 'Gemeente' && KNOPEN[label].scoped) {
        if (!(await bestaande(tx, [`Gemeente:${gemeente}`])).size) {
          fouten.push({
            veld: pad('gemeente'),
            code: 'ONBEKENDE_VERWIJZING',
            bericht: `Gemeente ${gemeente} bestaat niet.`,
          });
        }
      }
      await controleerVerwijzingen(tx, label, rels, gemeente, fouten);
      // The id: chosen, or made from the key properties.
      id = opties.id ?? nieuwId ?? afgeleidId(label, definitief, gemeente, rels.wijk?.[0]);
      const idVeld = opties.id
        ? 'id'
        : pad(
            label === 'Wijk' || label === 'Buurt' || label === 'Gemeente' ? 'code' : KNOPEN[label].naamVeld,
          );
      if (opties.id) {
        const probleem = idProbleem(label, opties.id, gemeente);
        if (probleem) fouten.push({ veld: 'id', code: 'ONGELDIG', bericht: probleem });
      }
      if (
        id &&
        !fouten.some((f) => f.veld === 'id' || f.veld === idVeld) &&
        (await bestaande(tx, [id])).size &&
        !(await alGedaan(tx, audit.id))
      ) {
        fouten.push({
          veld: idVeld,
          code: 'BESTAAT_AL',
          bericht: `Er bestaat al een ${label} met id \`${id}\`.`,
        });
      }
      if (fouten.length || !id) return { id: null, errors: fouten, w };
      if (gemeente && label !== 'Thema' && label !== 'Doelgroep') definitief.gemeente = gemeente;
      w.knopen.push({ label, id, props: definitief });
      if (label === 'Kern')
        w.relatiesErbij.push({
          spec: relatiesVan('Kern').find((r) => r.afgeleid)!,
          van: id,
          naar: `Gemeente:${gemeente}`,
        });
      relatieWijzigingen(label, id, {}, rels, w);
      if (label === 'Steungroep' && ctx.actor.role === 'OPBOUWWERKER' && ctx.actor.id) {
        w.verantwoordelijk.push({ gebruiker: ctx.actor.id, steungroep: id });
      }
      await opties.erbij?.(tx, id, gemeente, w, fouten);
      return { id, errors: fouten, w };
    },
  );
  return { node: uit.node, errors: uit.errors };
}

export async function wijzig(
  ctx: Context,
  label: Label,
  id: string,
  invoer: Record<string, unknown>,
): Promise<Resultaat> {
  if (!magSoort(ctx.actor, label, 'wijzig')) throw verboden(label);
  if (labelVan(id) !== label) {
    return {
      node: null,
      errors: [
        { veld: 'id', code: 'VERKEERDE_SOORT', bericht: `Verwacht een ${label}-id (\`${label}:…\`).` },
      ],
    };
  }
  const gelezen = leesInvoer(label, invoer, 'wijzig');
  const { props, rels } = gelezen;
  const uit = await inTransactie(
    ctx,
    'GEWIJZIGD',
    () => [id],
    async (tx) => {
      const fouten = [...gelezen.fouten];
      const w = geenWijzigingen();
      const huidig = (await laadToestand(tx, [id])).get(id);
      const oud = idsVan(huidig);
      const nieuweRels = {
        ...oud,
        ...Object.fromEntries(Object.entries(rels).filter(([, v]) => v !== null)),
      } as Record<string, string[]>;
      const voor = huidig ? zeggenschap(id, huidig.props, oud) : null;
      const na = huidig ? zeggenschap(id, { ...huidig.props, ...props }, nieuweRels) : null;
      if (!huidig && label === 'Inwoner') throw verboden(label);
      if (huidig && !magKnoop(ctx.actor, label, 'wijzig', voor, na)) throw verboden(label);
      if (!huidig)
        return {
          id: null,
          errors: [
            { veld: 'id', code: 'NIET_GEVONDEN', bericht: `Er bestaat geen ${label} met id \`${id}\`.` },
          ],
          w,
        };
      if (
        ctx.actor.role === 'PARTNER' &&
        na!.steungroep &&
        na!.steungroep !== voor!.steungroep &&
        !(await partnerVanGroep(tx, ctx.actor.partner!, na!.steungroep))
      ) {
        throw verboden(label, 'A partner links an activity only to a steungroep it is a partner of.');
      }
      if ('gemeente' in invoer && invoer.gemeente !== null && invoer.gemeente !== huidig.props.gemeente) {
        fouten.push({
          veld: pad('gemeente'),
          code: 'ONVERANDERLIJK',
          bericht: 'De gemeente van een bestaand item verandert niet.',
        });
      }
      const gemeente = (huidig.props.gemeente as string | undefined) ?? null;
      const veranderd: Record<string, unknown> = {};
      for (const spec of KNOPEN[label].props as readonly PropSpec[]) {
        if (!heeft(props, spec.naam) || gelijk(props[spec.naam], huidig.props[spec.naam])) continue;
        if (spec.onveranderlijk) {
          fouten.push({
            veld: pad(spec.naam),
            code: 'ONVERANDERLIJK',
            bericht: 'Dit is de sleutel van het item en verandert niet.',
          });
        } else veranderd[spec.naam] = props[spec.naam];
      }
      fouten.push(...samenhang(label, { ...huidig.props, ...props }, pad));
      await controleerVerwijzingen(tx, label, rels, gemeente, fouten);
      if (fouten.length) return { id, errors: fouten, w };
      if (Object.keys(veranderd).length) w.knopen.push({ label, id, props: veranderd });
      relatieWijzigingen(label, id, oud, rels, w);
      return { id, errors: [], w };
    },
  );
  return { node: uit.node, errors: uit.errors };
}

export async function verwijder(
  ctx: Context,
  label: Label,
  id: string,
): Promise<{ id: string | null; errors: VeldFout[] }> {
  if (!magSoort(ctx.actor, label, 'verwijder')) throw verboden(label);
  if (labelVan(id) !== label) {
    return {
      id: null,
      errors: [
        { veld: 'id', code: 'VERKEERDE_SOORT', bericht: `Verwacht een ${label}-id (\`${label}:…\`).` },
      ],
    };
  }
  const uit = await inTransactie(
    ctx,
    'VERWIJDERD',
    () => [id],
    async (tx, audit) => {
      const w = geenWijzigingen();
      const huidig = (await laadToestand(tx, [id])).get(id);
      if (!huidig) {
        // Gone already: by this very change, if a retry finds its own audit entry.
        if (await alGedaan(tx, audit.id)) return { id, errors: [], w };
        return {
          id: null,
          errors: [
            { veld: 'id', code: 'NIET_GEVONDEN', bericht: `Er bestaat geen ${label} met id \`${id}\`.` },
          ],
          w,
        };
      }
      const voor = zeggenschap(id, huidig.props, idsVan(huidig));
      if (!magKnoop(ctx.actor, label, 'verwijder', voor, null)) throw verboden(label);
      const blokkades = await afhankelijken(tx, label, id);
      if (blokkades.length) {
        const wat = blokkades.map((b) => (b.aantal === null ? b.wat : `${b.aantal} × ${b.wat}`)).join(', ');
        return {
          id: null,
          errors: [
            {
              veld: 'id',
              code: 'IN_GEBRUIK',
              bericht: `Dit ${label}-item is nog in gebruik: ${wat}. Haal die eerst weg.`,
            },
          ],
          w,
        };
      }
      w.verwijderd.push({ label, id });
      return { id, errors: [], w };
    },
  );
  return { id: uit.id, errors: uit.errors };
}

/** Marks an activity as still running today: `mogelijkVerouderd` turns false for six months. */
export async function bevestig(ctx: Context, id: string): Promise<Resultaat> {
  if (!magSoort(ctx.actor, 'Activiteit', 'wijzig')) throw verboden('Activiteit');
  if (labelVan(id) !== 'Activiteit') {
    return {
      node: null,
      errors: [
        { veld: 'id', code: 'VERKEERDE_SOORT', bericht: 'Verwacht een Activiteit-id (`Activiteit:…`).' },
      ],
    };
  }
  const uit = await inTransactie(
    ctx,
    'BEVESTIGD',
    () => [id],
    async (tx) => {
      const w = geenWijzigingen();
      const huidig = (await laadToestand(tx, [id])).get(id);
      if (!huidig)
        return {
          id: null,
          errors: [
            { veld: 'id', code: 'NIET_GEVONDEN', bericht: `Er bestaat geen Activiteit met id \`${id}\`.` },
          ],
          w,
        };
      if (!magKnoop(ctx.actor, 'Activiteit', 'wijzig', zeggenschap(id, huidig.props, idsVan(huidig)), null))
        throw verboden('Activiteit');
      w.knopen.push({ label: 'Activiteit', id, props: { laatstBevestigd: vandaag() } });
      return { id, errors: [], w };
    },
  );
  return { node: uit.node, errors: uit.errors };
}
