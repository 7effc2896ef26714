import type { Db } from '../db/db.js';
import { ledenTellingLoader } from '../modules/steungroep/leden.js';
import { ANONYMOUS, type Actor } from './actor.js';
import { nodeLoader } from './nodes.js';
import { RelationLoaders } from './related.js';

/** Per-request state: the actor, a query-counting database handle, and fresh DataLoaders. */
export interface Context {
  actor: Actor;
  db: Db;
  nodes: ReturnType<typeof nodeLoader>;
  related: RelationLoaders;
  ledenTelling: ReturnType<typeof ledenTellingLoader>;
}

export function createContext(db: Db, actor: Actor = ANONYMOUS): Context {
  const scoped = db.scoped();
  return {
    actor,
    db: scoped,
    nodes: nodeLoader(scoped),
    related: new RelationLoaders(scoped),
    ledenTelling: ledenTellingLoader(scoped),
  };
}
