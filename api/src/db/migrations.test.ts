import { afterAll, describe, expect, inject, it } from 'vitest';
import { Db } from './db.js';
import { MIGRATIONS, migrate } from './migrations.js';

const db = Db.connect({ uri: inject('neo4jUri') });
afterAll(() => db.close());

describe('migrations', () => {
  it('are each recorded once, and a second run applies nothing', async () => {
    expect(await migrate(db)).toEqual([]);
    const rows = await db.query<{ id: string }>('MATCH (m:Migration) RETURN m.id AS id ORDER BY id');
    expect(rows.map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id));
  });

  it('leave a uniqueness constraint on every node kind and the search index online', async () => {
    const constraints = await db.query<{ name: string }>('SHOW CONSTRAINTS YIELD name RETURN name');
    expect(constraints.map((c) => c.name)).toEqual(
      expect.arrayContaining(['wijk_id', 'inwoner_id', 'gemeente_code']),
    );
    const [search] = await db.query<{ state: string }>(
      "SHOW FULLTEXT INDEXES YIELD name, state WHERE name = 'zoek_namen' RETURN state",
    );
    expect(search?.state).toBe('ONLINE');
  });
});
