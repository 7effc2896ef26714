// Runs a real Neo4j 5.26 LTS in a child JVM (neo4j/Launcher.java), with the jars fetched once from
// Maven by neo4j/pom.xml into .neo4j/ (gitignored), so the project needs no Docker and no Neo4j install.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type Log = (msg: string) => void;
const defaultLog: Log = (msg) => console.log(`[embedded-neo4j] ${msg}`);
const HINT = 'or set NEO4J_URI to an existing Neo4j 5 server.';

/** The repo root is the nearest ancestor holding neo4j/pom.xml (works from src/ and from a build output). */
function findRepoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'neo4j', 'pom.xml'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir)
      throw new Error(
        'Cannot start the embedded Neo4j: neo4j/pom.xml not found above ' + fileURLToPath(import.meta.url),
      );
    dir = parent;
  }
}

function paths(repoRoot: string) {
  const home = path.join(repoRoot, '.neo4j');
  return {
    pom: path.join(repoRoot, 'neo4j', 'pom.xml'),
    source: path.join(repoRoot, 'neo4j', 'Launcher.java'),
    home,
    lib: path.join(home, 'lib'),
    stamp: path.join(home, 'lib', '.pom-sha256'),
    classes: path.join(home, 'classes'),
  };
}

function javaBin(): string {
  const fromHome = process.env.JAVA_HOME && path.join(process.env.JAVA_HOME, 'bin', 'java');
  return fromHome && existsSync(fromHome) ? fromHome : 'java';
}

function checkJava(): void {
  const r = spawnSync(javaBin(), ['-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new Error(
      "Cannot start the embedded Neo4j: 'java' (OpenJDK 17+) was not found. Install it (apt-get install openjdk-17-jre-headless) " +
        HINT,
    );
  }
  // `java -version` prints e.g. 'openjdk version "17.0.15"' (or "1.8.0_x" for Java 8) on stderr.
  const m = /version "(?:1\.)?(\d+)/.exec(r.stderr);
  if (m && Number(m[1]) < 17) {
    throw new Error(
      `Cannot start the embedded Neo4j: 'java' is Java ${m[1]}, Neo4j 5 needs 17 or newer. Install it (apt-get install openjdk-17-jre-headless) ` +
        HINT,
    );
  }
}

function hasMaven(): boolean {
  const r = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  return !r.error && r.status === 0;
}

function readStamp(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : '';
}

function tail(text: string, lines: number): string {
  return text.trim().split('\n').slice(-lines).join('\n');
}

/**
 * Makes sure .neo4j/lib holds the jars for neo4j/pom.xml (fetching them with Maven when missing or when the
 * pom changed) and that .neo4j/classes holds a compiled Launcher no older than its source or the jars.
 */
