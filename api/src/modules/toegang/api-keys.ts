import { randomUUID } from 'node:crypto';
import { mayAdminister } from '../../core/actor.js';
import type { Context } from '../../core/context.js';
import { badInput, domainError, notFound } from '../../core/errors.js';
import { kindOfId } from '../../core/kinds.js';
import { auditEntry, writeAudit } from '../audit/trail.js';
import { API_SLEUTEL, type ApiSleutelRow, type NieuweApiSleutelRow } from './rows.js';
import { keyPrefix, newApiKey, sha256 } from './tokens.js';

function onlyAdministrators(ctx: Context) {
  if (!mayAdminister(ctx.actor)) {
    throw domainError('FORBIDDEN', 'Only an administrator (BEHEERDER) manages API keys.');
  }
}

export async function apiSleutels(
  ctx: Context,
  partner: string | null | undefined,
): Promise<ApiSleutelRow[]> {
  onlyAdministrators(ctx);
  const rows = await ctx.db.query<{ sleutel: ApiSleutelRow }>(
    `MATCH (k:ApiSleutel)-[:VAN]->(p:Partner)
     WHERE $partner IS NULL OR p.id = $partner
     RETURN ${API_SLEUTEL} AS sleutel
     ORDER BY k.aangemaaktOp DESC, k.id`,
    { partner: partner ?? null },
  );
  return rows.map((r) => r.sleutel);
}

/** The key exists in this answer only; the database keeps its hash and first characters. */
export async function maakApiSleutel(
  ctx: Context,
  partner: string,
  naam: string,
): Promise<NieuweApiSleutelRow> {
  onlyAdministrators(ctx);
  const name = naam.trim();
  if (!name || name.length > 100)
    throw badInput('Name the key (1 to 100 characters), e.g. "Dunavie rapportage".', 'naam');
  if (kindOfId(partner) !== 'PARTNER')
    throw badInput(`\`${partner}\` is not a partner id (\`Partner:…\`).`, 'partner');
  const sleutel = newApiKey();
  const id = `ApiSleutel:${randomUUID()}`;
  const entry = auditEntry(ctx.actor, 'API_SLEUTEL_GEMAAKT', [id, partner]);
  const [row] = await ctx.db.write(async (tx) => {
    const made = await tx.run<{ sleutel: ApiSleutelRow }>(
      `MATCH (p:Partner {id: $partner})
       MERGE (k:ApiSleutel {id: $id})
       ON CREATE SET k.naam = $naam, k.hash = $hash, k.voorvoegsel = $voorvoegsel, k.aangemaaktOp = datetime()
       MERGE (k)-[:VAN]->(p)
       RETURN ${API_SLEUTEL} AS sleutel`,
      { partner, id, naam: name, hash: sha256(sleutel), voorvoegsel: keyPrefix(sleutel) },
    );
    if (made.length) await writeAudit(tx, [entry]);
    return made;
  });
  if (!row) throw notFound(`No partner \`${partner}\` exists.`);
  return { sleutel, apiSleutel: row.sleutel };
}

/** Revoking keeps the key's record (for the audit log) and refuses it from now on. */
export async function trekApiSleutelIn(ctx: Context, id: string): Promise<ApiSleutelRow> {
  onlyAdministrators(ctx);
  const entry = auditEntry(ctx.actor, 'API_SLEUTEL_INGETROKKEN', [id]);
  const [row] = await ctx.db.write(async (tx) => {
    const rows = await tx.run<{ sleutel: ApiSleutelRow; nieuw: boolean }>(
      `MATCH (k:ApiSleutel {id: $id})-[:VAN]->(p:Partner)
       WITH k, p, k.ingetrokkenOp IS NULL AS nieuw
       SET k.ingetrokkenOp = coalesce(k.ingetrokkenOp, datetime())
       RETURN ${API_SLEUTEL} AS sleutel, nieuw`,
      { id },
    );
    if (rows[0]?.nieuw) await writeAudit(tx, [entry]);
    return rows;
  });
  if (!row) throw notFound(`No API key \`${id}\` exists.`);
  return row.sleutel;
}
