import type { Db } from '../../db/db.js';
import { DEGREE } from '../../core/kinds.js';
import type { NodeRow } from '../../core/rows.js';

export async function allGemeenten(db: Db): Promise<NodeRow[]> {
  const rows = await db.query<{ node: NodeRow }>(
    `MATCH (n:Gemeente) RETURN n { .*, verbindingen: ${DEGREE('n')} } AS node ORDER BY n.naam`,
  );
  return rows.map((r) => r.node);
}

export async function gemeenteByCode(db: Db, code: string): Promise<NodeRow | null> {
  const [row] = await db.query<{ node: NodeRow }>(
    `MATCH (n:Gemeente {code: $code}) RETURN n { .*, verbindingen: ${DEGREE('n')} } AS node`,
    { code },
  );
  return row?.node ?? null;
}
