/**
 * `npm run bench [-- --scale N --runs 25 --seconds 10]`: side-by-side figures in one run, on one Neo4j and one data
 * set. Our GraphQL API against the Neo4j GraphQL Library (@neo4j/graphql, typedefs in
 * bench/neo4j-graphql/) and against hand-written Cypher through neo4j-driver; the analyses at
 * scale 1, 10 and 100; autocannon load at concurrency 1 and 8 on four queries; with and without
 * DataLoader, with Cypher round trips per request at about 1k, 10k and 50k nodes. Writes
 * bench/results/<timestamp>.json and .md. Not a test: timings on a shared machine are noisy, so
 * every comparison is a ratio of figures taken in the same run, interleaved.
 */
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';
import pino from 'pino';
import { loadConfig } from '../api/src/config.js';
import { createContext } from '../api/src/core/context.js';
import { DEGREE } from '../api/src/core/kinds.js';
import { Db } from '../api/src/db/db.js';
import { openDatabase } from '../api/src/neo4j.js';
import { seedDemo } from '../api/src/seed/load.js';
import { createApollo, startServer } from '../api/src/server.js';
import { OPERATIONS as ANALYSES, timeScales } from './analyses.js';
import { arg, describeLoad, generate, syntheticCode, type Generated } from './generate.js';
import { loadTest } from './load.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const RUNS = arg('runs', 25);
const LOAD_SECONDS = arg('seconds', 10);
const SCALE = arg('scale', 1);

type Vars = Record<string, unknown>;
interface Case {
  name: string;
  vars: Vars;
  ours: string;
  theirs?: string;
  theirsNote?: string;
  cypher: string;
}

const G = syntheticCode(0);
const WIJK = `Wijk:${G}-R0K0W0`;
const GROEP = `Steungroep:${G}-R0G0`;

