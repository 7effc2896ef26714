import DataLoader from 'dataloader';
import type { Db } from '../db/db.js';
import { DEGREE, KINDS, kindOfId, type NodeKind } from './kinds.js';
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

type Items<T = RelatedRow[]> = { key: string; items: T }[];

/**
 * The Cypher of one relation for the parents bound to `key`: one row, `items`, in a stable order.
 * Without the degree: `verbindingen` is read only when a query asks for it (`degree` below).
 */
function itemsOf(relation: Relation): string {
  const rel = relation.withRel ? ', rel: properties(r)' : '';
  return `${relation.match}
         WITH n${relation.withRel ? ', r' : ''} ORDER BY n.${relation.orderBy ?? 'naam'}, n.id
         RETURN collect(n { .*${rel} }) AS items`;
}

/** The degree of the node of one kind bound to `key`, as `items`. */
const degreeOf = (kind: NodeKind) =>
  `MATCH (n:${KINDS[kind].label} {id: key}) RETURN ${DEGREE('n')} AS items`;

/**
 * Sends the relation batches of one moment as one statement. DataLoader batches per relation, so
 * a page asking for a wijk's buurten, groups, partners and signals would otherwise send four
 * statements, one after the other in the request's read transaction; here each relation becomes a
 * `CALL` subquery that returns one row, and one round trip answers them all.
 */
class Combiner {
  private pending: { body: string; keys: readonly string[]; done: (r: Items<unknown> | Error) => void }[] =
    [];

  constructor(private readonly db: Db) {}

  /** `body` is a subquery over `key` that returns one row, `items`. */
  load<T>(body: string, keys: readonly string[]): Promise<Items<T>> {
    return new Promise((resolve, reject) => {
      // setImmediate runs after every DataLoader of this tick has dispatched (they use nextTick).
      if (this.pending.length === 0) setImmediate(() => void this.flush());
      this.pending.push({
        body,
        keys,
        done: (r) => (r instanceof Error ? reject(r) : resolve(r as Items<T>)),
      });
    });
  }

  private async flush(): Promise<void> {
    const parts = this.pending;
    this.pending = [];
    const calls = parts.map(
      (p, i) => `CALL () {
       UNWIND $k${i} AS key
       CALL (key) { ${p.body} }
       RETURN collect({key: key, items: items}) AS r${i}
     }`,
    );
    const params = Object.fromEntries(parts.map((p, i) => [`k${i}`, p.keys]));
    try {
      const [row] = await this.db.query<Record<string, Items<unknown>>>(
        `${calls.join('\n')}\nRETURN ${parts.map((_, i) => `r${i}`).join(', ')}`,
        params,
      );
      parts.forEach((p, i) => p.done(row![`r${i}`]!));
    } catch (error) {
      for (const p of parts) p.done(error as Error);
    }
  }
}

/**
 * One parameterised query per relation and field level: `UNWIND $keys` over the parent ids,
 * results returned in key order as DataLoader requires. With `batch: false` (benchmarks only)
 * every parent is a statement of its own: the N+1 the loader exists to avoid.
 */
export function relationLoader(
  db: Db,
  relation: Relation,
  opts: { batch?: boolean; combiner?: Combiner } = {},
) {
  return new DataLoader<string, RelatedRow[]>(
    async (keys) => {
      const rows = opts.combiner
        ? await opts.combiner.load<RelatedRow[]>(itemsOf(relation), keys)
        : await db.query<Items[number]>(
            `UNWIND $keys AS key CALL (key) { ${itemsOf(relation)} } RETURN key, items`,
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
  private readonly combiner: Combiner | undefined;
  private degrees: DataLoader<string, number> | undefined;
  /** `batch: false` sends one query per parent (the N+1 the loader exists to avoid): benchmarks only. */
  constructor(
    private readonly db: Db,
    private readonly opts: { batch?: boolean } = {},
  ) {
    if (opts.batch !== false) this.combiner = new Combiner(db);
  }

  many(relation: Relation, parentId: string): Promise<RelatedRow[]> {
    let loader = this.loaders.get(relation);
    if (!loader) {
      loader = relationLoader(this.db, relation, { ...this.opts, combiner: this.combiner });
      this.loaders.set(relation, loader);
    }
    return loader.load(parentId);
  }

  /**
   * A node's degree (`verbindingen`), asked for only by queries that select it, in the same
   * statement as the relations of that moment.
   */
  degree(id: string): Promise<number> {
    this.degrees ??= new DataLoader(async (ids) => {
      const byKind = new Map<NodeKind, string[]>();
      for (const id of ids) {
        const kind = kindOfId(id);
        if (kind) byKind.set(kind, [...(byKind.get(kind) ?? []), id]);
      }
      const found = new Map<string, number>();
      await Promise.all(
        [...byKind].map(async ([kind, kindIds]) => {
          const rows = this.combiner
            ? await this.combiner.load<number>(degreeOf(kind), kindIds)
            : await this.db.query<Items<number>[number]>(
                `UNWIND $keys AS key CALL (key) { ${degreeOf(kind)} } RETURN key, items`,
                { keys: kindIds },
              );
          for (const r of rows) found.set(r.key, r.items);
        }),
      );
      return ids.map((id) => found.get(id) ?? 0);
    });
    return this.degrees.load(id);
  }

  async one(relation: Relation, parentId: string): Promise<RelatedRow | null> {
    return (await this.many(relation, parentId))[0] ?? null;
  }
}
