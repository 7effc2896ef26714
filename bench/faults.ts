/**
 * The battery's fault phase: Neo4j stopped cleanly or killed outright (SIGKILL of its JVM) while
 * four readers and three writers keep going over HTTP, then started again on the same data
 * directory. Each writer signs in as the demo BEHEERDER and creates signals through the real
 * editing mutation (`maakSignaal`), each with an id of its own (three, so that writes are in
 * flight when the database goes); a write counts as acknowledged when the answer is
 * an HTTP 200 with no errors and the signal in it. Afterwards every acknowledged id is looked up.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Db } from '../api/src/db/db.js';

export type Fault = 'stop' | 'kill';

export interface Neo4jControl {
  stop(): Promise<void>;
  kill(): Promise<void>;
  start(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** The pid of the Neo4j JVM this process started on `dataDir` (a direct child; Linux /proc). */
export function jvmPid(dataDir: string): number {
  for (const tid of readdirSync(`/proc/${process.pid}/task`)) {
    const kids = readFileSync(`/proc/${process.pid}/task/${tid}/children`, 'utf8').split(/\s+/);
    for (const kid of kids.filter(Boolean)) {
      const cmd = readFileSync(`/proc/${kid}/cmdline`, 'utf8');
      if (cmd.includes('Launcher') && cmd.includes(dataDir)) return Number(kid);
    }
  }
  throw new Error(`no Neo4j JVM on ${dataDir} among this process's children`);
}

const SIGN_IN = `mutation { inloggen(email: "beheerder@wijkweb.example", wachtwoord: "demo-beheerder") { rol } }`;
const MAAK = `mutation($id: ID!, $invoer: SignaalInvoer!) {
  maakSignaal(id: $id, invoer: $invoer) { signaal { id } errors { veld code } } }`;

interface Answer {
  status: number;
  ms: number;
  body: {
    data?: { maakSignaal?: { signaal: { id: string } | null; errors: { code: string }[] } } | null;
    errors?: { extensions?: { code?: string } }[];
  };
  cookie: string | null;
}

async function post(url: string, body: unknown, cookie?: string): Promise<Answer> {
  const started = Date.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  let parsed: Answer['body'] = {};
  try {
    parsed = JSON.parse(text) as Answer['body'];
  } catch {
    parsed = { errors: [{ extensions: { code: `unparsable: ${text.slice(0, 80)}` } }] };
  }
  return {
    status: res.status,
    ms: Date.now() - started,
    body: parsed,
    cookie: res.headers.get('set-cookie')?.split(';')[0] ?? null,
  };
}

const codeOf = (a: Answer) =>
  `${a.status} ${a.body.errors?.[0]?.extensions?.code ?? a.body.data?.maakSignaal?.errors[0]?.code ?? 'no code'}`;