const CASES: Case[] = [
  {
    name: 'wijk page',
    vars: { id: WIJK },
    ours: `query($id: ID!) { node(id: $id) { ... on Wijk { id naam code kern { naam } buurten { id naam }
      steungroepen { id naam } partners { id naam soort } signalen { id titel status } } } }`,
    theirs: `query($id: ID!) { wijks(where: { id: { eq: $id } }) { id naam code kern { naam } buurten { id naam }
      steungroepen { id naam } partners { id naam soort } signalen { id titel status } } }`,
    cypher: `MATCH (w:Wijk {id: $id}) RETURN w { .id, .naam, .code,
      kern: [(w)-[:IN_KERN]->(k:Kern) | k { .naam }][0],
      buurten: [(w)<-[:IN_WIJK]-(b:Buurt) | b { .id, .naam }],
      steungroepen: [(w)<-[:IN_WIJK]-(s:Steungroep) | s { .id, .naam }],
      partners: [(w)<-[:ACTIEF_IN]-(p:Partner) | p { .id, .naam, .soort }],
      signalen: [(w)<-[:IN_WIJK]-(x:Signaal) | x { .id, .titel, .status }] } AS wijk`,
  },
  {
    name: 'steungroep (no members)',
    vars: { id: GROEP },
    ours: `query($id: ID!) { node(id: $id) { ... on Steungroep { id naam opgericht wijk { naam } themas { naam }
      doelgroepen { naam } partners { kernteam partner { id naam soort } } activiteiten { id naam dag beginTijd } } } }`,
    theirs: `query($id: ID!) { steungroeps(where: { id: { eq: $id } }) { id naam opgericht wijk { naam } themas { naam }
      doelgroepen { naam } partnersConnection { edges { properties { kernteam } node { id naam soort } } }
      activiteiten { id naam dag beginTijd } } }`,
    theirsNote: 'members left out on both sides: the library has no privacy rules for residents',
    cypher: `MATCH (s:Steungroep {id: $id}) RETURN s { .id, .naam, .opgericht,
      wijk: [(s)-[:IN_WIJK]->(w:Wijk) | w { .naam }][0],
      themas: [(s)-[:OVER]->(t:Thema) | t { .naam }],
      doelgroepen: [(s)-[:VOOR]->(d:Doelgroep) | d { .naam }],
      partners: [(s)<-[r:PARTNER_VAN]-(p:Partner) | { kernteam: r.kernteam, partner: p { .id, .naam, .soort } }],
      activiteiten: [(s)<-[:HOORT_BIJ]-(a:Activiteit) | a { .id, .naam, .dag, .beginTijd }] } AS steungroep`,
  },
  {
    name: 'nested 4 levels',
    vars: { g: G },
    ours: `query($g: String!) { gemeente(code: $g) { naam wijken { naam steungroepen { naam
      partners { partner { naam activiteiten { naam } } } } } } }`,
    theirs: `query($g: String!) { gemeentes(where: { code: { eq: $g } }) { naam wijken { naam steungroepen { naam
      partners { naam activiteiten { naam } } } } } }`,
    theirsNote: 'Gemeente.wijken is two hops (via Kern): an @cypher field in the library',
    cypher: `MATCH (g:Gemeente {code: $g}) RETURN g { .naam,
      wijken: [(g)<-[:IN_GEMEENTE]-(:Kern)<-[:IN_KERN]-(w:Wijk) | w { .naam,
        steungroepen: [(w)<-[:IN_WIJK]-(s:Steungroep) | s { .naam,
          partners: [(s)<-[:PARTNER_VAN]-(p:Partner) | { partner: p { .naam,
            activiteiten: [(p)-[:ORGANISEERT]->(a:Activiteit) | a { .naam }] } }] }] }] } AS gemeente`,
  },
  {
    name: 'network subgraph',
    vars: { g: G },
    ours: `query($g: String!) { network(filter: { gemeente: $g }, limit: 300) { truncated totalNodes
      nodes { id kind label weight } edges { id source target kind } } }`,
    theirsNote: 'no equivalent in the library (ranking by degree, bounded, edges among the kept nodes only)',
    cypher: `MATCH (n) WHERE n.gemeente = $g AND NOT n:Inwoner AND NOT n:Indicator
      WITH n, COUNT { (n)--(m) WHERE NOT m:Inwoner } AS weight ORDER BY weight DESC LIMIT 300
      WITH collect(n) AS kept, collect({ id: n.id, label: coalesce(n.naam, n.titel), weight: weight }) AS nodes
      RETURN nodes, [a IN kept | [(a)-[r]->(b) WHERE b IN kept | { source: a.id, target: b.id, kind: type(r) }]] AS edges`,
  },
  {
    name: 'search',
    vars: { g: G, t: 'Steungroep' },
    ours: `query($g: String!, $t: String!) { search(text: $t, gemeente: $g, first: 10) { kind label score node { id } } }`,
    theirs: `query($g: String!, $t: String!) {
      partners(where: { gemeente: { eq: $g }, naam: { contains: $t } }, limit: 10) { id naam }
      steungroeps(where: { gemeente: { eq: $g }, naam: { contains: $t } }, limit: 10) { id naam }
      activiteits(where: { gemeente: { eq: $g }, naam: { contains: $t } }, limit: 10) { id naam } }`,
    theirsNote:
      'library side: CONTAINS filters on naam over three types (no fulltext ranking, no prefix matching)',
    cypher: `CALL db.index.fulltext.queryNodes('zoek_namen', $t + '*') YIELD node, score
      WHERE node.gemeente = $g RETURN node.id AS id, coalesce(node.naam, node.titel) AS label, score LIMIT 10`,
  },
];

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const med = (xs: number[]) => pct(xs, 50);
const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;

