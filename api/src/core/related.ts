import DataLoader from 'dataloader';
import type { Db } from '../db/db.js';
import { DEGREE } from './kinds.js';
import type { NodeRow } from './rows.js';

/**
 * A relationship field, as one Cypher pattern from the parent (matched on `key`) to the related
 * node `n`, optionally through a relationship `r` whose properties come along as `rel`.
 * Declared as constants in each module; the loader below batches all parents of one request.
 */
export interface Relation {
  /** e.g. `MATCH (p:Wijk {id: key})<-[:IN_WIJK]-(n:Steungroep)` */
  match: string;
  /** Property to sort related nodes by; they come back in a stable order. */
  orderBy?: string;
  /** True when the pattern binds `r` and its properties matter. */
  withRel?: boolean;
}

export interface RelatedRow extends NodeRow {
  rel?: Record<string, unknown>;
}

/**
 * One parameterised query per relation and field level: `UNWIND $keys` over the parent ids,
 * results returned in key order as DataLoader requires.
 */
export function relationLoader(db: Db, relation: Relation, opts: { batch?: boolean } = {}) {
  return new DataLoader<string, RelatedRow[]>(
    async (keys) => {
      const rel = relation.withRel ? ', rel: properties(r)' : '';
      const order = relation.orderBy ?? 'naam';
      const rows = await db.query<{ key: string; items: RelatedRow[] }>(
        `UNWIND $keys AS key
       CALL (key) {
         ${relation.match}
         WITH n${relation.withRel ? ', r' : ''} ORDER BY n.${order}, n.id
         RETURN collect(n { .*, verbindingen: ${DEGREE('n')}${rel} }) AS items
       }
       RETURN key, items`,
        { keys },
      );
      const byKey = new Map(rows.map((r) => [r.key, r.items]));
      return keys.map((k) => byKey.get(k) ?? []);
    },
    opts.batch === false ? { maxBatchSize: 1 } : undefined,
  );
}

/** Per-request cache of loaders, one per relation. */
export class RelationLoaders {
  private readonly loaders = new Map<Relation, DataLoader<string, RelatedRow[]>>();
  /** `batch: false` sends one query per parent (the N+1 the loader exists to avoid): benchmarks only. */
  constructor(
    private readonly db: Db,
    private readonly opts: { batch?: boolean } = {},
  ) {}

  many(relation: Relation, parentId: string): Promise<RelatedRow[]> {
    let loader = this.loaders.get(relation);
    if (!loader) {
      loader = relationLoader(this.db, relation, this.opts);
      this.loaders.set(relation, loader);
    }
    return loader.load(parentId);
  }

  async one(relation: Relation, parentId: string): Promise<RelatedRow | null> {
    return (await this.many(relation, parentId))[0] ?? null;
  }
}
