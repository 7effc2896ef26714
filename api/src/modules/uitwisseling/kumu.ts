/**
 * Kumu's spreadsheet layout (docs.kumu.io, "Structure your data"): an `Elements` sheet with
 * `Label`, `Type`, `Description` and any other columns, and a `Connections` sheet with `From`,
 * `To`, `Type` and `Direction`. An element's Type names the node kind; its other columns are
 * matched to the kind's properties by name. Connections name elements by ID or Label (several
 * in one `To` cell, split by `|`) and get their relationship type from the two kinds.
 */
import type { Label } from '../../core/kinds.js';
import { KNOOP_LABELS, KNOPEN, RELATIES } from '../bewerken/model.js';
import type { Eind, Ingelezen, KnoopRij } from './formaat.js';
import type { Blad, Cel } from './werkboek.js';

export const KUMU_ELEMENTEN = 'Elements';
export const KUMU_VERBINDINGEN = 'Connections';

/** Kumu columns that describe the picture, not the network: read past, never stored. */
const KUMU_OPMAAK = new Set([
  'tags',
  'image',
  'color',
  'size',
  'shape',
  'layout',
  'x',
  'y',
  'fixed',
  'hidden',
  'label',
  'type',
  'id',
  'direction',
  'from',
  'to',
  'strength',
  'leden',
]);

/** What else a Type cell may say: the plural and a few everyday words for a kind. */
const SOORT_NAMEN: Record<string, Label> = {
  ...Object.fromEntries(KNOOP_LABELS.map((l) => [l.toLowerCase(), l])),
  gemeenten: 'Gemeente',
  kernen: 'Kern',
  wijken: 'Wijk',
  buurten: 'Buurt',
  steungroepen: 'Steungroep',
  themas: 'Thema',
  "thema's": 'Thema',
  doelgroepen: 'Doelgroep',
  inwoners: 'Inwoner',
  bewoner: 'Inwoner',
  bewoners: 'Inwoner',
  partners: 'Partner',
  organisatie: 'Partner',
  organisaties: 'Partner',
  activiteiten: 'Activiteit',
  locaties: 'Locatie',
  signalen: 'Signaal',
  indicatoren: 'Indicator',
  'mag-doel': 'MagDoel',
  'mag doel': 'MagDoel',
  magdoelen: 'MagDoel',
};

export function isKumu(bladen: readonly Blad[]): boolean {
  return bladen.some((b) => b.naam.toLowerCase() === KUMU_ELEMENTEN.toLowerCase());
}

const tekst = (c: Cel | undefined): string | null =>
  c === null || c === undefined
    ? null
    : (c instanceof Date ? c.toISOString().slice(0, 10) : String(c)).trim() || null;

