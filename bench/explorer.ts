/// <reference lib="dom" />
// page.evaluate callbacks run in the browser, so this file needs the DOM types.
/**
 * Benchmark (not a test): the network explorer on a synthetic network of 5,000 nodes and 20,000
 * edges in headless Chromium. Reports time to first draw, layout time and frame times.
 *
 *   npm run build -w web && npx tsx bench/explorer.ts [nodes] [edges]
 *
 * How the big network gets in: Playwright answers the app's `/graphql` requests itself
 * (`page.route`) with a generated network, so the app runs exactly the code a real answer runs
 * (urql, the loader, graphology, sigma, the ForceAtlas2 worker) and the product carries no
 * benchmark switch. The built app is served by a small static server here: no Neo4j is needed.
 *
 * Headless Chromium draws WebGL in software (SwiftShader), so frame times here are far above a
 * laptop with a GPU; the layout runs in a worker and is closer to what people get.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { mkdir } from 'node:fs/promises';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page, type Route } from 'playwright-core';

const NODES = Number(process.argv[2] ?? 5_000);
const EDGES = Number(process.argv[3] ?? 20_000);
const BUILD = fileURLToPath(new URL('../web/build/', import.meta.url));

const KINDS = [
  ['PARTNER', 0.3],
  ['ACTIVITEIT', 0.3],
  ['STEUNGROEP', 0.1],
  ['LOCATIE', 0.1],
  ['SIGNAAL', 0.08],
  ['WIJK', 0.06],
  ['THEMA', 0.04],
  ['DOELGROEP', 0.02],
] as const;
const LABELS: Record<string, string> = {
  PARTNER: 'Partner',
  ACTIVITEIT: 'Activiteit',
  STEUNGROEP: 'Steungroep',
  LOCATIE: 'Locatie',
  SIGNAAL: 'Signaal',
  WIJK: 'Wijk',
  THEMA: 'Thema',
  DOELGROEP: 'Doelgroep',
};

/**
 * A network shaped like a municipality's: clusters (wijken) whose nodes mostly link inside their
 * cluster, some links across, thema's and doelgroepen shared by all. Seeded: every run the same.
 */
function syntheticNetwork(nodeCount: number, edgeCount: number) {
  let seed = 20_250_501;
  const random = () => (seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0) / 2 ** 32;
  const nodes = Array.from({ length: nodeCount }, (_, i) => {
    let r = random();
    const kind = KINDS.find(([, share]) => (r -= share) < 0)?.[0] ?? 'PARTNER';
    return {
      __typename: 'NetworkNode',
      id: `${LABELS[kind]}:synth-${i}`,
      kind,
      label: `${LABELS[kind]} ${i}`,
      weight: 0,
    };
  });
  const clusters = Math.max(1, Math.round(Math.sqrt(nodeCount) / 2));
  const clusterOf = (i: number) => i % clusters;
  const members = Array.from({ length: clusters }, (_, c) =>
    nodes.map((_, i) => i).filter((i) => clusterOf(i) === c),
  );
  const edges = [];
  const seen = new Set<string>();
  while (edges.length < edgeCount) {
    const a = Math.floor(random() * nodeCount);
    const group = members[clusterOf(a)]!;
    const b =
      random() < 0.85 ? group[Math.floor(random() * group.length)]! : Math.floor(random() * nodeCount);
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || seen.has(key)) continue;
    seen.add(key);
    nodes[a]!.weight++;
    nodes[b]!.weight++;
    edges.push({
      __typename: 'NetworkEdge',
      id: `e${edges.length}`,
      source: nodes[a]!.id,
      target: nodes[b]!.id,
      kind: 'SYNTHETISCH',
    });
  }
  return { __typename: 'Network', nodes, edges, truncated: false, totalNodes: nodeCount };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** web/build with the app's fallback to index.html, on a free loopback port. */
function serveBuild(): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(BUILD, path);
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(BUILD, 'index.html');
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({
        server,
        url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
      });
    }),
  );
}

function answerGraphql(network: ReturnType<typeof syntheticNetwork>) {
  const body = JSON.stringify({ data: { network } });
  const gemeente = { __typename: 'Gemeente', id: 'Gemeente:GM0537', code: 'GM0537', naam: 'Synthetisch' };
  return (route: Route) => {
    const { operationName } = route.request().postDataJSON() as { operationName?: string };
    const json = (data: unknown) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ data }) });
    switch (operationName) {
      case 'Netwerk':
        return route.fulfill({ status: 200, contentType: 'application/json', body });
      case 'Gemeenten':
        return json({ gemeenten: [gemeente] });
      case 'NetwerkKeuzes':
        return json({ gemeente: { ...gemeente, kernen: [] }, themas: [], doelgroepen: [] });
      default:
        return json({ search: [], node: null });
    }
  };
}

