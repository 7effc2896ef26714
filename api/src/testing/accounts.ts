import type { Role } from '../core/actor.js';
import type { Db } from '../db/db.js';
import { hashPassword } from '../modules/toegang/passwords.js';
import { keyPrefix, newApiKey, sha256 } from '../modules/toegang/tokens.js';
import { KOPPEL_GEBRUIKER } from '../modules/toegang/koppelingen.js';

export const TEST_PASSWORD = 'test-wachtwoord-niet-voor-echt';

export interface TestUser {
  id: string;
  email: string;
  wachtwoord: string;
}

/**
 * People and keys for a test, written straight to the database under ids the test chooses (use a
 * prefix no other test uses), and removed again with everything they left: sessions, keys and
 * their audit entries.
 */
export async function createTestUsers(
  db: Db,
  users: { id: string; rol: Role; steungroepen?: string[]; gemeenten?: string[] }[],
): Promise<TestUser[]> {
  const rows = await Promise.all(
    users.map(async (u) => ({
      id: `Gebruiker:${u.id}`,
      email: `${u.id}@test.wijkweb.example`,
      naam: `Test ${u.id}`,
      rol: u.rol,
      steungroepen: u.steungroepen ?? [],
      gemeenten: u.gemeenten ?? [],
      wachtwoordHash: await hashPassword(TEST_PASSWORD),
    })),
  );
  await db.write((tx) =>
    tx.run(
      `UNWIND $rows AS u
       MERGE (g:Gebruiker {id: u.id})
       SET g.email = u.email, g.naam = u.naam, g.rol = u.rol, g.wachtwoordHash = u.wachtwoordHash
       WITH g, u
       ${KOPPEL_GEBRUIKER('u.steungroepen', 'u.gemeenten')}`,
      { rows },
    ),
  );
  return rows.map((r) => ({ id: r.id, email: r.email, wachtwoord: TEST_PASSWORD }));
}

/** A partner key written directly (for servers where no administrator is at hand). */
export async function createTestKey(
  db: Db,
  id: string,
  partner: string,
): Promise<{ id: string; sleutel: string }> {
  const sleutel = newApiKey();
  await db.write((tx) =>
    tx.run(
      `MATCH (p:Partner {id: $partner})
       MERGE (k:ApiSleutel {id: $id})
       SET k.naam = $id, k.hash = $hash, k.voorvoegsel = $voorvoegsel, k.aangemaaktOp = datetime()
       MERGE (k)-[:VAN]->(p)`,
      { id: `ApiSleutel:${id}`, partner, hash: sha256(sleutel), voorvoegsel: keyPrefix(sleutel) },
    ),
  );
  return { id: `ApiSleutel:${id}`, sleutel };
}

export async function removeTestAccounts(db: Db, actorIds: string[]): Promise<void> {
  await db.write(async (tx) => {
    await tx.run(
      'MATCH (a:AuditRegel) WHERE a.actorId IN $ids OR any(d IN a.doelen WHERE d IN $ids) DETACH DELETE a',
      { ids: actorIds },
    );
    await tx.run('MATCH (s:Sessie)-[:VAN]->(g:Gebruiker) WHERE g.id IN $ids DETACH DELETE s', {
      ids: actorIds,
    });
    await tx.run('MATCH (n) WHERE (n:Gebruiker OR n:ApiSleutel) AND n.id IN $ids DETACH DELETE n', {
      ids: actorIds,
    });
  });
}
