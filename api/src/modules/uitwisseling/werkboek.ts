/**
 * Files in, sheets out: CSV files (alone or in a ZIP) and XLSX workbooks become plain sheets of
 * cells, whatever format they follow. Everything here is bounded (bytes, unpacked bytes, sheets,
 * rows, columns, cell length) so that a hostile file costs little, and nothing is evaluated: an
 * XLSX formula counts only as the value Excel last stored for it.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { VeldFout } from '../bewerken/waarden.js';

export type Cel = string | number | boolean | Date | null;

export interface Blad {
  naam: string;
  /** The header row, trimmed. */
  kolommen: string[];
  /** Data rows with their number as a spreadsheet shows it (the header is row 1). */
  rijen: { nr: number; cellen: Cel[] }[];
}

export interface Bestand {
  naam: string;
  inhoud: Uint8Array;
}

export const GRENZEN = {
  /** All files of one import together, decoded. */
  bytes: 5 * 1024 * 1024,
  /** What the ZIP containers (XLSX is one) may unpack to. */
  uitgepakt: 60 * 1024 * 1024,
  bladen: 40,
  rijen: 20_000,
  kolommen: 60,
  celTekens: 10_000,
} as const;

const fout = (veld: string, code: VeldFout['code'], bericht: string): VeldFout => ({ veld, code, bericht });

/** A sheet whose name says to skip it, as Kumu does. */
const overslaan = (naam: string) => /\((ignore|negeren|negeer)\)\s*$/i.test(naam);

/** `'=SUM(…)` was written by our own export to keep a spreadsheet from running it: undo that. */
function ontsnapt(tekst: string): string {
  return /^'[=+\-@\t\r]/.test(tekst) ? tekst.slice(1) : tekst;
}

