import type { Resolvers } from '../../__generated__/resolvers.js';
import { badInput } from '../../core/errors.js';
import { KINDS, kindOfLabel, DEGREE, type NodeKind } from '../../core/kinds.js';
import type { NodeRow, SearchHitRow } from '../../core/rows.js';
import type { Db } from '../../db/db.js';
import { int } from '../../db/values.js';

export const SEARCH_INDEX = 'zoek_namen';

/**
 * Lucene query from what a person typed: every word must match as a prefix. Words are split the
 * way the index's analyzer splits names (on anything but letters and digits), which also leaves
 * no Lucene syntax characters to interpret: `Kat-rijn (KadR)` searches `kat* AND rijn* AND kadr*`.
 */
export function luceneQuery(text: string): string {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => `${w}*`)
    .join(' AND ');
}

async function search(
  db: Db,
  args: { text: string; gemeente?: string | null; kinds?: readonly NodeKind[] | null; first?: number | null },
): Promise<SearchHitRow[]> {
  const text = args.text.trim();
  if (text.length > 200) throw badInput('Search text may be at most 200 characters.', 'text');
  const query = luceneQuery(text);
  if (!query) throw badInput('Type at least one letter or digit to search.', 'text');
  const first = args.first ?? 10;
  if (!Number.isInteger(first) || first < 1 || first > 50) {
    throw badInput('`first` must be a whole number from 1 to 50.', 'first');
  }
  // Residents are never searchable, whoever asks: search is a side door to them otherwise.
  const labels = (args.kinds ?? (Object.keys(KINDS) as NodeKind[]))
    .filter((k) => k !== 'INWONER')
    .map((k) => KINDS[k].label);
  const rows = await db.query<{ node: NodeRow; label: string; name: string; score: number }>(
    `CALL db.index.fulltext.queryNodes($index, $query, {limit: 200}) YIELD node AS n, score
     WHERE NOT n:Inwoner
       AND ($gemeente IS NULL OR n.gemeente = $gemeente OR n:Thema OR n:Doelgroep)
       AND any(l IN labels(n) WHERE l IN $labels)
     RETURN n { .*, verbindingen: ${DEGREE('n')} } AS node, labels(n)[0] AS label,
            coalesce(n.naam, n.titel) AS name, score
     ORDER BY score DESC, name ASC
     LIMIT $first`,
    { index: SEARCH_INDEX, query, gemeente: args.gemeente ?? null, labels, first: int(first) },
  );
  return rows.map((r) => {
    const kind = kindOfLabel(r.label)!;
    return { node: { ...r.node, kind }, kind, label: r.name, score: r.score };
  });
}

export const resolvers: Resolvers = {
  Query: {
    search: (_, args, { db }) => search(db, args),
  },
};
