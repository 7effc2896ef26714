import type { Db } from './db.js';
import { LABELS } from '../core/kinds.js';
import { SEARCH_INDEX } from '../modules/zoeken/resolvers.js';

/**
 * The database schema as a list of migrations, each applied once and recorded as a
 * (:Migration {id}) node. Statements are idempotent too (IF NOT EXISTS), so a crash between a
 * statement and its record is harmless. Append new migrations; never edit an applied one.
 */
interface Migration {
  id: string;
  statements: string[];
}

const SCOPED = LABELS.filter((l) => !['Gemeente', 'Thema', 'Doelgroep'].includes(l));

export const MIGRATIONS: Migration[] = [
  {
    id: '001-keys',
    statements: [
      'CREATE CONSTRAINT migration_id IF NOT EXISTS FOR (m:Migration) REQUIRE m.id IS UNIQUE',
      ...LABELS.map(
        (l) => `CREATE CONSTRAINT ${l.toLowerCase()}_id IF NOT EXISTS FOR (n:${l}) REQUIRE n.id IS UNIQUE`,
      ),
      'CREATE CONSTRAINT gemeente_code IF NOT EXISTS FOR (n:Gemeente) REQUIRE n.code IS UNIQUE',
    ],
  },
  {
    id: '002-scope-and-sort-indexes',
    statements: [
      ...SCOPED.map(
        (l) => `CREATE INDEX ${l.toLowerCase()}_gemeente IF NOT EXISTS FOR (n:${l}) ON (n.gemeente)`,
      ),
      'CREATE INDEX partner_soort IF NOT EXISTS FOR (n:Partner) ON (n.soort)',
      'CREATE INDEX indicator_naam_jaar IF NOT EXISTS FOR (n:Indicator) ON (n.naam, n.jaar)',
    ],
  },
  {
    id: '003-fulltext-search',
    statements: [
      `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS
       FOR (n:${LABELS.filter((l) => l !== 'Inwoner' && l !== 'Indicator').join('|')})
       ON EACH [n.naam, n.titel, n.omschrijving]`,
    ],
  },
  {
    // Who is who: people and their sessions, partner keys, and the audit log (modules/toegang, audit).
    // Sessions and keys are found by the hash of their secret, so those hashes are unique and indexed.
    id: '004-access-and-audit',
    statements: [
      'CREATE CONSTRAINT gebruiker_id IF NOT EXISTS FOR (n:Gebruiker) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT gebruiker_email IF NOT EXISTS FOR (n:Gebruiker) REQUIRE n.email IS UNIQUE',
      'CREATE CONSTRAINT sessie_id IF NOT EXISTS FOR (n:Sessie) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT sessie_token IF NOT EXISTS FOR (n:Sessie) REQUIRE n.tokenHash IS UNIQUE',
      'CREATE INDEX sessie_verloopt IF NOT EXISTS FOR (n:Sessie) ON (n.verlooptOp)',
      'CREATE CONSTRAINT apisleutel_id IF NOT EXISTS FOR (n:ApiSleutel) REQUIRE n.id IS UNIQUE',
      'CREATE CONSTRAINT apisleutel_hash IF NOT EXISTS FOR (n:ApiSleutel) REQUIRE n.hash IS UNIQUE',
      'CREATE CONSTRAINT auditregel_id IF NOT EXISTS FOR (n:AuditRegel) REQUIRE n.id IS UNIQUE',
      'CREATE INDEX auditregel_tijd IF NOT EXISTS FOR (n:AuditRegel) ON (n.tijd)',
      'CREATE INDEX auditregel_actor IF NOT EXISTS FOR (n:AuditRegel) ON (n.actorId)',
    ],
  },
];

export async function migrate(db: Db): Promise<string[]> {
  const applied = new Set(
    (await db.query<{ id: string }>('MATCH (m:Migration) RETURN m.id AS id').catch(() => [])).map(
      (r) => r.id,
    ),
  );
  const done: string[] = [];
  for (const migration of MIGRATIONS) {
    if (applied.has(migration.id)) continue;
    // Schema changes cannot share a transaction with data writes, so each runs on its own.
    for (const statement of migration.statements) {
      await db.write((tx) => tx.run(statement));
    }
    await db.write((tx) =>
      tx.run('MERGE (m:Migration {id: $id}) ON CREATE SET m.appliedAt = datetime()', { id: migration.id }),
    );
    done.push(migration.id);
  }
  await db.write((tx) => tx.run('CALL db.awaitIndexes(120)'));
  return done;
}
