/**
 * Reading the state that a change is checked against, and writing a checked change, for one
 * mutation and for a whole import alike. Everything runs inside the caller's transaction; labels
 * and relationship types come from the model table, values only as parameters. Writes MERGE on ids
 * and endpoints and SET full values, so a transaction the driver retries writes the same again.
 */
import neo4j from 'neo4j-driver';
import type { Tx } from '../../db/db.js';
import { DEGREE, kindOfId, KINDS, type Label } from '../../core/kinds.js';
import type { NodeRow } from '../../core/rows.js';
import { KNOPEN, RELATIES, relatiesVan, type PropSpec, type RelatieSpec } from './model.js';

/** A related node as the owner sees it: its id, and the relationship's properties if it has any. */
export interface Buur {
  id: string;
  props: Record<string, unknown>;
}

/** A stored node: its properties (plain: ISO dates, numbers) and its own relationship fields. */
export interface Toestand {
  id: string;
  label: Label;
  props: Record<string, unknown>;
  rels: Record<string, Buur[]>;
}

export const labelVan = (id: string): Label | undefined => {
  const kind = kindOfId(id);
  return kind ? KINDS[kind].label : undefined;
};

function groepeer(ids: Iterable<string>): Map<Label, string[]> {
  const perLabel = new Map<Label, string[]>();
  for (const id of new Set(ids)) {
    const label = labelVan(id);
    if (label) perLabel.set(label, [...(perLabel.get(label) ?? []), id]);
  }
  return perLabel;
}

function relPatroon(r: RelatieSpec, n: string): string {
  return r.eigenaar === r.van ? `(${n})-[r:${r.type}]->(m:${r.naar})` : `(${n})<-[r:${r.type}]-(m:${r.van})`;
}

/** The stored nodes among `ids` with their own relationship fields, by id. */
export async function laadToestand(tx: Tx, ids: Iterable<string>): Promise<Map<string, Toestand>> {
  const uit = new Map<string, Toestand>();
  for (const [label, lijst] of groepeer(ids)) {
    const velden = relatiesVan(label)
      .map((r) => `${r.veld}: [${relPatroon(r, 'n')} | {id: m.id, props: properties(r)}]`)
      .join(', ');
    const rows = await tx.run<{ props: Record<string, unknown>; rels: Record<string, Buur[]> }>(
      `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN properties(n) AS props, {${velden}} AS rels`,
      { ids: lijst },
    );
    for (const row of rows) {
      const id = String(row.props.id);
      uit.set(id, { id, label, props: row.props, rels: row.rels });
    }
  }
  return uit;
}

/** Which of `ids` exist, with the gemeente they belong to (null for the shared vocabulary). */
export async function bestaande(
  tx: Tx,
  ids: Iterable<string>,
): Promise<Map<string, { gemeente: string | null }>> {
  const uit = new Map<string, { gemeente: string | null }>();
  for (const [label, lijst] of groepeer(ids)) {
    const rows = await tx.run<{ id: string; gemeente: string | null }>(
      `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN n.id AS id, n.gemeente AS gemeente`,
      { ids: lijst },
    );
    for (const r of rows)
      uit.set(r.id, { gemeente: KNOPEN[label].scoped || label === 'Gemeente' ? r.gemeente : null });
  }
  return uit;
}

/** A node as resolvers expect it (properties plus degree), read in the writing transaction. */
export async function leesKnoop(tx: Tx, id: string): Promise<NodeRow | null> {
  const label = labelVan(id);
  if (!label) return null;
  const [row] = await tx.run<{ node: NodeRow }>(
    `MATCH (n:${label} {id: $id}) RETURN n { .*, verbindingen: ${DEGREE('n')} } AS node`,
    { id },
  );
  return row?.node ?? null;
}

export interface KnoopSchrijf {
  label: Label;
  id: string;
  /** Plain values to SET; null removes the property. */
  props: Record<string, unknown>;
}

export interface RelSchrijf {
  spec: RelatieSpec;
  van: string;
  naar: string;
  props?: Record<string, unknown>;
}

/** A checked change: what one mutation or one import writes. */
export interface Wijzigingen {
  knopen: KnoopSchrijf[];
  relatiesWeg: RelSchrijf[];
  relatiesErbij: RelSchrijf[];
  verwijderd: { label: Label; id: string }[];
  /** A builder who starts a steungroep becomes responsible for it. */
  verantwoordelijk: { gebruiker: string; steungroep: string }[];
}

export const geenWijzigingen = (): Wijzigingen => ({
  knopen: [],
  relatiesWeg: [],
  relatiesErbij: [],
  verwijderd: [],
  verantwoordelijk: [],
});

export const isLeeg = (w: Wijzigingen) =>
  !w.knopen.length &&
  !w.relatiesWeg.length &&
  !w.relatiesErbij.length &&
  !w.verwijderd.length &&
  !w.verantwoordelijk.length;