export async function ensureNeo4jJars(opts: { repoRoot?: string; log?: Log } = {}): Promise<void> {
  const log = opts.log ?? defaultLog;
  const p = paths(opts.repoRoot ?? findRepoRoot());
  checkJava();

  const pomHash = createHash('sha256').update(readFileSync(p.pom)).digest('hex');
  if (readStamp(p.stamp) !== pomHash) {
    if (!hasMaven()) {
      throw new Error(
        "Cannot start the embedded Neo4j: 'mvn' (Maven 3) was not found; it is needed once to fetch the Neo4j jars. Install it (apt-get install maven) " +
          HINT,
      );
    }
    mkdirSync(p.home, { recursive: true });
    // Fetch into a fresh folder and swap it in, so a failed or concurrent fetch never leaves a half-filled
    // lib/ and jars of an older pom never linger next to the new ones.
    const tmp = mkdtempSync(path.join(p.home, 'lib.tmp-'));
    log('fetching the Neo4j jars with Maven (only needed once) ...');
    const started = Date.now();
    // Async: a first fetch can take a while and must not block the event loop (or a test's timers).
    const r = await run('mvn', [
      '-q',
      '-B',
      '-f',
      p.pom,
      'dependency:copy-dependencies',
      `-DoutputDirectory=${tmp}`,
    ]);
    if (r.code !== 0) {
      rmSync(tmp, { recursive: true, force: true });
      throw new Error(
        `Cannot start the embedded Neo4j: fetching its jars with Maven failed (exit ${r.code}):\n${tail(r.output, 30)}`,
      );
    }
    writeFileSync(path.join(tmp, '.pom-sha256'), pomHash + '\n');
    // If another process (a parallel test file) swapped in the same fetch meanwhile, keep that one: it may
    // already be on a running JVM's class path.
    if (readStamp(p.stamp) === pomHash) {
      rmSync(tmp, { recursive: true, force: true });
    } else {
      rmSync(p.lib, { recursive: true, force: true });
      try {
        renameSync(tmp, p.lib);
      } catch (err) {
        rmSync(tmp, { recursive: true, force: true });
        if (readStamp(p.stamp) !== pomHash) throw err;
      }
    }
    log(`Neo4j jars fetched in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }

  // Compiling once saves about 1 s per start over running Launcher.java as a source file.
  const cls = path.join(p.classes, 'Launcher.class');
  const mtime = (f: string) => statSync(f).mtimeMs;
  if (!existsSync(cls) || mtime(cls) < mtime(p.source) || mtime(cls) < mtime(p.stamp)) {
    mkdirSync(p.classes, { recursive: true });
    const tmp = mkdtempSync(path.join(p.home, 'classes.tmp-'));
    // javac itself ships only with a JDK; the jdk.compiler module is in the JRE too, so run it through java.
    // It does not expand 'lib/*' the way the java launcher does, hence the explicit jar list.
    const jars = readdirSync(p.lib)
      .filter((f) => f.endsWith('.jar'))
      .map((f) => path.join(p.lib, f));
    const r = await run(javaBin(), [
      '-m',
      'jdk.compiler/com.sun.tools.javac.Main',
      '-nowarn',
      '-d',
      tmp,
      '-cp',
      jars.join(path.delimiter),
      p.source,
    ]);
    if (r.code !== 0) {
      rmSync(tmp, { recursive: true, force: true });
      throw new Error(
        `Cannot start the embedded Neo4j: compiling neo4j/Launcher.java failed:\n${tail(r.output, 30)}`,
      );
    }
    // Rename file by file: atomic, so a JVM starting concurrently never loads a half-written class.
    for (const f of readdirSync(tmp)) renameSync(path.join(tmp, f), path.join(p.classes, f));
    rmSync(tmp, { recursive: true, force: true });
  }
}

function run(cmd: string, args: string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', (err) => resolve({ code: -1, output: output + String(err) }));
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
  });
}

/** A port that was free a moment ago on 127.0.0.1 (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface EmbeddedNeo4j {
  uri: string;
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;

export async function startEmbeddedNeo4j(opts: {
  dataDir: string;
  boltPort?: number;
  heap?: string;
  pageCache?: string;
  log?: Log;
  /** Where neo4j/ and .neo4j/ are; found from this file's location when not given. */
  repoRoot?: string;
}): Promise<EmbeddedNeo4j> {
  const log = opts.log ?? defaultLog;
  const repoRoot = opts.repoRoot ?? findRepoRoot();
  await ensureNeo4jJars({ repoRoot, log });
  const p = paths(repoRoot);
  const port = opts.boltPort || (await freePort());
  const dataDir = path.resolve(opts.dataDir);

  // Sizing for a 2-core, 24 GiB machine shared by this JVM, the API, the test runner and often a second
  // Neo4j (a test instance next to the dev one): heap 2g holds transaction state and query working memory
  // for our small graph; page cache 2g holds the whole store for the data sizes we expect. With ~0.5 GiB of
  // JVM overhead that caps this process near 4.5 GiB, leaving room for all the rest and the OS file cache.
  // -Xms = -Xmx as Neo4j advises (no heap-resize pauses); without -XX:+AlwaysPreTouch (which Neo4j's own
  // config has) untouched heap costs no RSS, so an idle instance stays around 0.5 GiB and starts faster.
  const heap = opts.heap ?? '2g';
  const pageCache = opts.pageCache ?? '2g';
  const jvmArgs = [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    // From Neo4j 5's default neo4j.conf (server.jvm.additional), minus AlwaysPreTouch and the profiling flags.
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+UnlockExperimentalVMOptions',
    '-XX:+TrustFinalNonStaticFields',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
    // Ours: a JVM limping on after an OOM is worse than one that dies and is reported.
    '-XX:+ExitOnOutOfMemoryError',
    '-Dfile.encoding=UTF-8',
    '-Dlauncher.exitOnStdinEof=true',
  ];
  const args = [
    ...jvmArgs,
    '-cp',
    [p.classes, path.join(p.lib, '*')].join(path.delimiter),
    'Launcher',
    dataDir,
    String(port),
    `server.memory.pagecache.size=${pageCache}`,
  ];

  const started = Date.now();
  // stdin stays a pipe we never close: the JVM exits when it sees EOF, i.e. when this process is gone.
  const child = spawn(javaBin(), args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const exited = new Promise<string>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `code ${code}`)),
  );

  // Never orphan the JVM: stop it when this process exits or is told to stop.
  const killOnExit = () => child.kill('SIGTERM');
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals) => {
    signalled = true;
    child.kill('SIGTERM');
    // Adding a listener cancelled Node's default exit on this signal; restore it if nobody else handles it.
    process.off(signal, onSignal);
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  process.on('exit', killOnExit);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  void exited.then(() => {
    process.off('exit', killOnExit);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  });

  const stderrTail: string[] = [];
  let failed = '';
  let isReady = false;
  let stdoutBuf = '';
  let stderrBuf = '';
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `Embedded Neo4j did not become ready within ${READY_TIMEOUT_MS / 1000} s (data dir ${dataDir}). Last stderr lines:\n${stderrTail.join('\n')}`,
        ),
      );
    }, READY_TIMEOUT_MS);
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdoutBuf += d;
      let nl: number;
      while ((nl = stdoutBuf.indexOf('\n')) >= 0) {
        const line = stdoutBuf.slice(0, nl).trim();
        stdoutBuf = stdoutBuf.slice(nl + 1);
        const m = /^NEO4J_READY (\S+)/.exec(line);
        if (m) {
          isReady = true;
          clearTimeout(timer);
          resolve(m[1]!);
        }
      }
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderrBuf += d;
      let nl: number;
      while ((nl = stderrBuf.indexOf('\n')) >= 0) {
        const line = stderrBuf.slice(0, nl);
        stderrBuf = stderrBuf.slice(nl + 1);
        if (isReady) log(`neo4j stderr: ${line}`);
        if (line.startsWith('NEO4J_FAILED: ')) failed = line.slice('NEO4J_FAILED: '.length);
        stderrTail.push(line);
        if (stderrTail.length > 20) stderrTail.shift();
      }
    });
    child.on('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`Cannot start the embedded Neo4j: spawning java failed: ${err.message}`));
    });
    void exited.then((how) => {
      clearTimeout(timer);
      // Launcher's own message (port in use, data dir locked by another Neo4j, ...) says it best;
      // otherwise (e.g. the JVM refused a flag) the last stderr lines do.
      const why = failed || `the JVM exited with ${how}. Last stderr lines:\n${stderrTail.join('\n')}`;
      reject(new Error(`Embedded Neo4j failed to start (data dir ${dataDir}): ${why}`));
    });
  });

  const uri = await ready;
  log(`Neo4j ready at ${uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (data dir ${dataDir})`);

  let stopping: Promise<void> | undefined;
  void exited.then((how) => {
    if (!stopping && !signalled)
      log(`Neo4j exited unexpectedly (${how}); see ${path.join(dataDir, 'logs', 'debug.log')}`);
  });
  return {
    uri,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
}
