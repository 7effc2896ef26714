import { randomUUID } from 'node:crypto';
import type { Actor } from '../../core/actor.js';
import type { Db, Tx } from '../../db/db.js';
import type { AuditActie } from './rows.js';

/**
 * One audit entry before it is written. Ids, roles and actions only: never a pseudonym or any
 * other personal data, so that erasing a resident leaves nothing of them in the log.
 */
export interface AuditEntry {
  id: string;
  actorId: string | null;
  actorRol: Actor['role'];
  actie: AuditActie;
  doelen: string[];
}

/** The id is made outside the transaction, so a retried write MERGEs onto the same entry. */
export function auditEntry(actor: Actor, actie: AuditActie, doelen: readonly string[]): AuditEntry {
  return {
    id: `AuditRegel:${randomUUID()}`,
    actorId: actor.id,
    actorRol: actor.role,
    actie,
    doelen: [...doelen],
  };
}

/** Writes entries inside the caller's transaction: a change and its record commit together. */
export async function writeAudit(tx: Tx, entries: readonly AuditEntry[]): Promise<void> {
  if (!entries.length) return;
  await tx.run(
    `UNWIND $entries AS e
     MERGE (a:AuditRegel {id: e.id})
     ON CREATE SET a.tijd = datetime(), a.actorId = e.actorId, a.actorRol = e.actorRol,
                   a.actie = e.actie, a.doelen = e.doelen`,
    { entries },
  );
}

/**
 * The resident data one request reads, gathered while resolvers run and written as one entry when
 * the response is ready (audit-plugin.ts), before it leaves: a request whose reads cannot be
 * recorded gets no resident data.
 */
export class AuditTrail {
  private readonly gelezen = new Set<string>();

  constructor(
    private readonly db: Db,
    private readonly actor: Actor,
  ) {}

  /** Residents (by id) this request is about to return. */
  read(inwonerIds: Iterable<string>): void {
    for (const id of inwonerIds) this.gelezen.add(id);
  }

  /** Whether this request read the resident through a path that checked the actor. */
  has(inwonerId: string): boolean {
    return this.gelezen.has(inwonerId);
  }

  async flush(): Promise<void> {
    if (!this.gelezen.size) return;
    const entry = auditEntry(this.actor, 'INWONERS_GELEZEN', [...this.gelezen].sort());
    await this.db.write((tx) => writeAudit(tx, [entry]));
    this.gelezen.clear();
  }
}
