/**
 * `npx tsx bench/analyses.ts`: how long each analysis of issue 4 takes, on the demo data and on a
 * synthetic gemeente about 100 times Katwijk's size (same proportions). Not a test: it prints a
 * table. Starts its own embedded Neo4j in a temporary directory and removes it afterwards.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pino from 'pino';
import { loadConfig } from '../api/src/config.js';
import { createContext } from '../api/src/core/context.js';
import type { Db } from '../api/src/db/db.js';
import { openDatabase } from '../api/src/neo4j.js';
import { seedDemo } from '../api/src/seed/load.js';
import { createApollo } from '../api/src/server.js';
import { writeSynthetic, type SyntheticIds } from '../api/src/bulk/synthetic.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SCALE = Number(process.env.BENCH_SCALE ?? 100);

export const OPERATIONS: Record<string, string> = {
  replicatie: `query($s: ID!) { replicatie(steungroep: $s) { aantalWijken kandidaten(first: 100) {
    rang wijk { id } totaal onderdelen { naam score } ontbrekendePartnerSoorten brugPartners { partner { naam } }
    brugBewoners { aantal } bestaandAanbod { aanbod { id } } uitleg } } }`,
  dekking: `query($g: String!) { dekking(gemeente: $g) { kernen { kern { id } voldoendeAanbod
    wijken { wijk { id } witteVlekken cellen { thema { id } activiteiten steungroepen bereikPerMaand signalen indicatorScore witteVlek } } }
    witteVlekken { wijk { id } thema { id } uitleg } } }`,
  duplicaten: `query($g: String!) { duplicaten(gemeente: $g) { paren { a { activiteit { id } } b { activiteit { id } } overlapMinuten professioneelNaastVrijwillig uitleg } groepen { paren } } }`,
  verbinders: `query($g: String!) { verbinders(gemeente: $g) { modulariteit partners { partner { id } betweenness cluster uitleg }
    clusters { nummer naam } zonderSamenwerking { partner { id } } } }`,
  verwijzing: `query($b: ID!) { verwijzing(gebied: $b, thema: "Thema:eenzaamheid", doelgroep: "Doelgroep:ouderen") {
    aantal resultaten(first: 50) { activiteit { id } afstand waarom } } }`,
  monitoring: `query($g: String!) { monitoring(gemeente: $g) { magDoelen { magDoel { id } bereikPerMaand }
    wijken { wijk { id } indicatoren { naam punten { jaar waarde } } bereikPerMaand signalen { open beantwoord } deelnemers { aantal } } } }`,
};

export interface Target {
  gemeente: string;
  steungroep: string;
  buurt: string;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

type Timings = Record<string, { ms: number; queries: number }>;

/**
 * Median ms per analysis at each target, after one warm-up request each (caches, query planner).
 * The targets take turns within every round, so a busy spell on the machine hits all of them
 * alike and the ratios between them stay meaningful.
 */
export async function timeScales(
  db: Db,
  targets: Record<string, Target>,
  runs = RUNS,
): Promise<Record<string, Timings>> {
  const apollo = createApollo({ logger: pino({ level: 'silent' }), production: false });
  const out: Record<string, Timings> = Object.fromEntries(Object.keys(targets).map((t) => [t, {}]));
  for (const [name, query] of Object.entries(OPERATIONS)) {
    const times: Record<string, number[]> = {};
    for (let run = 0; run <= runs; run++) {
      for (const [scale, target] of Object.entries(targets)) {
        const variables = { g: target.gemeente, s: target.steungroep, b: target.buurt };
        const ctx = createContext(db);
        const started = performance.now();
        const res = await apollo.executeOperation({ query, variables }, { contextValue: ctx });
        const ms = performance.now() - started;
        if (res.body.kind !== 'single' || res.body.singleResult.errors) {
          throw new Error(
            `${name} at ${scale} failed: ${JSON.stringify(res.body.kind === 'single' ? res.body.singleResult.errors : res.body)}`,
          );
        }
        if (run > 0) (times[scale] ??= []).push(ms);
        out[scale]![name] = { ms: 0, queries: ctx.db.queryCount };
      }
    }
    for (const scale of Object.keys(targets)) out[scale]![name]!.ms = median(times[scale]!);
  }
  return out;
}

export async function timeAll(db: Db, target: Target, runs = RUNS): Promise<Timings> {
  return (await timeScales(db, { only: target }, runs)).only!;
}

async function main() {
  const dataDir = await mkdtemp(join(tmpdir(), 'wijkweb-bench-'));
  const config = loadConfig({
    ...process.env,
    WIJKWEB_DATA_DIR: dataDir,
    NEO4J_URI: undefined,
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
  });
  const database = await openDatabase(config, pino({ level: 'warn' }), 0);
  try {
    await seedDemo(database.db);
    console.log(`Demo data loaded; timing ${RUNS} runs per analysis (median, after one warm-up run).`);
    const demo = await timeAll(database.db, {
      gemeente: 'GM0537',
      steungroep: 'Steungroep:hoornesgroep',
      buurt: 'Buurt:GM0537-BU0801',
    });

    const started = performance.now();
    const synthetic: SyntheticIds = await writeSynthetic(database.db, { scale: SCALE, seed: 42 });
    console.log(
      `Synthetic gemeente ${synthetic.gemeente} written in ${((performance.now() - started) / 1000).toFixed(1)} s:`,
    );
    for (const [label, n] of Object.entries(synthetic.counts)) console.log(`  ${label.padEnd(28)} ${n}`);
    const big = await timeAll(database.db, synthetic);

    console.log(`\n| analysis | demo (Katwijk) ms | synthetic ×${SCALE} ms | statements |`);
    console.log('|---|---:|---:|---:|');
    for (const name of Object.keys(OPERATIONS)) {
      console.log(
        `| ${name} | ${demo[name]!.ms.toFixed(1)} | ${big[name]!.ms.toFixed(1)} | ${big[name]!.queries} |`,
      );
    }
  } finally {
    await database.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
