/**
 * `npm run battery [-- --seconds 60 --restarts 1 --kills 1 --fuzz 8000]`: the reliability battery,
 * printing counts (not a test: nothing here is timed against a threshold).
 *  1. Load held for a fixed time (autocannon, 8 connections, a mix of reads): errors expected 0.
 *  2. Neo4j stopped cleanly (`--restarts`) and killed with SIGKILL (`--kills`) under load, and
 *     started again on the same data directory (bench/faults.ts): readers must get a clear
 *     SERVICE_UNAVAILABLE meanwhile and recover by themselves; three writers create signals through the
 *     editing mutation over HTTP as the demo BEHEERDER, and every acknowledged write must be there.
 *  3. A fuzzer (bench/fuzz.ts) sends thousands of valid and invalid operations built from the
 *     schema: zero 5xx, zero unhandled rejections, and heap after a forced GC sampled every 250
 *     operations, called flat by the rule in bench/heap.ts.
 * The API runs in this process, so the heap figures are the API's (plus the small fuzzer); Neo4j is
 * its own JVM. Starts that Neo4j in a temporary directory, removed afterwards.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
import { faultCycles, jvmPid, type Fault } from './faults.js';
import { fuzzer } from './fuzz.js';
import { arg, generate, syntheticCode } from './generate.js';
import { canCollect, heapAfterGc, heapVerdict, type HeapSample } from './heap.js';
import { loadTest } from './load.js';

const HOLD_SECONDS = arg('seconds', 60);
const RESTARTS = arg('restarts', 1);
const KILLS = arg('kills', 1);
const FUZZ = arg('fuzz', 8000);
/** With --distinct N, the fuzzer cycles over N operations: to tell a cache filling up from a leak. */
const DISTINCT = arg('distinct', 0);
/** Heap after GC every this many fuzzed operations. */
const HEAP_EVERY = 250;

