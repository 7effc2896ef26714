/**
 * Writes the example workbooks of docs/examples from their CSV sources, so the XLSX files say
 * exactly what the CSV files say: `npx tsx api/src/modules/uitwisseling/voorbeelden.ts`.
 * voorbeelden.test.ts checks that they still agree and that both import cleanly.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { REPO_ROOT } from '../../config.js';
import { leesBestanden, type Blad } from './werkboek.js';

export const VOORBEELDEN = join(REPO_ROOT, 'docs', 'examples');

/** The CSV files of one example folder as sheets. */
export async function csvBladen(map: string): Promise<Blad[]> {
  const dir = join(VOORBEELDEN, map);
  const bestanden = readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .sort()
    .map((naam) => ({ naam, inhoud: new Uint8Array(readFileSync(join(dir, naam))) }));
  const { bladen, fouten } = await leesBestanden(bestanden);
  if (fouten.length) throw new Error(`docs/examples/${map}: ${JSON.stringify(fouten)}`);
  return bladen;
}

/** Numbers and booleans as Excel's own, so the workbook looks as someone would type it. */
const alsCel = (c: unknown) =>
  typeof c !== 'string'
    ? c
    : /^-?\d+(\.\d+)?$/.test(c)
      ? Number(c)
      : c === 'true'
        ? true
        : c === 'false'
          ? false
          : c;

async function schrijfXlsx(bladen: Blad[], naar: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Wijkweb';
  wb.created = wb.modified = new Date('2026-01-01T00:00:00Z');
  for (const blad of bladen) {
    const ws = wb.addWorksheet(blad.naam);
    ws.addRow(blad.kolommen).font = { bold: true };
    for (const rij of blad.rijen) ws.addRow(rij.cellen.map(alsCel));
    ws.columns.forEach((c) => (c.width = 24));
  }
  writeFileSync(join(VOORBEELDEN, naar), new Uint8Array(await wb.xlsx.writeBuffer()));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await schrijfXlsx(await csvBladen('csv'), 'wijkweb-voorbeeld.xlsx');
  await schrijfXlsx(await csvBladen('kumu'), 'kumu-voorbeeld.xlsx');
  console.log('docs/examples/wijkweb-voorbeeld.xlsx and kumu-voorbeeld.xlsx written');
}
