/**
 * Exports of one gemeente in the import's formats and as GraphML. Residents are in it only for a
 * community builder, only those of their own groups, and that read is recorded in the audit log
 * before the answer leaves (as every resident read is); everyone else gets member counts.
 */
import type { Context } from '../../core/context.js';
import { badInput, domainError, notFound } from '../../core/errors.js';
import { GEMEENTE_CODE } from '../bewerken/model.js';
import { vandaag } from '../bewerken/waarden.js';
import { leesGemeente } from './lees-gemeente.js';
import { schrijfExport, type ExportFormaat } from './schrijvers.js';

export interface ExportBestand {
  naam: string;
  mimeType: string;
  inhoud: string;
  grootte: number;
  inwoners: number;
}

export async function exporteer(
  ctx: Context,
  gemeente: string,
  formaat: ExportFormaat,
): Promise<ExportBestand> {
  if (ctx.actor.role === 'ANONIEM')
    throw domainError('FORBIDDEN', 'Exports are for signed-in people and partner keys.');
  if (!GEMEENTE_CODE.test(gemeente))
    throw badInput('A gemeente code is GM and four digits, e.g. GM0537.', 'gemeente');
  const graaf = await ctx.db.read((tx) => leesGemeente(tx, ctx.actor, gemeente));
  if (!graaf) throw notFound(`There is no gemeente ${gemeente}.`);
  const bestand = await schrijfExport(graaf, formaat, vandaag());
  ctx.audit.read(graaf.inwoners);
  return {
    ...bestand,
    inhoud: Buffer.from(bestand.inhoud).toString('base64'),
    grootte: bestand.inhoud.byteLength,
    inwoners: graaf.inwoners.length,
  };
}
