// Starts a real embedded Neo4j (no mocks): the first run may also fetch its jars with Maven.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j, { type Session } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { startEmbeddedNeo4j } from './embedded-neo4j.js';

// Small sizes: a test instance shares the machine with the dev server's and other tests'.
const sizes = { heap: '512m', pageCache: '128m', log: () => {} };

async function withDriver<T>(uri: string, fn: (session: Session) => Promise<T>): Promise<T> {
  // Auth is disabled in the embedded server, so the driver sends no credentials.
  const driver = neo4j.driver(uri);
  try {
    const session = driver.session();
    try {
      return await fn(session);
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}

describe('embedded Neo4j', () => {
  it(
    'starts, persists a node across a restart on the same data dir, and stops',
    { timeout: 300_000 },
    async () => {
      const dataDir = mkdtempSync(path.join(tmpdir(), 'wijkweb-neo4j-test-'));
      try {
        const first = await startEmbeddedNeo4j({ dataDir, ...sizes });
        try {
          expect(first.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
          await withDriver(first.uri, (s) => s.run('CREATE (:Probe {name: $name})', { name: 'persisted' }));
        } finally {
          await first.stop();
        }

        const second = await startEmbeddedNeo4j({ dataDir, ...sizes });
        try {
          const names = await withDriver(second.uri, async (s) => {
            const res = await s.run('MATCH (p:Probe) RETURN p.name AS name');
            return res.records.map((r) => r.get('name') as string);
          });
          expect(names).toEqual(['persisted']);

          // A second Neo4j on a data dir that is in use must fail plainly, not hang or corrupt it.
          await expect(startEmbeddedNeo4j({ dataDir, ...sizes })).rejects.toThrow(
            /locked by another running Neo4j/,
          );
        } finally {
          await second.stop();
        }
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );
});
