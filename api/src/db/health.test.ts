// A real embedded Neo4j that goes away and comes back (no mocks).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Db } from './db.js';
import { startEmbeddedNeo4j } from './embedded-neo4j.js';

const sizes = { heap: '512m', pageCache: '128m', log: () => {} };

async function outcome(db: Db): Promise<{ code: unknown; fromDriver: boolean } | 'ok'> {
  try {
    await db.query('RETURN 1 AS one');
    return 'ok';
  } catch (error) {
    const e = error as { extensions?: { code?: unknown }; cause?: unknown };
    return { code: e.extensions?.code, fromDriver: e.cause !== undefined };
  }
}

describe('a database that goes down', () => {
  it(
    'is answered SERVICE_UNAVAILABLE, at once after the first failure, and used again when it is back',
    { timeout: 300_000 },
    async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'wijkweb-health-test-'));
      let neo4j = await startEmbeddedNeo4j({ dataDir, ...sizes });
      const port = Number(new URL(neo4j.uri).port);
      const db = Db.connect({ uri: neo4j.uri });
      try {
        expect(await outcome(db)).toBe('ok');
        await neo4j.stop();
        // The first request learns it from the driver; the next ones from the note it left,
        // without waiting for a connection attempt (no driver error behind them).
        expect(await outcome(db)).toEqual({ code: 'SERVICE_UNAVAILABLE', fromDriver: true });
        expect(await outcome(db)).toEqual({ code: 'SERVICE_UNAVAILABLE', fromDriver: false });
        expect(await outcome(db.scoped({ shareReads: true }))).toEqual({
          code: 'SERVICE_UNAVAILABLE',
          fromDriver: false,
        });

        neo4j = await startEmbeddedNeo4j({ dataDir, boltPort: port, ...sizes });
        let back: Awaited<ReturnType<typeof outcome>> = { code: null, fromDriver: false };
        for (let tries = 0; tries < 120 && back !== 'ok'; tries++) {
          back = await outcome(db);
          if (back !== 'ok') await new Promise((r) => setTimeout(r, 500));
        }
        expect(back).toBe('ok');
      } finally {
        await db.close();
        await neo4j.stop();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );
});
