/**
 * A gemeente's graph written as files: the Wijkweb workbook as a ZIP of CSV files or as XLSX,
 * Kumu's Elements/Connections workbook, and GraphML for Gephi. What the exports write, the import
 * reads back to the same graph.
 */
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { zipSync, strToU8 } from 'fflate';
import type { Label } from '../../core/kinds.js';
import { KNOOP_LABELS, KNOPEN, RELATIES } from '../bewerken/model.js';
import { kolommenVan, RELATIE_BLAD, RELATIE_KOLOMMEN } from './formaat.js';
import { KUMU_ELEMENTEN, KUMU_VERBINDINGEN } from './kumu.js';
import type { GemeenteGraaf } from './lees-gemeente.js';

type Waarde = string | number | boolean | null;
interface Tabel {
  naam: string;
  kolommen: string[];
  rijen: Waarde[][];
}

const alsWaarde = (v: unknown): Waarde =>
  v === null || v === undefined ? null : typeof v === 'number' || typeof v === 'boolean' ? v : String(v);

/**
 * A text cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or carriage
 * return first) gets a leading apostrophe (OWASP, "CSV injection"); the import takes it off again.
 */
export function veiligeCel(v: Waarde): Waarde {
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

function leden(graaf: GemeenteGraaf, label: Label, props: Record<string, unknown>): Waarde {
  return label === 'Steungroep' ? (graaf.leden.get(String(props.id)) ?? 0) : null;
}

/** The Wijkweb workbook: a sheet per kind (all of them, empty ones with their header) and Relaties. */
function wijkwebTabellen(graaf: GemeenteGraaf): Tabel[] {
  const tabellen: Tabel[] = KNOOP_LABELS.map((label) => {
    const kolommen = kolommenVan(label);
    const rijen = graaf.knopen
      .filter((k) => k.label === label)
      .map((k) =>
        kolommen.map((kolom) =>
          kolom === 'leden' ? leden(graaf, label, k.props) : alsWaarde(k.props[kolom]),
        ),
      );
    return { naam: label, kolommen, rijen };
  });
  tabellen.push({
    naam: RELATIE_BLAD,
    kolommen: RELATIE_KOLOMMEN,
    rijen: graaf.relaties.map((r) =>
      RELATIE_KOLOMMEN.map((k) =>
        k === 'van' ? r.van : k === 'naar' ? r.naar : k === 'type' ? r.spec.type : alsWaarde(r.props[k]),
      ),
    ),
  });
  return tabellen;
}

const KUMU_PROPS = [...new Set(KNOOP_LABELS.flatMap((l) => KNOPEN[l].props.map((p) => p.naam)))].filter(
  (p) => p !== 'omschrijving',
);

/** Kumu's layout: every node an element (ID, Label, Type, Description, properties), every relationship a connection. */
function kumuTabellen(graaf: GemeenteGraaf): Tabel[] {
  const kolommen = [
    'ID',
    'Label',
    'Type',
    'Description',
    ...KUMU_PROPS.filter((p) => !['naam', 'titel', 'pseudoniem'].includes(p)),
    'gemeente',
    'leden',
  ];
  const elementen = graaf.knopen.map((k) => {
    const naamVeld = KNOPEN[k.label].naamVeld;
    const eigen = new Set(KNOPEN[k.label].props.map((p) => p.naam));
    return kolommen.map((kolom): Waarde => {
      if (kolom === 'ID') return String(k.props.id);
      if (kolom === 'Label') return alsWaarde(k.props[naamVeld]);
      if (kolom === 'Type') return k.label;
      if (kolom === 'Description') return alsWaarde(k.props.omschrijving);
      if (kolom === 'leden') return leden(graaf, k.label, k.props);
      if (kolom === 'gemeente') return KNOPEN[k.label].scoped ? alsWaarde(k.props.gemeente) : null;
      return eigen.has(kolom) ? alsWaarde(k.props[kolom]) : null;
    });
  });
  const relProps = [...new Set(RELATIES.flatMap((r) => r.props.map((p) => p.naam)))];
  const verbindingen = graaf.relaties.map((r) => [
    r.van,
    r.naar,
    r.spec.type,
    'directed',
    ...relProps.map((p) => alsWaarde(r.props[p])),
  ]);
  return [
    { naam: KUMU_ELEMENTEN, kolommen, rijen: elementen },
    {
      naam: KUMU_VERBINDINGEN,
      kolommen: ['From', 'To', 'Type', 'Direction', ...relProps],
      rijen: verbindingen,
    },
  ];
}

async function alsXlsx(tabellen: Tabel[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Wijkweb';
  for (const t of tabellen) {
    const ws = wb.addWorksheet(t.naam);
    ws.addRow(t.kolommen).font = { bold: true };
    for (const rij of t.rijen) ws.addRow(rij);
    ws.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function alsCsvZip(tabellen: Tabel[]): Uint8Array {
  const bestanden: Record<string, Uint8Array> = {};
  for (const t of tabellen) {
    const tekst = stringify([t.kolommen, ...t.rijen.map((r) => r.map(veiligeCel))], {
      cast: { boolean: (b) => String(b) },
    });
    bestanden[`${t.naam}.csv`] = strToU8(`\uFEFF${tekst}`);
  }
  return zipSync(bestanden, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') });
}

// eslint-disable-next-line no-control-regex
const GEEN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
export const xml = (v: unknown) =>
  String(v)
    .replace(GEEN_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** GraphML (graphml.graphdrawing.org) as Gephi reads it: typed attributes, `label` for the name. */
function alsGraphml(graaf: GemeenteGraaf): Uint8Array {
  const ids = new Set(graaf.knopen.map((k) => String(k.props.id)));
  const relaties = graaf.relaties.filter((r) => ids.has(r.van) && ids.has(r.naar));
  const knopen = graaf.knopen;
  const soorten = new Map<string, string>();
  for (const l of KNOOP_LABELS) {
    for (const p of KNOPEN[l].props) {
      soorten.set(
        p.naam,
        p.soort === 'geheel'
          ? 'int'
          : p.soort === 'getal'
            ? 'double'
            : p.soort === 'janee'
              ? 'boolean'
              : 'string',
      );
    }
  }
  const regels = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="knoopsoort" for="node" attr.name="knoopsoort" attr.type="string"/>',
    '  <key id="gemeente" for="node" attr.name="gemeente" attr.type="string"/>',
    '  <key id="leden" for="node" attr.name="leden" attr.type="string"/>',
    ...[...soorten].map(
      ([naam, type]) => `  <key id="p_${naam}" for="node" attr.name="${naam}" attr.type="${type}"/>`,
    ),
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    '  <key id="kernteam" for="edge" attr.name="kernteam" attr.type="boolean"/>',
    '  <key id="rol" for="edge" attr.name="rol" attr.type="string"/>',
    '  <key id="sinds" for="edge" attr.name="sinds" attr.type="string"/>',
    `  <graph id="${xml(graaf.gemeente)}" edgedefault="directed">`,
  ];
  for (const k of knopen) {
    const data = [
      ['label', k.props[KNOPEN[k.label].naamVeld]],
      ['knoopsoort', k.label],
      ['gemeente', k.props.gemeente],
      ['leden', leden(graaf, k.label, k.props)],
      ...KNOPEN[k.label].props.map((p) => [`p_${p.naam}`, k.props[p.naam]]),
    ].filter(([, v]) => v !== null && v !== undefined);
    regels.push(
      `    <node id="${xml(k.props.id)}">${data.map(([key, v]) => `<data key="${key}">${xml(v)}</data>`).join('')}</node>`,
    );
  }
  relaties.forEach((r, i) => {
    const data = [['type', r.spec.type], ...Object.entries(r.props)].filter(
      ([, v]) => v !== null && v !== undefined,
    );
    regels.push(
      `    <edge id="e${i}" source="${xml(r.van)}" target="${xml(r.naar)}">${data.map(([key, v]) => `<data key="${key}">${xml(v)}</data>`).join('')}</edge>`,
    );
  });
  regels.push('  </graph>', '</graphml>', '');
  return strToU8(regels.join('\n'));
}

export type ExportFormaat = 'CSV' | 'XLSX' | 'KUMU' | 'GRAPHML';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function schrijfExport(
  graaf: GemeenteGraaf,
  formaat: ExportFormaat,
  datum: string,
): Promise<{ naam: string; mimeType: string; inhoud: Uint8Array }> {
  const basis = `wijkweb-${graaf.gemeente}-${datum}`;
  switch (formaat) {
    case 'CSV':
      return { naam: `${basis}.zip`, mimeType: 'application/zip', inhoud: alsCsvZip(wijkwebTabellen(graaf)) };
    case 'XLSX':
      return { naam: `${basis}.xlsx`, mimeType: XLSX_TYPE, inhoud: await alsXlsx(wijkwebTabellen(graaf)) };
    case 'KUMU':
      return { naam: `${basis}-kumu.xlsx`, mimeType: XLSX_TYPE, inhoud: await alsXlsx(kumuTabellen(graaf)) };
    case 'GRAPHML':
      return { naam: `${basis}.graphml`, mimeType: 'application/graphml+xml', inhoud: alsGraphml(graaf) };
  }
}