function tekstUit(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Excel on Windows saves CSV in its ANSI code page.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The field separator of a CSV file, from its header line: `,`, `;` (Dutch Excel) or a tab. */
function scheidingsteken(tekst: string): string {
  const kop = tekst.split(/\r?\n/, 1)[0] ?? '';
  const buiten = kop.replace(/"[^"]*"/g, '');
  const telling = [',', ';', '\t'].map((t) => [t, buiten.split(t).length - 1] as const);
  return telling.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

function leesCsv(naam: string, bytes: Uint8Array, fouten: VeldFout[]): Blad | null {
  const tekst = tekstUit(bytes).replace(/^\uFEFF/, '');
  let records: string[][];
  try {
    records = parse(tekst, {
      delimiter: scheidingsteken(tekst),
      relax_column_count: true,
      skip_empty_lines: true,
      max_record_size: GRENZEN.celTekens * GRENZEN.kolommen,
    }) as string[][];
  } catch (error) {
    fouten.push(
      fout(naam, 'ONLEESBAAR', `Dit CSV-bestand is niet te lezen: ${(error as Error).message.slice(0, 200)}`),
    );
    return null;
  }
  const [kop, ...rest] = records;
  return {
    naam: naam.replace(/\.csv$/i, '').replace(/^.*[\\/]/, ''),
    kolommen: (kop ?? []).map((k) => k.trim()),
    rijen: rest.map((cellen, i) => ({
      nr: i + 2,
      cellen: cellen.map((c) => (c === '' ? null : ontsnapt(c))),
    })),
  };
}

/**
 * Unpacks a ZIP only when what it holds fits the limit: the sizes in its directory are read first
 * and nothing is inflated when they add up to too much (a "zip bomb"). `alleenMeten` checks
 * without unpacking (for XLSX, which the spreadsheet library unpacks itself).
 */
function pakUit(
  naam: string,
  bytes: Uint8Array,
  fouten: VeldFout[],
  alleenMeten = false,
): Record<string, Uint8Array> | null {
  let totaal = 0;
  let teVeel = false;
  try {
    unzipSync(bytes, {
      filter: (f) => {
        totaal += f.originalSize;
        teVeel ||= totaal > GRENZEN.uitgepakt;
        return false;
      },
    });
    if (teVeel) throw new Error('te groot');
    if (alleenMeten) return {};
    return unzipSync(bytes, { filter: (f) => !f.name.endsWith('/') && !f.name.startsWith('__MACOSX') });
  } catch {
    fouten.push(
      teVeel
        ? fout(naam, 'TE_GROOT', `Uitgepakt is dit bestand groter dan ${GRENZEN.uitgepakt / 1024 / 1024} MB.`)
        : fout(naam, 'ONLEESBAAR', 'Dit is geen geldig ZIP- of XLSX-bestand.'),
    );
    return null;
  }
}

function celWaarde(waarde: ExcelJS.CellValue): Cel {
  if (waarde === null || waarde === undefined) return null;
  if (typeof waarde === 'string') return ontsnapt(waarde);
  if (typeof waarde === 'number' || typeof waarde === 'boolean' || waarde instanceof Date) return waarde;
  if (typeof waarde === 'object') {
    if ('richText' in waarde) return ontsnapt(waarde.richText.map((r) => r.text).join(''));
    if ('result' in waarde) return celWaarde((waarde as { result?: ExcelJS.CellValue }).result ?? null);
    if ('formula' in waarde || 'sharedFormula' in waarde) return null;
    if ('text' in waarde) return celWaarde((waarde as { text: ExcelJS.CellValue }).text);
    if ('error' in waarde) return String((waarde as { error: unknown }).error);
  }
  return null;
}

async function leesXlsx(naam: string, bytes: Uint8Array, fouten: VeldFout[]): Promise<Blad[]> {
  if (!pakUit(naam, bytes, fouten, true)) return [];
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    fouten.push(fout(naam, 'ONLEESBAAR', 'Dit XLSX-bestand is niet te lezen.'));
    return [];
  }
  const bladen: Blad[] = [];
  for (const ws of wb.worksheets) {
    if (overslaan(ws.name)) continue;
    let kolommen: string[] = [];
    const rijen: Blad['rijen'] = [];
    ws.eachRow({ includeEmpty: false }, (row, nr) => {
      const values = row.values as ExcelJS.CellValue[];
      const waarden = Array.from({ length: Math.max(values.length - 1, 0) }, (_, i) =>
        celWaarde(values[i + 1] ?? null),
      );
      if (nr === 1) kolommen = waarden.map((w) => (w === null ? '' : String(w).trim()));
      else if (waarden.some((w) => w !== null && w !== '')) rijen.push({ nr, cellen: waarden });
    });
    bladen.push({ naam: ws.name.trim(), kolommen, rijen });
  }
  return bladen;
}

/**
 * Every sheet of every file, with the problems that keep a file or sheet from being read. The
 * caller checks the total size before decoding.
 */
export async function leesBestanden(
  bestanden: readonly Bestand[],
): Promise<{ bladen: Blad[]; fouten: VeldFout[] }> {
  const fouten: VeldFout[] = [];
  const bladen: Blad[] = [];
  for (const b of bestanden) {
    const naam = b.naam.trim() || 'bestand';
    if (/\.csv$/i.test(naam)) {
      const blad = leesCsv(naam, b.inhoud, fouten);
      if (blad && !overslaan(blad.naam)) bladen.push(blad);
    } else if (/\.xlsx$/i.test(naam)) {
      bladen.push(...(await leesXlsx(naam, b.inhoud, fouten)));
    } else if (/\.zip$/i.test(naam)) {
      const uit = pakUit(naam, b.inhoud, fouten);
      for (const [pad, inhoud] of Object.entries(uit ?? {})) {
        if (!/\.csv$/i.test(pad)) continue;
        const blad = leesCsv(pad, inhoud, fouten);
        if (blad && !overslaan(blad.naam)) bladen.push(blad);
      }
    } else {
      fouten.push(
        fout(naam, 'ONLEESBAAR', 'Lever CSV-bestanden (los of in een ZIP) of één XLSX-bestand aan.'),
      );
    }
  }
  if (bladen.length > GRENZEN.bladen)
    fouten.push(fout('bestanden', 'TE_GROOT', `Hoogstens ${GRENZEN.bladen} bladen.`));
  const rijen = bladen.reduce((n, b) => n + b.rijen.length, 0);
  if (rijen > GRENZEN.rijen)
    fouten.push(fout('bestanden', 'TE_GROOT', `Hoogstens ${GRENZEN.rijen} rijen per import (nu ${rijen}).`));
  for (const blad of bladen) {
    // Every row as wide as the header (XLSX leaves empty cells out, CSV rows may be short).
    for (const rij of blad.rijen) {
      const extra = rij.cellen.slice(blad.kolommen.length).some((c) => c !== null && c !== '');
      if (extra)
        fouten.push(
          fout(
            `${blad.naam}!${rij.nr}`,
            'ONBEKENDE_KOLOM',
            'Deze rij heeft een gevulde cel zonder kolomkop.',
          ),
        );
      rij.cellen = Array.from({ length: blad.kolommen.length }, (_, i) => rij.cellen[i] ?? null);
    }
    if (blad.kolommen.length > GRENZEN.kolommen) {
      fouten.push(fout(blad.naam, 'TE_GROOT', `Hoogstens ${GRENZEN.kolommen} kolommen per blad.`));
    }
    for (const rij of blad.rijen) {
      const lang = rij.cellen.findIndex((c) => typeof c === 'string' && c.length > GRENZEN.celTekens);
      if (lang >= 0) {
        fouten.push(
          fout(`${blad.naam}!${rij.nr}`, 'TE_GROOT', `Een cel heeft meer dan ${GRENZEN.celTekens} tekens.`),
        );
        break;
      }
    }
  }
  return { bladen, fouten };
}