async function main() {
  const started = Date.now();
  const log = (m: string) =>
    console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}`);
  const temp = process.env.NEO4J_URI ? undefined : await mkdtemp(join(tmpdir(), 'wijkweb-bench-'));
  const config = loadConfig({
    ...process.env,
    WIJKWEB_DATA_DIR: temp ?? '.data/bench',
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
  });
  const logger = pino({ level: 'warn' });
  const database = await openDatabase(config, logger, config.NEO4J_URI ? undefined : 0);
  const db = database.db;
  const driver = neo4j.driver(
    database.uri,
    config.NEO4J_USER ? neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD ?? '') : undefined,
  );
  const results: Record<string, unknown> = {
    startedAt: new Date().toISOString(),
    scale: SCALE,
    runs: RUNS,
    machine: 'shared 2-core; figures noisy, compare ratios',
  };
  const md: string[] = [];
  try {
    log(`Neo4j at ${database.uri}; loading demo vocabulary and synthetic data`);
    // Loading on a busy machine can outlast the request path's 15 s transaction limit.
    const setup = Db.connect({
      uri: database.uri,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      txTimeoutMs: 300_000,
    });
    await seedDemo(setup);
    const loads: Record<string, Generated> = {};
    loads[`${SCALE} gemeente(n)`] = await generate(setup, { scale: SCALE });
    // Single gemeenten of given sizes: ~600 nodes per Katwijk-sized region.
    const SIZED = { '1k': 2, '10k': 17, '50k': 84 } as const;
    const sizedCode: Record<string, string> = {};
    let k = 0;
    for (const [size, regions] of Object.entries(SIZED)) {
      sizedCode[size] = `GM98${String(++k).padStart(2, '0')}`;
      loads[`one gemeente ~${size} nodes`] = await generate(setup, {
        scale: 1,
        codes: [sizedCode[size]!],
        regions,
        seed: 7,
      });
    }
    loads['analyses ×10'] = await generate(setup, { scale: 1, codes: ['GM9810'], regions: 10, seed: 10 });
    loads['analyses ×100'] = await generate(setup, { scale: 1, codes: ['GM9900'], regions: 100, seed: 100 });
    await setup.close();
    for (const [what, r] of Object.entries(loads)) log(`load ${what}: ${describeLoad(r)}`);
    results.loads = Object.fromEntries(
      Object.entries(loads).map(([k2, r]) => [
        k2,
        {
          nodes: r.nodes,
          relationships: r.relationships,
          ms: r1(r.ms),
          nodesPerSecond: Math.round(r.nodesPerSecond),
          relationshipsPerSecond: Math.round(r.relationshipsPerSecond),
        },
      ]),
    );
    const countRows = await db.query<{ n: number }>('MATCH (n) RETURN count(n) AS n');
    log(`database holds ${countRows[0]!.n} nodes`);

    // --- Servers: ours and the library's, in this process.
    const ours = createApollo({ logger, production: false });
    await ours.start();
    const typeDefs = await readFile(join(HERE, 'neo4j-graphql', 'schema.graphql'), 'utf8');
    const lib = new Neo4jGraphQL({ typeDefs, driver });
    const theirs = new ApolloServer({ schema: await lib.getSchema() });
    await theirs.start();

    const runOurs = async (query: string, variables: Vars, batch = true) => {
      const ctx = createContext(db, undefined, undefined, { batch });
      const res = await ours.executeOperation({ query, variables }, { contextValue: ctx });
      if (res.body.kind !== 'single' || res.body.singleResult.errors)
        throw new Error(
          `ours: ${JSON.stringify(res.body.kind === 'single' ? res.body.singleResult.errors : 'stream')}`,
        );
      return { queries: ctx.db.queryCount, data: res.body.singleResult.data };
    };
    const runTheirs = async (query: string, variables: Vars) => {
      const res = await theirs.executeOperation(
        { query, variables },
        { contextValue: { executionContext: driver } as never },
      );
      if (res.body.kind !== 'single' || res.body.singleResult.errors)
        throw new Error(
          `theirs: ${JSON.stringify(res.body.kind === 'single' ? res.body.singleResult.errors : 'stream')}`,
        );
      return res.body.singleResult.data;
    };
    const runCypher = (cypher: string, variables: Vars) =>
      driver.executeQuery(cypher, variables, { routing: neo4j.routing.READ });
    const time = async (f: () => Promise<unknown>) => {
      const t = performance.now();
      await f();
      return performance.now() - t;
    };

    // --- 1. Query mix: ours vs library vs raw Cypher, interleaved round-robin.
    log(`query mix on ${G}: ${RUNS} interleaved runs each, after 3 warm-up runs`);
    const mix: Record<string, unknown>[] = [];
    for (const c of CASES) {
      const impls: [string, () => Promise<unknown>][] = [
        ['ours', () => runOurs(c.ours, c.vars)],
        ...(c.theirs
          ? [['theirs', () => runTheirs(c.theirs!, c.vars)] as [string, () => Promise<unknown>]]
          : []),
        ['cypher', () => runCypher(c.cypher, c.vars)],
      ];
      const times: Record<string, number[]> = {};
      for (let i = 0; i < RUNS + 3; i++) {
        for (const [name, f] of impls) {
          const ms = await time(f);
          if (i >= 3) (times[name] ??= []).push(ms);
        }
      }
      const { queries } = await runOurs(c.ours, c.vars);
      const row = {
        query: c.name,
        oursMs: r2(med(times.ours!)),
        theirsMs: times.theirs ? r2(med(times.theirs)) : null,
        cypherMs: r2(med(times.cypher!)),
        oursP95: r2(pct(times.ours!, 95)),
        theirsP95: times.theirs ? r2(pct(times.theirs, 95)) : null,
        oursVsTheirs: times.theirs ? r2(med(times.ours!) / med(times.theirs)) : null,
        oursVsCypher: r2(med(times.ours!) / med(times.cypher!)),
        oursStatements: queries,
        note: c.theirsNote ?? '',
      };
      mix.push(row);
      log(
        `  ${c.name}: ours ${row.oursMs} ms, library ${row.theirsMs ?? '–'} ms, cypher ${row.cypherMs} ms; ours/library ${row.oursVsTheirs ?? '–'}, ours/cypher ${row.oursVsCypher}`,
      );
    }
    results.queryMix = mix;
    md.push(
      `## Query mix (${G}, one Katwijk-sized gemeente; median of ${RUNS} interleaved runs, in-process, no HTTP)`,
      '',
      '| query | ours ms | @neo4j/graphql ms | raw Cypher ms | ours ÷ library | ours ÷ Cypher | our statements | note |',
      '|---|---:|---:|---:|---:|---:|---:|---|',
      ...mix.map(
        (r) =>
          `| ${r.query} | ${r.oursMs} | ${r.theirsMs ?? '–'} | ${r.cypherMs} | ${r.oursVsTheirs ?? '–'} | ${r.oursVsCypher} | ${r.oursStatements} | ${r.note} |`,
      ),
      '',
    );

    // --- 1b. Where our time goes: the cost of one round trip, and of the degree (verbindingen) we
    // compute for every related node whether asked for or not.
    log('diagnostics: round trip and degree cost');
    const diag: Record<string, number[]> = {
      dbRoundTrip: [],
      driverRoundTrip: [],
      wijkFloor: [],
      wijkFloorWithDegrees: [],
    };
    const wijkCypher = CASES[0]!.cypher;
    const withDegrees = wijkCypher.replace(
      /(\w) \{ \.id, \.naam(, \.soort)? \}/g,
      (_m, v: string, soort?: string) => `${v} { .id, .naam${soort ?? ''}, verbindingen: ${DEGREE(v)} }`,
    );
    for (let i = 0; i < RUNS * 2 + 3; i++) {
      const a = performance.now();
      await db.query('RETURN 1 AS x');
      const b = performance.now();
      await runCypher('RETURN 1 AS x', {});
      const c2 = performance.now();
      await runCypher(wijkCypher, CASES[0]!.vars);
      const d = performance.now();
      await runCypher(withDegrees, CASES[0]!.vars);
      const e = performance.now();
      if (i >= 3) {
        diag.dbRoundTrip!.push(b - a);
        diag.driverRoundTrip!.push(c2 - b);
        diag.wijkFloor!.push(d - c2);
        diag.wijkFloorWithDegrees!.push(e - d);
      }
    }
    const diagnostics = Object.fromEntries(Object.entries(diag).map(([k2, v]) => [k2, r2(med(v))]));
    results.diagnostics = diagnostics;
    log(`  ${JSON.stringify(diagnostics)}`);
    md.push(
      '## Where the time goes (median ms)',
      '',
      `- one trivial statement through our Db boundary outside a request (own session + managed read transaction; inside a request reads share one transaction): ${diagnostics.dbRoundTrip}; through \`driver.executeQuery\`: ${diagnostics.driverRoundTrip}`,
      `- wijk page as one hand-written statement: ${diagnostics.wijkFloor}; the same with the degree (\`verbindingen\`) of every listed node, which we compute only when a query selects it: ${diagnostics.wijkFloorWithDegrees}`,
      '',
    );

    // --- 2. DataLoader on/off and round trips at ~1k, 10k, 50k nodes (the nested query).
    log('nested query with and without DataLoader');
    const nested = CASES.find((c) => c.name === 'nested 4 levels')!;
    const dl: Record<string, unknown>[] = [];
    for (const [size, code] of Object.entries(sizedCode)) {
      const vars = { g: code };
      const n = size === '50k' ? 3 : size === '10k' ? 5 : 10;
      const t: Record<string, number[]> = { on: [], off: [], theirs: [], cypher: [] };
      let qOn = 0;
      let qOff = 0;
      for (let i = 0; i <= n; i++) {
        const a = performance.now();
        qOn = (await runOurs(nested.ours, vars, true)).queries;
        const b = performance.now();
        qOff = (await runOurs(nested.ours, vars, false)).queries;
        const c2 = performance.now();
        await runTheirs(nested.theirs!, vars);
        const d = performance.now();
        await runCypher(nested.cypher, vars);
        const e = performance.now();
        if (i > 0) {
          t.on!.push(b - a);
          t.off!.push(c2 - b);
          t.theirs!.push(d - c2);
          t.cypher!.push(e - d);
        }
      }
      const row = {
        nodes: size,
        gemeente: code,
        withMs: r1(med(t.on!)),
        withoutMs: r1(med(t.off!)),
        theirsMs: r1(med(t.theirs!)),
        cypherMs: r1(med(t.cypher!)),
        withoutVsWith: r2(med(t.off!) / med(t.on!)),
        oursVsTheirs: r2(med(t.on!) / med(t.theirs!)),
        oursVsCypher: r2(med(t.on!) / med(t.cypher!)),
        statementsWith: qOn,
        statementsWithout: qOff,
      };
      dl.push(row);
      log(
        `  ~${size} nodes: DataLoader ${row.withMs} ms / ${qOn} statements; without ${row.withoutMs} ms / ${qOff} statements (×${row.withoutVsWith}); library ${row.theirsMs} ms; cypher ${row.cypherMs} ms`,
      );
    }
    results.dataLoader = dl;
    md.push(
      '## Nested query (gemeente → wijken → steungroepen → partners → activiteiten): DataLoader and round trips',
      '',
      '| gemeente size | with DataLoader ms | statements | without ms | statements | without ÷ with | library ms | ours ÷ library | raw Cypher ms | ours ÷ Cypher |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...dl.map(
        (r) =>
          `| ~${r.nodes} nodes | ${r.withMs} | ${r.statementsWith} | ${r.withoutMs} | ${r.statementsWithout} | ${r.withoutVsWith} | ${r.theirsMs} | ${r.oursVsTheirs} | ${r.cypherMs} | ${r.oursVsCypher} |`,
      ),
      '',
    );

    // --- 3. Analyses at scale 1, 10 and 100.
    log('analyses');
    const target = (g: string) => ({
      gemeente: g,
      steungroep: `Steungroep:${g}-R0G0`,
      buurt: `Buurt:${g}-R0K0W0B0`,
    });
    const an = await timeScales(db, {
      '×1': target(G),
      '×10': target('GM9810'),
      '×100': target('GM9900'),
    });
    results.analyses = an;
    const scales = Object.keys(an);
    md.push(
      '## Analyses (median ms, statements per request)',
      '',
      '| analysis | ×1 ms | ×10 ms | ×100 ms | ×10 ÷ ×1 | ×100 ÷ ×10 | ×100 ÷ ×1 | statements (×1, ×100) |',
      '|---|---:|---:|---:|---:|---:|---:|---:|',
      ...Object.keys(ANALYSES).map((a) => {
        const ms = (s: string) => an[s]![a]!.ms;
        return `| ${a} | ${r1(ms('×1'))} | ${r1(ms('×10'))} | ${r1(ms('×100'))} | ${r1(ms('×10') / ms('×1'))} | ${r1(ms('×100') / ms('×10'))} | ${r1(ms('×100') / ms('×1'))} | ${an['×1']![a]!.queries}, ${an['×100']![a]!.queries} |`;
      }),
      '',
    );
    for (const a of Object.keys(ANALYSES))
      log(`  ${a}: ${scales.map((s) => `${s} ${r1(an[s]![a]!.ms)} ms`).join(', ')}`);

    // --- 4. Load over HTTP with autocannon: ours and the library's on the same queries, where the
    // library has one; ours alone on the network subgraph.
    log(`load: autocannon, ${LOAD_SECONDS} s per run`);
    const server = await startServer({
      db,
      logger,
      port: 0,
      rateLimits: { perMinute: 10_000_000, failedAuthPer15Minutes: 1_000_000 },
    });
    const libHttp = new ApolloServer({ schema: await lib.getSchema() });
    const { url: libUrl } = await startStandaloneServer(libHttp, {
      listen: { port: 0, host: '127.0.0.1' },
      context: async () => ({ executionContext: driver }),
    });
    const LOADED = ['wijk page', 'steungroep (no members)', 'search', 'network subgraph'];
    const load: Record<string, unknown>[] = [];
    for (const name of LOADED) {
      const c = CASES.find((x) => x.name === name)!;
      for (const connections of [1, 8]) {
        const sides: [string, string, string][] = [['ours', `${server.url}/graphql`, c.ours]];
        if (c.theirs) sides.push(['library', libUrl, c.theirs]);
        for (const [who, url, query] of sides) {
          const res = await loadTest({
            url,
            connections,
            seconds: LOAD_SECONDS,
            bodies: [{ query, variables: c.vars }],
          });
          const row = { query: name, who, connections, ...res };
          load.push(row);
          log(
            `  ${name}, ${who} c=${connections}: ${res.requestsPerSecond} req/s, p50 ${res.p50} ms, p95 ${res.p95} ms, p99 ${res.p99} ms, errors ${res.errors}, non-2xx ${res.non2xx}, GraphQL errors ${res.graphqlErrors}`,
          );
        }
      }
    }
    await server.close();
    await new Promise((r) => server.server.close(r));
    await libHttp.stop();
    results.load = load;
    const rps = (q: string, who: string, c: number) =>
      load.find((r) => r.query === q && r.who === who && r.connections === c)?.requestsPerSecond as
        number | undefined;
    const ratio = (q: string, c: number) => {
      const [o, t] = [rps(q, 'ours', c), rps(q, 'library', c)];
      return o && t ? r2(o / t) : '–';
    };
    md.push(
      `## Load over HTTP (autocannon, ${LOAD_SECONDS} s per run; p95 computed from every response time)`,
      '',
      '| query | server | connections | req/s | p50 ms | p95 ms | p99 ms | errors | non-2xx | GraphQL errors |',
      '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...load.map(
        (r) =>
          `| ${r.query} | ${r.who} | ${r.connections} | ${r.requestsPerSecond} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} | ${r.non2xx} | ${r.graphqlErrors} |`,
      ),
      '',
      '| query | throughput ours ÷ library, c=1 | c=8 |',
      '|---|---:|---:|',
      ...LOADED.map((q) => `| ${q} | ${ratio(q, 1)} | ${ratio(q, 8)} |`),
      '',
    );

    await ours.stop();
    await theirs.stop();
    await lib.getSchema();
    md.unshift(
      `# Wijkweb benchmark ${results.startedAt}`,
      '',
      `One run, one embedded Neo4j 5.26, same data for every side. Shared 2-core machine: absolute figures are noisy; ratios are measured in the same run, interleaved. Data: ${countRows[0]!.n} nodes.`,
      '',
      '## Load (bulk path, batched UNWIND MERGE)',
      '',
      '| data | nodes | relationships | s | nodes/s | relationships/s |',
      '|---|---:|---:|---:|---:|---:|',
      ...Object.entries(loads).map(
        ([w, r]) =>
          `| ${w} | ${r.nodes} | ${r.relationships} | ${r1(r.ms / 1000)} | ${Math.round(r.nodesPerSecond)} | ${Math.round(r.relationshipsPerSecond)} |`,
      ),
      '',
    );
    results.totalSeconds = Math.round((Date.now() - started) / 1000);
    md.push(`Total run time ${results.totalSeconds} s.`, '');
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const dir = join(HERE, 'results');
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, `${stamp}.json`), JSON.stringify(results, null, 2) + '\n');
    await writeFile(join(dir, `${stamp}.md`), md.join('\n'));
    log(`written bench/results/${stamp}.json and .md`);
    console.log('\n' + md.join('\n'));
  } finally {
    await driver.close();
    await database.stop();
    if (temp) await rm(temp, { recursive: true, force: true });
  }
}

await main();
