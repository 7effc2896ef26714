/**
 * An import, dry or real: files decoded and read within limits, the workbook's format recognised,
 * and the plan made. A real run applies the plan in the same write transaction that made it, and
 * only when no row is rejected: all of it with one audit entry, or nothing.
 */
import { mayImport } from '../../core/actor.js';
import type { Context } from '../../core/context.js';
import { domainError } from '../../core/errors.js';
import { auditEntry, writeAudit } from '../audit/trail.js';
import { GEMEENTE_CODE } from '../bewerken/model.js';
import { alGedaan, isLeeg, schrijf } from '../bewerken/opslag.js';
import type { VeldFout } from '../bewerken/waarden.js';
import { leesWijkweb, type Ingelezen } from './formaat.js';
import { isKumu, leesKumu } from './kumu.js';
import { maakPlan, type ImportActie, type RapportRij } from './plan.js';
import { GRENZEN, leesBestanden, type Bestand } from './werkboek.js';

export interface ImportInvoer {
  gemeente: string;
  bestanden: { naam: string; inhoud: string }[];
  dryRun?: boolean | null;
  formaat?: 'WIJKWEB' | 'KUMU' | null;
}

export interface ImportUitkomst {
  dryRun: boolean;
  uitgevoerd: boolean;
  formaat: 'WIJKWEB' | 'KUMU' | null;
  totalen: Record<'aangemaakt' | 'gewijzigd' | 'ongewijzigd' | 'afgewezen', number>;
  rijen: RapportRij[];
  errors: VeldFout[];
  meldingen: string[];
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The base64 contents, decoded within the size limit; problems per file. */
function decodeer(bestanden: ImportInvoer['bestanden'], fouten: VeldFout[]): Bestand[] {
  const uit: Bestand[] = [];
  let totaal = 0;
  bestanden.forEach((b, i) => {
    const schoon = b.inhoud.replace(/\s+/g, '');
    if (!BASE64.test(schoon) || schoon.length % 4 === 1) {
      fouten.push({
        veld: `invoer.bestanden.${i}.inhoud`,
        code: 'ONLEESBAAR',
        bericht: 'De inhoud moet base64 zijn.',
      });
      return;
    }
    totaal += Math.floor((schoon.length * 3) / 4);
    if (totaal > GRENZEN.bytes) return;
    uit.push({ naam: b.naam, inhoud: new Uint8Array(Buffer.from(schoon, 'base64')) });
  });
  if (totaal > GRENZEN.bytes) {
    fouten.push({
      veld: 'invoer.bestanden',
      code: 'TE_GROOT',
      bericht: `Samen hoogstens ${GRENZEN.bytes / 1024 / 1024} MB (nu ${(totaal / 1024 / 1024).toFixed(1)} MB).`,
    });
  }
  if (!bestanden.length)
    fouten.push({ veld: 'invoer.bestanden', code: 'VERPLICHT', bericht: 'Lever minstens één bestand aan.' });
  return uit;
}

function totalen(rijen: readonly RapportRij[]): ImportUitkomst['totalen'] {
  const tel = (a: ImportActie) => rijen.filter((r) => r.actie === a).length;
  return {
    aangemaakt: tel('AANGEMAAKT'),
    gewijzigd: tel('GEWIJZIGD'),
    ongewijzigd: tel('ONGEWIJZIGD'),
    afgewezen: tel('AFGEWEZEN'),
  };
}

export async function importeer(ctx: Context, invoer: ImportInvoer): Promise<ImportUitkomst> {
  if (!mayImport(ctx.actor)) {
    throw domainError(
      'FORBIDDEN',
      'Importing is for an administrator (BEHEERDER) or a community builder (OPBOUWWERKER).',
    );
  }
  const dryRun = invoer.dryRun ?? true;
  const leeg = (
    errors: VeldFout[],
    formaat: ImportUitkomst['formaat'] = null,
    meldingen: string[] = [],
  ): ImportUitkomst => ({
    dryRun,
    uitgevoerd: false,
    formaat,
    totalen: totalen([]),
    rijen: [],
    errors,
    meldingen,
  });
  const gemeente = invoer.gemeente.trim();
  if (!GEMEENTE_CODE.test(gemeente)) {
    return leeg([
      {
        veld: 'invoer.gemeente',
        code: 'ONGELDIG',
        bericht: 'Een gemeentecode is GM met vier cijfers, bijvoorbeeld GM0537.',
      },
    ]);
  }
  const fouten: VeldFout[] = [];
  const bestanden = decodeer(invoer.bestanden, fouten);
  if (fouten.length) return leeg(fouten);
  const gelezen = await leesBestanden(bestanden);
  const kumu = invoer.formaat ? invoer.formaat === 'KUMU' : isKumu(gelezen.bladen);
  const ingelezen: Ingelezen = kumu ? leesKumu(gelezen.bladen) : leesWijkweb(gelezen.bladen);
  const errors = [...gelezen.fouten, ...ingelezen.fouten];
  if (errors.length) return leeg(errors, ingelezen.formaat, ingelezen.meldingen);

  const entry = auditEntry(ctx.actor, 'GEIMPORTEERD', []);
  const plan = dryRun
    ? await ctx.db.read((tx) => maakPlan(tx, ctx.actor, gemeente, ingelezen))
    : await ctx.db.write(async (tx) => {
        const p = await maakPlan(tx, ctx.actor, gemeente, ingelezen);
        const afgewezen = p.rijen.some((r) => r.actie === 'AFGEWEZEN');
        if (!afgewezen && !isLeeg(p.w) && !(await alGedaan(tx, entry.id))) {
          await schrijf(tx, p.w);
          await writeAudit(tx, [{ ...entry, doelen: p.doelen }]);
        }
        return p;
      });
  const afgewezen = plan.rijen.some((r) => r.actie === 'AFGEWEZEN');
  return {
    dryRun,
    uitgevoerd: !dryRun && !afgewezen,
    formaat: ingelezen.formaat,
    totalen: totalen(plan.rijen),
    rijen: plan.rijen,
    errors: [],
    meldingen: ingelezen.meldingen,
  };
}