/** requestAnimationFrame intervals over `ms`, while `act` runs: the frame time a person feels. */
async function frameTimes(page: Page, ms: number, act: () => Promise<void>): Promise<number[]> {
  // A string, not a function: tsx would wrap named functions in a helper the page does not have.
  await page.evaluate(`(() => {
    window.__frames = [];
    let last = performance.now();
    const end = last + ${ms};
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (now < end) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await act();
  await page.waitForTimeout(ms + 200);
  return page.evaluate(() => (window as unknown as { __frames: number[] }).__frames.slice(1));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? NaN;
const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;

async function main() {
  if (!existsSync(join(BUILD, 'index.html')))
    throw new Error('web/build is missing: run `npm run build -w web` first.');
  const network = syntheticNetwork(NODES, EDGES);
  const { server, url } = await serveBuild();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'nl-NL' });
    await page.route('**/graphql', answerGraphql(network));
    const started = Date.now();
    await page.goto(`${url}/netwerk?gemeente=GM0537&limiet=5000`);
    const map = page.locator('.netwerkkaart');
    await page.waitForFunction(
      (n) => document.querySelector<HTMLElement>('.netwerkkaart')?.dataset.getekend === String(n),
      NODES,
      { timeout: 120_000 },
    );
    const duringLayout = await frameTimes(page, 3_000, async () => {});
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('.netwerkkaart')?.dataset.layout === 'done',
      null,
      { timeout: 120_000 },
    );
    const wall = Date.now() - started;
    const marks = await page.evaluate(() => ({
      firstDraw: performance.getEntriesByName('wijkweb:eerste-tekening')[0]?.startTime ?? NaN,
      layout: performance.getEntriesByName('wijkweb:layout', 'measure').at(-1)?.duration ?? NaN,
    }));
    const layout = await map.evaluate((el) => ({
      iterations: el.dataset.iteraties,
      reason: el.dataset.reden,
    }));
    const picture = fileURLToPath(
      new URL(`../test-results/screenshots/bench-explorer-${NODES}.png`, import.meta.url),
    );
    await mkdir(dirname(picture), { recursive: true });
    await page.screenshot({ path: picture });

    // Pan across the map with the mouse: sigma hides the edges of a graph this big while it moves.
    const box = (await map.boundingBox())!;
    const panning = await frameTimes(page, 3_000, async () => {
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      for (let i = 0; i < 30; i++)
        await page.mouse.move(box.x + box.width / 2 + i * 8, box.y + box.height / 2 + i * 4);
      await page.mouse.up();
    });
    // A still picture that redraws with everything in it: zoom steps from the keyboard.
    await map.focus();
    const zooming = await frameTimes(page, 3_000, async () => {
      for (const key of ['+', '+', '-', '-']) await page.keyboard.press(key);
    });

    // A full redraw with every edge: light up one kind (the showcase restyles all 25,000 items).
    await page.mouse.move(box.x + 5, box.y + 5);
    const showcase = await frameTimes(page, 3_000, async () => {
      await page.getByLabel('Licht uit zonder de rest te verbergen').selectOption('soort:PARTNER');
    });

    console.log(
      `Wijkweb explorer benchmark: ${NODES.toLocaleString('en')} nodes, ${EDGES.toLocaleString('en')} edges`,
    );
    console.log(`  Chromium ${browser.version()}, headless, WebGL in software (SwiftShader)`);
    console.log(`  time to first draw (navigation start → first frame with nodes)  ${ms(marks.firstDraw)}`);
    console.log(
      `  layout (ForceAtlas2 in a web worker, edges hidden)              ${ms(marks.layout)} (${layout.iterations} iterations, stopped: ${layout.reason})`,
    );
    console.log(`  until settled (wall clock, from page.goto)                      ${ms(wall)}`);
    console.log(
      `  frame time while the layout runs   median ${ms(median(duringLayout))}, p95 ${ms(p95(duringLayout))} (${duringLayout.length} frames)`,
    );
    console.log(
      `  frame time while panning            median ${ms(median(panning))}, p95 ${ms(p95(panning))} (${panning.length} frames)`,
    );
    console.log(
      `  frame time while zooming            median ${ms(median(zooming))}, p95 ${ms(p95(zooming))} (${zooming.length} frames)`,
    );
    console.log(
      `  longest frame after a showcase change (full restyle, all edges)  ${ms(Math.max(...showcase))}`,
    );
    console.log(`  screenshot: ${picture}`);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