/** Plain values to what Neo4j should store: dates as `date`, whole numbers as integers. */
function alsOpslag(props: Record<string, unknown>, specs: readonly PropSpec[]): Record<string, unknown> {
  const uit: Record<string, unknown> = {};
  for (const [naam, waarde] of Object.entries(props)) {
    const spec = specs.find((p) => p.naam === naam);
    if (waarde === null || waarde === undefined) uit[naam] = null;
    else if (spec?.soort === 'datum') {
      const [j, m, d] = String(waarde).split('-').map(Number) as [number, number, number];
      uit[naam] = new neo4j.types.Date(j, m, d);
    } else if (spec?.soort === 'geheel') uit[naam] = neo4j.int(Number(waarde));
    else uit[naam] = waarde;
  }
  return uit;
}

/** Writes a checked change in the caller's transaction, batched per label and relationship. */
export async function schrijf(tx: Tx, w: Wijzigingen): Promise<void> {
  const perLabel = new Map<Label, KnoopSchrijf[]>();
  for (const k of w.knopen) perLabel.set(k.label, [...(perLabel.get(k.label) ?? []), k]);
  for (const [label, rows] of perLabel) {
    const specs = [...KNOPEN[label].props, { naam: 'gemeente', soort: 'code' } as PropSpec];
    await tx.run(`UNWIND $rows AS row MERGE (n:${label} {id: row.id}) SET n += row.props`, {
      rows: rows.map((r) => ({ id: r.id, props: alsOpslag(r.props, specs) })),
    });
  }
  for (const [spec, rows] of perRelatie(w.relatiesWeg)) {
    await tx.run(
      `UNWIND $rows AS row MATCH (a:${spec.van} {id: row.van})-[r:${spec.type}]->(b:${spec.naar} {id: row.naar}) DELETE r`,
      { rows: rows.map(({ van, naar }) => ({ van, naar })) },
    );
  }
  for (const [spec, rows] of perRelatie(w.relatiesErbij)) {
    await tx.run(
      `UNWIND $rows AS row MATCH (a:${spec.van} {id: row.van}) MATCH (b:${spec.naar} {id: row.naar})
       MERGE (a)-[r:${spec.type}]->(b) SET r += row.props`,
      { rows: rows.map((r) => ({ van: r.van, naar: r.naar, props: alsOpslag(r.props ?? {}, spec.props) })) },
    );
  }
  const weg = new Map<Label, string[]>();
  for (const v of w.verwijderd) weg.set(v.label, [...(weg.get(v.label) ?? []), v.id]);
  for (const [label, ids] of weg) {
    await tx.run(`UNWIND $ids AS id MATCH (n:${label} {id: id}) DETACH DELETE n`, { ids });
  }
  if (w.verantwoordelijk.length) {
    await tx.run(
      `UNWIND $rows AS row MATCH (g:Gebruiker {id: row.gebruiker}) MATCH (s:Steungroep {id: row.steungroep})
       MERGE (g)-[:VERANTWOORDELIJK_VOOR]->(s)`,
      { rows: w.verantwoordelijk },
    );
  }
}

function perRelatie(rows: readonly RelSchrijf[]): Map<RelatieSpec, RelSchrijf[]> {
  const uit = new Map<RelatieSpec, RelSchrijf[]>();
  for (const r of rows) uit.set(r.spec, [...(uit.get(r.spec) ?? []), r]);
  return uit;
}

/**
 * What keeps a node from being removed: nodes that must point at it (a wijk's buurten, a
 * steungroep's members), counted per relationship.
 */
export async function afhankelijken(
  tx: Tx,
  label: Label,
  id: string,
): Promise<{ wat: string; aantal: number | null }[]> {
  const checks = RELATIES.filter((r) => r.naar === label && (r.verplicht || r.type === 'LID_VAN'));
  const uit: { wat: string; aantal: number | null }[] = [];
  for (const r of checks) {
    const [row] = await tx.run<{ n: number }>(
      `MATCH (:${label} {id: $id})<-[:${r.type}]-(m:${r.van}) RETURN count(m) AS n`,
      { id },
    );
    // How many members a group has is not told here: a count of 1 to 4 could point at a person.
    if (row && row.n > 0)
      uit.push({ wat: `${r.van} (${r.type})`, aantal: r.van === 'Inwoner' ? null : row.n });
  }
  if (label === 'Gemeente') {
    const code = id.slice('Gemeente:'.length);
    const [row] = await tx.run<{ n: number }>(
      `MATCH (n) WHERE n.gemeente = $code AND NOT n:Gemeente AND NOT n:AuditRegel RETURN count(n) AS n`,
      { code },
    );
    if (row && row.n > 0) uit.push({ wat: 'knopen in deze gemeente', aantal: row.n });
  }
  if (label === 'Partner') {
    const [row] = await tx.run<{ n: number }>(
      `MATCH (:Partner {id: $id})<-[:VAN]-(k:ApiSleutel) WHERE k.ingetrokkenOp IS NULL RETURN count(k) AS n`,
      { id },
    );
    if (row && row.n > 0) uit.push({ wat: 'API-sleutels die nog niet zijn ingetrokken', aantal: row.n });
  }
  return uit;
}

/** Whether this transaction's audit entry is already there: a retry of work that committed. */
export async function alGedaan(tx: Tx, auditId: string): Promise<boolean> {
  const [row] = await tx.run<{ n: number }>('MATCH (a:AuditRegel {id: $id}) RETURN count(a) AS n', {
    id: auditId,
  });
  return (row?.n ?? 0) > 0;
}
