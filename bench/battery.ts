/**
 * `npm run battery [-- --seconds 60 --restarts 2 --fuzz 5000]`: the reliability battery, printing
 * counts (not a test: nothing here is timed against a threshold).
 *  1. Load held for a fixed time (autocannon, 8 connections, a mix of reads): errors expected 0.
 *  2. Neo4j stopped and restarted under load, `--restarts` times: readers must get a clear
 *     SERVICE_UNAVAILABLE (HTTP 503) meanwhile and recover by themselves; a writer writes through
 *     the Db boundary under a marker gemeente, and every acknowledged write must still be there.
 *  3. A fuzzer (bench/fuzz.ts) sends thousands of valid and invalid operations built from the
 *     schema: zero 5xx, zero unhandled rejections, RSS sampled to show memory stays flat.
 * Starts its own embedded Neo4j in a temporary directory (removed afterwards).
 */
import autocannon from 'autocannon';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { loadConfig } from '../api/src/config.js';
import { Db } from '../api/src/db/db.js';
import {
  ensureNeo4jJars,
  freePort,
  startEmbeddedNeo4j,
  type EmbeddedNeo4j,
} from '../api/src/db/embedded-neo4j.js';
import { migrate } from '../api/src/db/migrations.js';
import { seedDemo } from '../api/src/seed/load.js';
import { startServer } from '../api/src/server.js';
import { fuzzer } from './fuzz.js';
import { arg, generate, syntheticCode } from './generate.js';

const HOLD_SECONDS = arg('seconds', 60);
const RESTARTS = arg('restarts', 2);
const FUZZ = arg('fuzz', 5000);
/** With --distinct N, the fuzzer cycles over N operations: to tell a cache filling up from a leak. */
const DISTINCT = arg('distinct', 0);
const MARKER = 'GM9990';

