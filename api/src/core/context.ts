import type { Db } from '../db/db.js';
import { ledenTellingLoader } from '../modules/steungroep/leden.js';
import { AuditTrail } from '../modules/audit/trail.js';
import { noSession, type SessionPort } from '../modules/toegang/session.js';
import { ANONYMOUS, type Actor } from './actor.js';
import { nodeLoader } from './nodes.js';
import { RelationLoaders } from './related.js';

/**
 * Per-request state: the actor (resolved by modules/toegang/actor-from-request.ts), its session,
 * the audit trail of the resident data it reads, a query-counting database handle, and fresh
 * DataLoaders.
 */
export interface Context {
  actor: Actor;
  /** The request's session cookie: sign-in starts one, sign-out ends it. */
  session: SessionPort;
  audit: AuditTrail;
  db: Db;
  nodes: ReturnType<typeof nodeLoader>;
  related: RelationLoaders;
  ledenTelling: ReturnType<typeof ledenTellingLoader>;
}

export function createContext(
  db: Db,
  actor: Actor = ANONYMOUS,
  session: SessionPort = noSession(),
  /** `{ batch: false }`: relation loaders without batching, to measure the N+1 cost (bench/run.ts only). */
  options: { batch?: boolean } = {},
): Context {
  // The request's reads share one transaction; readTransactionPlugin ends it with the request.
  const scoped = db.scoped({ shareReads: true });
  return {
    actor,
    session,
    audit: new AuditTrail(scoped, actor),
    db: scoped,
    nodes: nodeLoader(scoped),
    related: new RelationLoaders(scoped, options),
    ledenTelling: ledenTellingLoader(scoped),
  };
}
