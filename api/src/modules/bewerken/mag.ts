/**
 * What the viewer may change, asked of the API so that a client shows an edit link or a delete
 * button only where the mutation would be allowed: the same rules (rechten.ts) decide both.
 */
import DataLoader from 'dataloader';
import type { Context } from '../../core/context.js';
import { kindOfLabel, type Label, type NodeKind } from '../../core/kinds.js';
import { mayAdminister } from '../../core/actor.js';
import { zeggenschap } from './bewerking.js';
import { laadToestand, type Toestand } from './opslag.js';
import { magKnoop, magSoort, type Modus } from './rechten.js';

/** The kinds a form can create, change or remove (residents have their own mutations). */
export const BEWERKBAAR: readonly Label[] = [
  'Gemeente',
  'Kern',
  'Wijk',
  'Buurt',
  'Steungroep',
  'Thema',
  'Doelgroep',
  'Partner',
  'Activiteit',
  'Locatie',
  'Signaal',
  'Indicator',
  'MagDoel',
];

// One loader per request, kept beside the request's context rather than in it: only this module reads it.
const loaders = new WeakMap<Context, DataLoader<string, Toestand | null>>();

function toestanden(ctx: Context): DataLoader<string, Toestand | null> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly string[]) => {
      const gevonden = await ctx.db.read((tx) => laadToestand(tx, ids));
      return ids.map((id) => gevonden.get(id) ?? null);
    });
    loaders.set(ctx, loader);
  }
  return loader;
}

/** Whether the viewer may make this change to this stored node. */
export async function mag(ctx: Context, label: Label, id: string, modus: Modus): Promise<boolean> {
  // Most viewers may never change this kind: answered without reading anything.
  if (!magSoort(ctx.actor, label, modus)) return false;
  const toestand = await toestanden(ctx).load(id);
  if (!toestand) return false;
  const rels = Object.fromEntries(Object.entries(toestand.rels).map(([k, v]) => [k, v.map((b) => b.id)]));
  const props = label === 'Gemeente' ? { ...toestand.props, gemeente: toestand.props.code } : toestand.props;
  return magKnoop(ctx.actor, label, modus, zeggenschap(id, props, rels), null);
}

/** The kinds the viewer may create somewhere: a role bound to gemeenten needs at least one. */
export function magMaken(ctx: Context): NodeKind[] {
  const { actor } = ctx;
  const ergens = mayAdminister(actor) || actor.role === 'PARTNER' || actor.gemeenten.length > 0;
  return BEWERKBAAR.filter((label) => magSoort(actor, label, 'maak') && ergens).map((label) =>
    kindOfLabel(label)!,
  );
}

/** Ids of the gemeenten the viewer acts for: all of them for an administrator. */
export async function gemeentenVan(ctx: Context): Promise<string[]> {
  if (!mayAdminister(ctx.actor)) return ctx.actor.gemeenten.map((code) => `Gemeente:${code}`);
  const rows = await ctx.db.query<{ id: string }>('MATCH (g:Gemeente) RETURN g.id AS id ORDER BY g.naam');
  return rows.map((r) => r.id);
}