export async function faultCycles(opts: {
  serverUrl: string;
  faults: Fault[];
  neo4j: Neo4jControl;
  db: Db;
  reads: unknown[];
  gemeente: string;
  wijk: string;
  log: (m: string) => void;
}) {
  const url = `${opts.serverUrl}/graphql`;
  const reads = { ok: 0, unavailable503: 0, unavailableInBody: 0, other: 0 };
  const unavailableMs: number[] = [];
  const otherSamples: string[] = [];
  const health: Record<string, number> = {};
  const acked: string[] = [];
  const failed: string[] = [];
  const failedByCode: Record<string, number> = {};
  let signIns = 0;
  let down = false;
  let stop = false;
  let firstReadUp: number | undefined;
  let firstWriteUp: number | undefined;

  const reader = async (i: number) => {
    for (let n = i; !stop; n++) {
      try {
        const a = await post(url, opts.reads[n % opts.reads.length]);
        const code = a.body.errors?.[0]?.extensions?.code;
        if (a.status === 200 && !a.body.errors) {
          reads.ok++;
          if (!down) firstReadUp ??= Date.now();
        } else if (code === 'SERVICE_UNAVAILABLE') {
          if (a.status === 503) reads.unavailable503++;
          else reads.unavailableInBody++;
          unavailableMs.push(a.ms);
        } else {
          reads.other++;
          if (otherSamples.length < 5)
            otherSamples.push(`${a.status} ${JSON.stringify(a.body).slice(0, 200)}`);
        }
      } catch (e) {
        reads.other++;
        if (otherSamples.length < 5) otherSamples.push(String(e));
      }
      await sleep(10);
    }
  };

  /** One writer of several: its own session, its own ids. */
  const writer = async (w: number) => {
    let cookie: string | undefined;
    const signIn = async () => {
      while (!stop) {
        signIns++;
        const a = await post(url, { query: SIGN_IN }).catch(() => undefined);
        if (a?.status === 200 && a.cookie && !a.body.errors) return (cookie = a.cookie);
        await sleep(500);
      }
    };
    await signIn();
    for (let i = 0; !stop; i++) {
      // A fresh id per attempt: a write whose answer was lost may still have been committed.
      const id = `Signaal:${opts.gemeente}-battery-w${w}-${i}`;
      const invoer = {
        titel: `Battery ${w}.${i}`,
        bron: 'WIJKTEAM',
        gemeente: opts.gemeente,
        wijk: opts.wijk,
      };
      try {
        const a = await post(url, { query: MAAK, variables: { id, invoer } }, cookie);
        const result = a.body.data?.maakSignaal;
        if (a.status === 200 && !a.body.errors && result?.signaal?.id === id && !result.errors.length) {
          acked.push(id);
          if (!down) firstWriteUp ??= Date.now();
        } else {
          failed.push(id);
          failedByCode[codeOf(a)] = (failedByCode[codeOf(a)] ?? 0) + 1;
          if (a.status === 401) await signIn();
        }
      } catch {
        failed.push(id);
        failedByCode['network error'] = (failedByCode['network error'] ?? 0) + 1;
      }
      await sleep(20);
    }
  };
  const healthPoll = async () => {
    while (!stop) {
      const status = await fetch(`${opts.serverUrl}/healthz`).then(
        (r) => String(r.status),
        () => 'unreachable',
      );
      health[status] = (health[status] ?? 0) + 1;
      await sleep(250);
    }
  };

  const workers = [reader(0), reader(1), reader(2), reader(3), writer(0), writer(1), writer(2), healthPoll()];
  const cycles: { fault: Fault; downMs: number; firstReadMs: number; firstWriteMs: number }[] = [];
  for (const [i, fault] of opts.faults.entries()) {
    await sleep(8000);
    opts.log(`   cycle ${i + 1}: ${fault === 'kill' ? 'SIGKILL of the Neo4j JVM' : 'clean stop of Neo4j'}`);
    const downAt = Date.now();
    down = true;
    await (fault === 'kill' ? opts.neo4j.kill() : opts.neo4j.stop());
    await sleep(5000);
    opts.log(`   cycle ${i + 1}: starting Neo4j again on the same data directory`);
    await opts.neo4j.start();
    const upAt = Date.now();
    firstReadUp = firstWriteUp = undefined;
    down = false;
    while ((firstReadUp === undefined || firstWriteUp === undefined) && Date.now() - upAt < 60_000)
      await sleep(100);
    const since = (t?: number) => (t === undefined ? NaN : t - upAt);
    cycles.push({
      fault,
      downMs: upAt - downAt,
      firstReadMs: since(firstReadUp),
      firstWriteMs: since(firstWriteUp),
    });
    opts.log(`   cycle ${i + 1}: ${JSON.stringify(cycles.at(-1))}`);
  }
  await sleep(5000);
  stop = true;
  await Promise.all(workers);

  const found = async (ids: string[]) =>
    (
      await opts.db.query<{ n: number }>('MATCH (s:Signaal) WHERE s.id IN $ids RETURN count(s) AS n', { ids })
    )[0]!.n;
  const present = await found(acked);
  return {
    cycles,
    survived: cycles.filter((c) => Number.isFinite(c.firstReadMs) && Number.isFinite(c.firstWriteMs)).length,
    reads,
    unavailableAnswerMs: { median: median(unavailableMs), max: Math.max(0, ...unavailableMs) },
    otherSamples,
    healthz: health,
    writes: {
      attempted: acked.length + failed.length,
      acknowledged: acked.length,
      checked: acked.length,
      present,
      lost: acked.length - present,
      failedByCode,
      // Not acknowledged, yet committed: the answer was lost with the database (allowed, not lost).
      failedButPresent: await found(failed),
      signIns,
    },
  };
}
