import DataLoader from 'dataloader';
import type { Db } from '../db/db.js';
import { KINDS, kindOfId, type NodeKind } from './kinds.js';
import type { NodeRow } from './rows.js';

export interface KindedRow extends NodeRow {
  kind: NodeKind;
}

/**
 * Loads nodes by id. The id's prefix names the label, so each label gets one indexed lookup
 * (a label-less `MATCH (n {id: …})` would scan the whole store).
 */
export function nodeLoader(db: Db) {
  return new DataLoader<string, KindedRow | null>(async (ids) => {
    const byKind = new Map<NodeKind, string[]>();
    for (const id of ids) {
      const kind = kindOfId(id);
      if (kind) byKind.set(kind, [...(byKind.get(kind) ?? []), id]);
    }
    const found = new Map<string, KindedRow>();
    for (const [kind, kindIds] of byKind) {
      const rows = await db.query<{ node: NodeRow }>(
        `UNWIND $ids AS id
         MATCH (n:${KINDS[kind].label} {id: id})
         RETURN n { .* } AS node`,
        { ids: kindIds },
      );
      for (const { node } of rows) found.set(node.id, { ...node, kind });
    }
    return ids.map((id) => found.get(id) ?? null);
  });
}