let unhandled = 0;
process.on('unhandledRejection', (reason) => {
  unhandled++;
  console.error('unhandled rejection:', reason);
});

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
  if (!canCollect())
    throw new Error('run with node --expose-gc (npm run battery does): heap after GC is a figure');
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
    // Setting up on a busy machine can outlast the request path's 15 s transaction limit.
    const setup = Db.connect({ uri: embedded.uri, txTimeoutMs: 300_000 });
    await migrate(setup);
    await seedDemo(setup);
    await generate(setup, { scale: 1 });
    await setup.close();
    const server = await startServer({
      db,
      logger,
      port: 0,
      rateLimits: { perMinute: 100_000_000, failedAuthPer15Minutes: 100_000_000 },
    });
    const url = `${server.url}/graphql`;
    log(`stack ready: API ${server.url}, Neo4j ${embedded.uri}`);
    const rss: number[] = [];
    const sampler = setInterval(() => rss.push(process.memoryUsage().rss / 2 ** 20), 500);

    // --- 1. Load held for a fixed time.
    log(`1. load held ${HOLD_SECONDS} s, 8 connections, ${READS.length} queries in turn`);
    counts.hold = {
      seconds: HOLD_SECONDS,
      ...(await loadTest({ url, connections: 8, seconds: HOLD_SECONDS, bodies: READS })),
    };
    log(`   ${JSON.stringify(counts.hold)}`);

    // --- 2. Neo4j stopped and killed under load, started again on the same data directory.
    const faults: Fault[] = [];
    for (let i = 0; i < Math.max(RESTARTS, KILLS); i++) {
      if (i < RESTARTS) faults.push('stop');
      if (i < KILLS) faults.push('kill');
    }
    log(`2. ${faults.join(', ')} of Neo4j under load (4 readers and 3 writers over HTTP)`);
    counts.faults = await faultCycles({
      serverUrl: server.url,
      faults,
      db,
      reads: READS.slice(0, 2),
      gemeente: G,
      wijk: `Wijk:${G}-R0K0W0`,
      log,
      neo4j: {
        stop: () => embedded.stop(),
        kill: async () => {
          process.kill(jvmPid(neo4jOpts.dataDir), 'SIGKILL');
          await embedded.stop(); // returns once the killed JVM has exited
        },
        start: async () => {
          embedded = await startEmbeddedNeo4j(neo4jOpts);
        },
      },
    });
    log(`   ${JSON.stringify(counts.faults)}`);

    // --- 3. Fuzzer.
    log(`3. fuzzing: ${FUZZ} operations, 8 at a time; heap after GC every ${HEAP_EVERY}`);
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
    let done = 0;
    const heap: HeapSample[] = [{ ops: 0, mb: heapAfterGc() }];
    const rssAtFuzz = rss.length;
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
        if (++done % HEAP_EVERY === 0) heap.push({ ops: done, mb: heapAfterGc() });
      }
    };
    const fuzzStart = Date.now();
    await Promise.all(Array.from({ length: 8 }, fuzzWorker));
    clearInterval(sampler);
    counts.fuzz = {
      operations: done,
      seconds: Math.round((Date.now() - fuzzStart) / 1000),
      byKind,
      byStatus,
      fiveXx: fiveXx.filter((s) => !s.startsWith('(200')).length,
      internalErrors: internal,
      samples: fiveXx.slice(0, 5),
      unhandledRejections: unhandled,
    };
    const fuzzRss = rss.slice(rssAtFuzz);
    counts.memory = {
      heapAfterGc: heapVerdict(heap),
      heapSamplesMb: heap.map((h) => h.mb),
      rssMb: {
        note: 'RSS of this process (API and load clients); Neo4j is a separate JVM',
        start: Math.round(rss[0] ?? 0),
        max: Math.round(Math.max(...rss)),
        fuzzStart: Math.round(fuzzRss[0] ?? 0),
        fuzzEnd: Math.round(fuzzRss.at(-1) ?? 0),
      },
    };
    log(`   ${JSON.stringify(counts.fuzz)}`);
    log(`   memory ${JSON.stringify(counts.memory)}`);
    await server.close();
    await new Promise((r) => server.server.close(r));

    const h = counts.hold as Awaited<ReturnType<typeof loadTest>>;
    const f = counts.faults as Awaited<ReturnType<typeof faultCycles>>;
    const m = (counts.memory as { heapAfterGc: ReturnType<typeof heapVerdict> }).heapAfterGc;
    const fz = counts.fuzz as { operations: number; fiveXx: number; internalErrors: number };
    const summary = `Battery in ${Math.round((Date.now() - t0) / 1000)} s (--seconds ${HOLD_SECONDS} --restarts ${RESTARTS} --kills ${KILLS} --fuzz ${FUZZ}${DISTINCT ? ` --distinct ${DISTINCT}` : ''}):
  held load: ${h.requests} requests in ${HOLD_SECONDS} s (${h.requestsPerSecond} req/s, p50 ${h.p50} ms, p95 ${h.p95} ms, p99 ${h.p99} ms), ${h.errors} errors, ${h.non2xx} non-2xx, ${h.graphqlErrors} GraphQL errors
  faults: ${f.survived} of ${faults.length} survived (${faults.join(', ')}); reads ok ${f.reads.ok}, SERVICE_UNAVAILABLE ${f.reads.unavailable503} as HTTP 503 + ${f.reads.unavailableInBody} in a 200 (answered in median ${f.unavailableAnswerMs.median} ms, max ${f.unavailableAnswerMs.max} ms), other ${f.reads.other}
  writes (maakSignaal over HTTP): ${f.writes.attempted} attempted, ${f.writes.acknowledged} acknowledged, ${f.writes.checked} checked, ${f.writes.lost} lost; not acknowledged: ${JSON.stringify(f.writes.failedByCode)} (${f.writes.failedButPresent} of them committed all the same)
  fuzz: ${fz.operations} operations, ${fz.fiveXx} 5xx, ${fz.internalErrors} INTERNAL_SERVER_ERROR, ${unhandled} unhandled rejections
  heap after GC: ${m.startMb} MB at the start of the fuzz, ${m.middleMb} MB halfway, ${m.endMb} MB at the end; grew ${m.firstHalfGrowthMb} MB over the first half and ${m.secondHalfGrowthMb} MB over the second: ${m.flat ? 'FLAT' : 'NOT FLAT'} (${m.criterion})`;
    console.log(`\n${summary}`);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const dir = join(dirname(fileURLToPath(import.meta.url)), 'results');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `battery-${stamp}.json`), JSON.stringify(counts, null, 2) + '\n');
    await writeFile(
      join(dir, `battery-${stamp}.md`),
      `# Wijkweb battery ${new Date(t0).toISOString()}\n\nShared 2-core machine; \`npm run battery\`.\n\n\`\`\`\n${summary}\n\`\`\`\n`,
    );
    log(`written bench/results/battery-${stamp}.json and .md`);
  } finally {
    await db.close();
    await embedded.stop();
    await rm(temp, { recursive: true, force: true });
  }
}

await main();
