import { mayEraseResident } from '../../core/actor.js';
import type { Context } from '../../core/context.js';
import { badInput, domainError, notFound } from '../../core/errors.js';
import { kindOfId } from '../../core/kinds.js';
import { auditEntry, writeAudit } from '../audit/trail.js';

/**
 * Erasure (AVG art. 17): the resident node goes with every relationship it has (DETACH DELETE),
 * and one audit entry records that it happened, naming only the id. Checked, deleted and recorded
 * in one transaction, so it happens whole or not at all. Anyone not allowed learns nothing, not
 * even whether the resident exists.
 */
export async function verwijderInwoner(
  ctx: Context,
  id: string,
): Promise<{ id: string; lidmaatschappen: number }> {
  if (kindOfId(id) !== 'INWONER') throw badInput(`\`${id}\` is not a resident id (\`Inwoner:…\`).`, 'id');
  const entry = auditEntry(ctx.actor, 'INWONER_VERWIJDERD', [id]);
  return ctx.db.write(async (tx) => {
    const [found] = await tx.run<{ steungroepen: string[]; lidmaatschappen: number }>(
      `MATCH (i:Inwoner {id: $id})
       RETURN [(i)-[:LID_VAN]->(s:Steungroep) | s.id] AS steungroepen, COUNT { (i)-[:LID_VAN]->() } AS lidmaatschappen`,
      { id },
    );
    if (!mayEraseResident(ctx.actor, found?.steungroepen ?? [])) {
      throw domainError(
        'FORBIDDEN',
        'Only an administrator or the community builder responsible for the resident’s group may erase a resident.',
      );
    }
    if (!found) throw notFound(`No resident \`${id}\` exists (already erased?).`);
    await tx.run('MATCH (i:Inwoner {id: $id}) DETACH DELETE i', { id });
    await writeAudit(tx, [entry]);
    return { id, lidmaatschappen: found.lidmaatschappen };
  });
}
