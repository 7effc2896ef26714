/**
 * For the import and export tests: running `importeer` and `exporteer` as a chosen actor, and
 * files as the API takes them (base64).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Actor } from '../../core/actor.js';
import type { graphqlClient } from '../../testing/graphql.js';
import type { ImportUitkomst } from './importeer.js';
import { VOORBEELDEN } from './voorbeelden.js';

export type Client = ReturnType<typeof graphqlClient>;
export interface Bestand {
  naam: string;
  inhoud: string;
}

export const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');

/** CSV files from plain text, keyed by file name. */
export const csvBestanden = (bestanden: Record<string, string>): Bestand[] =>
  Object.entries(bestanden).map(([naam, tekst]) => ({ naam, inhoud: b64(tekst) }));

/** The example CSV files of docs/examples/<map>. */
export function voorbeeldCsv(map: string, namen: string[]): Bestand[] {
  return namen.map((naam) => ({ naam, inhoud: b64(readFileSync(join(VOORBEELDEN, map, naam))) }));
}

export const voorbeeldBestand = (naam: string): Bestand => ({
  naam,
  inhoud: b64(readFileSync(join(VOORBEELDEN, naam))),
});

const IMPORT = `mutation($i: ImportInvoer!) { importeer(invoer: $i) {
  dryRun uitgevoerd formaat totalen { aangemaakt gewijzigd ongewijzigd afgewezen }
  rijen { blad rij soort id van naar actie gewijzigd redenen { veld code bericht } }
  errors { veld code bericht } meldingen } }`;

export async function importeer(
  client: Client,
  actor: Actor,
  gemeente: string,
  bestanden: Bestand[],
  opties: { dryRun?: boolean; formaat?: 'WIJKWEB' | 'KUMU' } = {},
) {
  const res = await client.run<{ importeer: ImportUitkomst }>(
    IMPORT,
    { i: { gemeente, bestanden, dryRun: opties.dryRun ?? false, formaat: opties.formaat } },
    actor,
  );
  return { res, uit: res.data?.importeer ?? null };
}

const EXPORT = `query($g: String!, $f: ExportFormaat!) { exporteer(gemeente: $g, formaat: $f) { naam mimeType inhoud grootte inwoners } }`;

export async function exporteer(
  client: Client,
  actor: Actor,
  gemeente: string,
  formaat: 'CSV' | 'XLSX' | 'KUMU' | 'GRAPHML',
) {
  const res = await client.run<{
    exporteer: { naam: string; mimeType: string; inhoud: string; grootte: number; inwoners: number };
  }>(EXPORT, { g: gemeente, f: formaat }, actor);
  const e = res.data?.exporteer;
  return { res, bestand: e ? { ...e, bytes: new Uint8Array(Buffer.from(e.inhoud, 'base64')) } : null };
}

/** The rows of a report that were rejected, as `blad!rij veld CODE`. */
export const afgewezen = (uit: ImportUitkomst | null) =>
  (uit?.rijen ?? [])
    .filter((r) => r.actie === 'AFGEWEZEN')
    .flatMap((r) => r.redenen.map((f) => `${r.blad}!${r.rij} ${f.veld} ${f.code}`));