/** The elements and connections of a Kumu workbook as rows. */
export function leesKumu(bladen: readonly Blad[]): Ingelezen {
  const uit: Ingelezen = { formaat: 'KUMU', knopen: [], relaties: [], fouten: [], meldingen: [] };
  const elementen = bladen.find((b) => b.naam.toLowerCase() === KUMU_ELEMENTEN.toLowerCase())!;
  const verbindingen = bladen.find((b) => b.naam.toLowerCase() === KUMU_VERBINDINGEN.toLowerCase());
  for (const b of bladen) {
    if (b !== elementen && b !== verbindingen)
      uit.meldingen.push(`Blad ‘${b.naam}’ hoort niet bij Kumu’s indeling en is overgeslagen.`);
  }
  const kolom = (blad: Blad, naam: string) =>
    blad.kolommen.findIndex((k) => k.toLowerCase() === naam.toLowerCase());
  const [iLabel, iType, iId, iOmschrijving] = ['Label', 'Type', 'ID', 'Description'].map((k) =>
    kolom(elementen, k),
  ) as [number, number, number, number];
  if (iLabel < 0)
    uit.fouten.push({
      veld: `${elementen.naam}.Label`,
      code: 'VERPLICHT',
      bericht: 'Het blad Elements heeft een kolom Label nodig (Kumu: in cel A1).',
    });
  if (iType < 0)
    uit.fouten.push({
      veld: `${elementen.naam}.Type`,
      code: 'VERPLICHT',
      bericht:
        'Het blad Elements heeft een kolom Type nodig: die zegt wat een element is (Partner, Steungroep, …).',
    });
  if (uit.fouten.length) return uit;

  const genegeerd = new Set<string>();
  const perId = new Map<string, KnoopRij>();
  const perLabel = new Map<string, KnoopRij[]>();
  for (const rij of elementen.rijen) {
    const soort = tekst(rij.cellen[iType]);
    const label = soort ? SOORT_NAMEN[soort.toLowerCase()] : undefined;
    const naam = tekst(rij.cellen[iLabel]);
    if (!label || !naam) {
      uit.fouten.push({
        veld: `${elementen.naam}!${rij.nr}`,
        code: label ? 'VERPLICHT' : 'ONBEKENDE_WAARDE',
        bericht: label
          ? 'Dit element heeft geen Label.'
          : `Type ‘${soort ?? ''}’ is geen soort van Wijkweb. Gebruik een van: ${KNOOP_LABELS.join(', ')}.`,
      });
      continue;
    }
    const spec = KNOPEN[label];
    const waarden: Record<string, Cel> = { [spec.naamVeld]: naam };
    const verboden: string[] = [];
    const props = [...spec.props.map((p) => p.naam), ...(spec.scoped ? ['gemeente'] : [])];
    elementen.kolommen.forEach((k, i) => {
      const c = rij.cellen[i] ?? null;
      const prop = props.find((p) => p.toLowerCase() === k.toLowerCase());
      const leeg = c === null || c === '';
      if (i === iOmschrijving && props.includes('omschrijving')) waarden.omschrijving = c;
      else if (prop && prop !== spec.naamVeld) waarden[prop] = c;
      else if ([iLabel, iType, iId].includes(i)) return;
      else if (label === 'Inwoner' && !leeg) verboden.push(k);
      else if (!leeg) genegeerd.add(k);
    });
    const id = iId >= 0 ? tekst(rij.cellen[iId]) : null;
    // Kumu's own ids (`elm-…`) are not ours: the element then gets an id made from its properties.
    const eigenId = id && id.startsWith(`${label}:`) ? id : null;
    const knoop: KnoopRij = { blad: elementen.naam, rij: rij.nr, label, id: eigenId, waarden, verboden };
    uit.knopen.push(knoop);
    if (id) perId.set(id, knoop);
    perLabel.set(naam, [...(perLabel.get(naam) ?? []), knoop]);
  }
  for (const k of genegeerd)
    if (!KUMU_OPMAAK.has(k.toLowerCase()))
      uit.meldingen.push(`Kolom ‘${k}’ van Elements is geen eigenschap in Wijkweb en is overgeslagen.`);

  if (!verbindingen) return uit;
  const [iVan, iNaar, iSoort] = ['From', 'To', 'Type'].map((k) => kolom(verbindingen, k)) as [
    number,
    number,
    number,
  ];
  if (iVan < 0 || iNaar < 0) {
    uit.fouten.push({
      veld: `${verbindingen.naam}.From`,
      code: 'VERPLICHT',
      bericht: 'Het blad Connections heeft de kolommen From en To nodig (Kumu: in A1 en B1).',
    });
    return uit;
  }
  const relProps = [...new Set(RELATIES.flatMap((r) => r.props.map((p) => p.naam)))];
  const zoek = (
    waarde: string,
  ): { eind: Eind | null; probleem?: string; code?: 'DUBBELZINNIG' | 'ONBEKENDE_VERWIJZING' } => {
    const opId = perId.get(waarde);
    if (opId) return { eind: { knoop: opId } };
    const opLabel = perLabel.get(waarde) ?? [];
    if (opLabel.length === 1) return { eind: { knoop: opLabel[0]! } };
    if (opLabel.length > 1)
      return {
        eind: null,
        code: 'DUBBELZINNIG',
        probleem: `‘${waarde}’ is het Label van ${opLabel.length} elementen; geef ze een ID.`,
      };
    if (KNOOP_LABELS.some((l) => waarde.startsWith(`${l}:`))) return { eind: { id: waarde } };
    return {
      eind: null,
      code: 'ONBEKENDE_VERWIJZING',
      probleem: `Geen element met ID of Label ‘${waarde}’.`,
    };
  };
  for (const rij of verbindingen.rijen) {
    const type = iSoort >= 0 ? tekst(rij.cellen[iSoort]) : null;
    const waarden: Record<string, Cel> = {};
    verbindingen.kolommen.forEach((k, i) => {
      const prop = relProps.find((p) => p.toLowerCase() === k.toLowerCase());
      if (prop) waarden[prop] = rij.cellen[i] ?? null;
    });
    const vanTekst = tekst(rij.cellen[iVan]);
    const naarTeksten = (tekst(rij.cellen[iNaar]) ?? '')
      .split('|')
      .map((t) => t.trim())
      .filter(Boolean);
    for (const naarTekst of naarTeksten.length ? naarTeksten : ['']) {
      const van = vanTekst ? zoek(vanTekst) : { eind: null };
      const naar = naarTekst ? zoek(naarTekst) : { eind: null };
      const mis =
        !van.eind && van.probleem
          ? (['From', van] as const)
          : !naar.eind && naar.probleem
            ? (['To', naar] as const)
            : null;
      uit.relaties.push({
        blad: verbindingen.naam,
        rij: rij.nr,
        van: van.eind,
        naar: naar.eind,
        // Kumu's Type is free text ("partner of"); only our own relationship names count.
        type: type && RELATIES.some((r) => r.type === type.toUpperCase()) ? type.toUpperCase() : null,
        waarden,
        probleem: mis ? { veld: mis[0], code: mis[1].code!, bericht: mis[1].probleem! } : undefined,
      });
    }
  }
  return uit;
}
