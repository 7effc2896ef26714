import type { Db, Tx } from '../db/db.js';
import { int } from '../db/values.js';
import { DEGREE, type Label } from './kinds.js';
import { checkPageSize, decodeCursor, encodeCursor, type Position } from './cursor.js';
import { badInput } from './errors.js';
import type { ConnectionRow, NodeRow } from './rows.js';

export type FilterName = 'gemeente' | 'kern' | 'wijk' | 'thema' | 'doelgroep' | 'partnerSoort';

export interface ListFilter {
  gemeente?: string | null;
  kern?: string | null;
  wijk?: string | null;
  thema?: string | null;
  doelgroep?: string | null;
  partnerSoort?: string | null;
}

export interface ListArgs {
  filter?: ListFilter | null;
  orderBy?: { field?: 'NAAM' | 'VERBINDINGEN' | null; direction?: 'ASC' | 'DESC' | null } | null;
  first?: number | null;
  after?: string | null;
}

/**
 * How one node kind is listed: its label, its name property, and for each filter it supports a
 * Cypher predicate over `n` that reads the filter's value from a parameter of the same name.
 * Each module declares its own; this file knows none of them.
 */
export interface ListSpec {
  label: Label;
  /** Plural used in messages: "wijken". */
  plural: string;
  nameProperty: 'naam' | 'titel';
  filters: Partial<Record<FilterName, string>>;
}

/** Filters that name another node: the value must exist, or the caller made a typo. */
const REFERENCES: Partial<Record<FilterName, Label>> = {
  kern: 'Kern',
  wijk: 'Wijk',
  thema: 'Thema',
  doelgroep: 'Doelgroep',
};

export async function listConnection(db: Db, spec: ListSpec, args: ListArgs): Promise<ConnectionRow> {
  const first = checkPageSize(args.first);
  const after = args.after ? decodeCursor(args.after) : null;
  const byDegree = args.orderBy?.field === 'VERBINDINGEN';
  const descending = args.orderBy?.direction === 'DESC';
  const { where, params } = filterClause(spec, args.filter ?? {});

  return db.read(async (tx) => {
    await checkReferences(tx, args.filter ?? {});
    const sortKey = byDegree ? 'verbindingen' : `toLower(n.${spec.nameProperty})`;
    const cmp = descending ? '<' : '>';
    const cursorClause = after
      ? `WHERE sortKey ${cmp} $afterKey OR (sortKey = $afterKey AND n.id ${cmp} $afterId)`
      : '';
    const order = descending ? 'DESC' : 'ASC';
    const [count] = await tx.run<{ total: number }>(
      `MATCH (n:${spec.label}) ${where} RETURN count(n) AS total`,
      params,
    );
    const rows = await tx.run<{ node: NodeRow; sortKey: string | number }>(
      `MATCH (n:${spec.label}) ${where}
       WITH n, ${DEGREE('n')} AS verbindingen
       WITH n, verbindingen, ${sortKey} AS sortKey
       ${cursorClause}
       RETURN n { .*, verbindingen: verbindingen } AS node, sortKey
       ORDER BY sortKey ${order}, n.id ${order}
       LIMIT $limit`,
      { ...params, afterKey: after?.key ?? null, afterId: after?.id ?? null, limit: int(first + 1) },
    );
    const page = rows.slice(0, first);
    const edges = page.map((r) => ({ node: r.node, cursor: encodeCursor(position(r)) }));
    return {
      edges,
      totalCount: count?.total ?? 0,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    };
  });
}

function position(row: { node: NodeRow; sortKey: string | number }): Position {
  return { key: row.sortKey, id: row.node.id };
}

export function filterClause(spec: ListSpec, filter: ListFilter) {
  const predicates: string[] = [];
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(filter) as [FilterName, string | null | undefined][]) {
    if (value === null || value === undefined) continue;
    const predicate = spec.filters[name];
    if (!predicate) {
      throw badInput(`The filter \`${name}\` does not apply to ${spec.plural}.`, `filter.${name}`);
    }
    predicates.push(predicate);
    params[name] = value;
  }
  return { where: predicates.length ? `WHERE ${predicates.join(' AND ')}` : '', params };
}

/** One round trip that tells which referenced filter values do not exist, so typos get named. */
export async function checkReferences(tx: Tx, filter: ListFilter): Promise<void> {
  const checks: string[] = [];
  const params: Record<string, unknown> = {};
  for (const [name, label] of Object.entries(REFERENCES) as [FilterName, Label][]) {
    const value = filter[name];
    if (value === null || value === undefined) continue;
    checks.push(`${name}: EXISTS { MATCH (:${label} {id: $${name}}) }`);
    params[name] = value;
  }
  if (filter.gemeente != null) {
    checks.push('gemeente: EXISTS { MATCH (:Gemeente {code: $gemeente}) }');
    params.gemeente = filter.gemeente;
  }
  if (!checks.length) return;
  const [found] = await tx.run(`RETURN { ${checks.join(', ')} } AS found`, params);
  const exists = (found?.found ?? {}) as Record<string, boolean>;
  for (const [name, ok] of Object.entries(exists)) {
    if (!ok) {
      throw badInput(
        `Unknown ${name} \`${String(params[name])}\` in the filter: nothing with that id exists.`,
        `filter.${name}`,
      );
    }
  }
}