let unhandled = 0;
process.on('unhandledRejection', (reason) => {
  unhandled++;
  console.error('unhandled rejection:', reason);
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const G = syntheticCode(0);
const READS = [
  {
    query: `query($id: ID!) { node(id: $id) { ... on Wijk { id naam kern { naam } buurten { naam } steungroepen { naam } partners { naam } signalen { titel } } } }`,
    variables: { id: `Wijk:${G}-R0K0W0` },
  },
  {
    query: `query($id: ID!) { node(id: $id) { ... on Steungroep { naam themas { naam } partners { kernteam partner { naam } } activiteiten { naam } ledenTelling { totaal { aantal } } } } }`,
    variables: { id: `Steungroep:${G}-R0G0` },
  },
  {
    query: `query($g: String!) { gemeente(code: $g) { wijken { naam steungroepen { naam partners { partner { naam activiteiten { naam } } } } } } }`,
    variables: { g: G },
  },
  {
    query: `query($g: String!) { search(text: "Steungroep", gemeente: $g) { label score } }`,
    variables: { g: G },
  },
  {
    query: `query($g: String!) { network(filter: { gemeente: $g }, limit: 200) { nodes { id } edges { id } } }`,
    variables: { g: G },
  },
];

async function main() {
  const t0 = Date.now();
  const log = (m: string) => console.log(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${m}`);
  const temp = await mkdtemp(join(tmpdir(), 'wijkweb-battery-'));
  const config = loadConfig({
    ...process.env,
    WIJKWEB_DATA_DIR: temp,
    NEO4J_URI: undefined,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
  });
  const logger = pino({ level: 'silent' });
  await ensureNeo4jJars({ repoRoot: config.repoRoot, log: () => {} });
  const port = await freePort();
  const neo4jOpts = {
    dataDir: join(config.dataDir, 'neo4j'),
    boltPort: port,
    heap: config.NEO4J_HEAP,
    pageCache: config.NEO4J_PAGECACHE,
    log: () => {},
  };
  let embedded: EmbeddedNeo4j = await startEmbeddedNeo4j(neo4jOpts);
  const db = Db.connect({ uri: embedded.uri });
  const counts: Record<string, unknown> = {};
  try {
    await migrate(db);
    await seedDemo(db);
    await generate(db, { scale: 1 });
    const server = await startServer({
      db,
      logger,
      port: 0,
      rateLimits: { perMinute: 100_000_000, failedAuthPer15Minutes: 100_000_000 },
    });
    const url = `${server.url}/graphql`;
    log(`stack ready: API ${server.url}, Neo4j ${embedded.uri}`);
    const rss: { t: number; mb: number; phase: string }[] = [];
    let phase = 'hold';
    const sampler = setInterval(
      () => rss.push({ t: Date.now() - t0, mb: process.memoryUsage().rss / 2 ** 20, phase }),
      500,
    );

    // --- 1. Load held for a fixed time.
    log(`1. load held ${HOLD_SECONDS} s, 8 connections, ${READS.length} queries in turn`);
    let bodyErrors = 0;
    const hold = await autocannon({
      url,
      connections: 8,
      duration: HOLD_SECONDS,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      requests: READS.map((r) => ({
        method: 'POST' as const,
        body: JSON.stringify(r),
        onResponse: (status: number, body: string) => {
          if (status === 200 && body.includes('"errors"')) bodyErrors++;
        },
      })),
    });
    counts.hold = {
      seconds: HOLD_SECONDS,
      requests: hold.requests.total,
      requestsPerSecond: Math.round(hold.requests.average),
      p50: hold.latency.p50,
      p99: hold.latency.p99,
      errors: hold.errors + hold.timeouts,
      non2xx: hold.non2xx,
      graphqlErrors: bodyErrors,
    };
    log(`   ${JSON.stringify(counts.hold)}`);

    // --- 2. Neo4j stopped and restarted under load.
    phase = 'restart';
    log(
      `2. ${RESTARTS} stop/start cycles of Neo4j under load (4 readers over HTTP, 1 writer through the Db boundary)`,
    );
    const reads = { ok: 0, unavailable503: 0, unavailableInBody: 0, other: 0 };
    const otherSamples: string[] = [];
    const health: Record<string, number> = {};
    const acked: string[] = [];
    let writeFailures = 0;
    let down = false;
    let firstOkAfterUp: number | undefined;
    let stop = false;
    const reader = async (i: number) => {
      let n = i;
      while (!stop) {
        const body = JSON.stringify(READS[n++ % 2]);
        try {
          const res = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          });
          const text = await res.text();
          if (res.status === 200 && !text.includes('"errors"')) {
            reads.ok++;
            if (!down && firstOkAfterUp === undefined) firstOkAfterUp = Date.now();
          } else if (res.status === 503 && text.includes('SERVICE_UNAVAILABLE')) reads.unavailable503++;
          else if (text.includes('SERVICE_UNAVAILABLE')) reads.unavailableInBody++;
          else {
            reads.other++;
            if (otherSamples.length < 5) otherSamples.push(`${res.status} ${text.slice(0, 200)}`);
          }
        } catch (e) {
          reads.other++;
          if (otherSamples.length < 5) otherSamples.push(String(e));
        }
        await sleep(10);
      }
    };
    const writer = async () => {
      let i = 0;
      while (!stop) {
        const id = `Partner:${MARKER}-W${i++}`;
        try {
          await db.write((tx) =>
            tx.run(
              `MERGE (p:Partner {id: $id}) SET p.gemeente = $gm, p.naam = $id, p.soort = 'OVERIG', p.professioneel = false`,
              { id, gm: MARKER },
            ),
          );
          acked.push(id);
        } catch {
          writeFailures++;
        }
        await sleep(20);
      }
    };
    const healthPoll = async () => {
      while (!stop) {
        try {
          const res = await fetch(`${server.url}/healthz`);
          health[res.status] = (health[res.status] ?? 0) + 1;
        } catch {
          health.unreachable = (health.unreachable ?? 0) + 1;
        }
        await sleep(250);
      }
    };
    const workers = [reader(0), reader(1), reader(2), reader(3), writer(), healthPoll()];
    const recoveries: number[] = [];
    const outages: number[] = [];
    for (let cycle = 0; cycle < RESTARTS; cycle++) {
      await sleep(8000);
      log(`   cycle ${cycle + 1}: stopping Neo4j`);
      const downAt = Date.now();
      down = true;
      await embedded.stop();
      await sleep(5000);
      log(`   cycle ${cycle + 1}: starting Neo4j again on port ${port}`);
      embedded = await startEmbeddedNeo4j(neo4jOpts);
      const upAt = Date.now();
      firstOkAfterUp = undefined;
      down = false;
      while (firstOkAfterUp === undefined && Date.now() - upAt < 60_000) await sleep(100);
      outages.push(upAt - downAt);
      recoveries.push(firstOkAfterUp === undefined ? NaN : firstOkAfterUp - upAt);
      log(
        `   cycle ${cycle + 1}: Neo4j was down ${((upAt - downAt) / 1000).toFixed(1)} s; first good read ${recoveries.at(-1)} ms after it was back`,
      );
    }
    await sleep(5000);
    stop = true;
    await Promise.all(workers);
    const present = new Set(
      (
        await db.query<{ id: string }>('MATCH (p:Partner {gemeente: $gm}) RETURN p.id AS id', { gm: MARKER })
      ).map((r) => r.id),
    );
    const lost = acked.filter((id) => !present.has(id));
    counts.restarts = {
      restarts: RESTARTS,
      survived: recoveries.filter((r) => Number.isFinite(r)).length,
      outageMs: outages,
      recoveryMsAfterNeo4jUp: recoveries,
      reads,
      otherSamples,
      healthz: health,
      writesAcknowledged: acked.length,
      writesFailedVisibly: writeFailures,
      writesPresent: acked.length - lost.length,
      writesLost: lost.length,
    };
    log(`   ${JSON.stringify(counts.restarts)}`);

    // --- 3. Fuzzer.
    phase = 'fuzz';
    log(`3. fuzzing: ${FUZZ} operations, 8 at a time`);
    const ids = (
      await db.query<{ id: string }>(
        'MATCH (n) WHERE n.gemeente IN [$g, "GM0537"] AND NOT n:Inwoner RETURN n.id AS id LIMIT 500',
        { g: G },
      )
    ).map((r) => r.id);
    const fresh = fuzzer({
      seed: 6,
      ids,
      strings: [
        G,
        'GM0537',
        'Katwijk',
        'hoor',
        'Steungroep',
        '',
        ' ',
        '*',
        '"',
        "'); MATCH (n) DETACH DELETE n //",
        'a'.repeat(5000),
        '😀',
        'WK01',
        'eenzaamheid',
      ],
    });
    const pool = Array.from({ length: DISTINCT }, fresh);
    let drawn = 0;
    const next = DISTINCT ? () => pool[drawn++ % DISTINCT]! : fresh;
    const byStatus: Record<string, number> = {};
    const byKind: Record<string, number> = {};
    const fiveXx: string[] = [];
    let internal = 0;
    let sent = 0;
    const fuzzWorker = async () => {
      while (sent < FUZZ) {
        sent++;
        const req = next();
        byKind[req.kind] = (byKind[req.kind] ?? 0) + 1;
        try {
          const res = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': req.contentType },
            body: req.body,
          });
          const text = await res.text();
          byStatus[res.status] = (byStatus[res.status] ?? 0) + 1;
          if (res.status >= 500)
            fiveXx.push(`${res.status} ${req.kind}: ${req.body.slice(0, 300)} -> ${text.slice(0, 200)}`);
          if (text.includes('INTERNAL_SERVER_ERROR')) {
            internal++;
            if (fiveXx.length < 20)
              fiveXx.push(
                `(200 with INTERNAL_SERVER_ERROR) ${req.kind}: ${req.body.slice(0, 300)} -> ${text.slice(0, 300)}`,
              );
          }
        } catch (e) {
          byStatus.network = (byStatus.network ?? 0) + 1;
          fiveXx.push(`network ${String(e)}`);
        }
      }
    };
    const fuzzStart = Date.now();
    // Heap after a full collection, every fifth of the run: the figure that shows a leak.
    const gc = (globalThis as { gc?: () => void }).gc;
    const heapAfterGc: number[] = [];
    const heapSample = () => {
      gc?.();
      heapAfterGc.push(Math.round(process.memoryUsage().heapUsed / 2 ** 20));
    };
    heapSample();
    const heapTimer = setInterval(heapSample, 3000);
    await Promise.all(Array.from({ length: 8 }, fuzzWorker));
    clearInterval(heapTimer);
    heapSample();
    clearInterval(sampler);
    const fuzzRss = rss.filter((s) => s.phase === 'fuzz').map((s) => s.mb);
    const q = Math.max(1, Math.floor(fuzzRss.length / 5));
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    counts.fuzz = {
      operations: sent,
      seconds: Math.round((Date.now() - fuzzStart) / 1000),
      byKind,
      byStatus,
      fiveXx: fiveXx.filter((s) => !s.startsWith('(200')).length,
      internalErrors: internal,
      samples: fiveXx.slice(0, 5),
      unhandledRejections: unhandled,
    };
    counts.memory = {
      note: 'RSS of this Node process (API + load clients); Neo4j is a separate JVM',
      startMb: Math.round(rss[0]?.mb ?? 0),
      endMb: Math.round(rss.at(-1)?.mb ?? 0),
      maxMb: Math.round(Math.max(...rss.map((s) => s.mb))),
      fuzzFirstFifthMb: Math.round(avg(fuzzRss.slice(0, q))),
      fuzzLastFifthMb: Math.round(avg(fuzzRss.slice(-q))),
      heapAfterGcMb: gc ? heapAfterGc : 'run with node --expose-gc (npm run battery does) for heap after GC',
    };
    log(`   ${JSON.stringify(counts.fuzz)}`);
    log(`   memory ${JSON.stringify(counts.memory)}`);
    await server.close();
    await new Promise((r) => server.server.close(r));

    const r = counts.restarts as {
      survived: number;
      writesAcknowledged: number;
      writesLost: number;
      reads: typeof reads;
    };
    const f = counts.fuzz as { operations: number; fiveXx: number; internalErrors: number };
    const h = counts.hold as { requests: number; errors: number; non2xx: number; graphqlErrors: number };
    console.log(`\nBattery in ${Math.round((Date.now() - t0) / 1000)} s:
  held load: ${h.requests} requests, ${h.errors} errors, ${h.non2xx} non-2xx, ${h.graphqlErrors} GraphQL errors
  restarts: ${r.survived} of ${RESTARTS} survived; reads ok ${r.reads.ok}, SERVICE_UNAVAILABLE ${r.reads.unavailable503} as HTTP 503 + ${r.reads.unavailableInBody} as a GraphQL error in a 200, other ${r.reads.other}
  writes: ${r.writesAcknowledged} acknowledged, ${r.writesLost} lost
  memory: ${JSON.stringify(counts.memory)}
  fuzz: ${f.operations} operations, ${f.fiveXx} 5xx, ${f.internalErrors} INTERNAL_SERVER_ERROR, ${unhandled} unhandled rejections`);
  } finally {
    await db.close();
    await embedded.stop();
    await rm(temp, { recursive: true, force: true });
  }
}

await main();
