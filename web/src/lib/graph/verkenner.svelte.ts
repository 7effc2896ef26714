import Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import { inferSettings } from 'graphology-layout-forceatlas2';
import { Convergence } from './convergence.js';
import type { Network } from './network.js';
import { syncGraph, type EdgeAttributes, type ExplorerGraph, type NodeAttributes } from './sync-graph.js';

export type LayoutStatus = 'idle' | 'running' | 'done';

export interface LayoutState {
  status: LayoutStatus;
  /** 0 to 1: how far towards settled, or towards the time budget, whichever is further. */
  progress: number;
  iterations: number;
  /** Milliseconds the last layout ran. */
  ms: number;
  /** Why the last layout stopped. */
  reason?: 'converged' | 'budget' | 'stopped';
}

/**
 * Time a layout may take: enough for a few hundred iterations of a small graph, capped so that a
 * big one on a slow machine stops moving after a quarter of a minute at most.
 */
export function layoutBudget(order: number): number {
  return Math.min(15_000, Math.max(3_000, 3_000 + order * 2));
}

/** Progress is written to reactive state at most this often: a layout step is faster than a paint. */
const PROGRESS_INTERVAL_MS = 150;
/** The layout is drawn at most this often (about 30 times a second). */
const MIN_DRAW_INTERVAL_MS = 33;

/**
 * The graph that is drawn and the ForceAtlas2 layout that places it. The graph lives here, not in
 * the canvas, so switching to the table and back keeps every position. The layout runs in a web
 * worker; between its iterations this watches the movement and stops it once the nodes settle or
 * the time budget is spent.
 */
export class Verkenner {
  readonly graph: ExplorerGraph = new Graph<NodeAttributes, EdgeAttributes>({
    type: 'directed',
    multi: true,
    allowSelfLoops: true,
  });
  /** Goes up on every change of nodes or edges: derive tables and summaries from it. */
  versie = $state(0);
  layout = $state<LayoutState>({ status: 'idle', progress: 0, iterations: 0, ms: 0 });

  private supervisor: FA2Layout | undefined;
  private stopListening: (() => void) | undefined;
  private budgetTimer: ReturnType<typeof setTimeout> | undefined;

  /** Draws `network`, keeping the places of nodes that stay; a layout runs when nodes came or went. */
  toon(network: Network): void {
    // The worker is ended before the graph changes: it would otherwise respawn itself on the change.
    const wasRunning = this.supervisor !== undefined;
    this.teardown();
    const { added, removed } = syncGraph(this.graph, network);
    this.versie++;
    if (added.length || removed.length || wasRunning) this.startLayout();
  }

  startLayout(budgetMs = layoutBudget(this.graph.order)): void {
    this.stopLayout();
    if (this.graph.order < 2) {
      this.layout = { status: 'done', progress: 1, iterations: 0, ms: 0, reason: 'converged' };
      return;
    }
    const started = performance.now();
    performance.mark('wijkweb:layout-start');
    // The worker moves a copy: every iteration lands there, cheaply, and the drawn graph gets the
    // positions only as often as the screen can show them. Moving the drawn graph itself would make
    // the renderer reprocess every node and edge per iteration, which throttles the worker to the
    // frame rate (a few iterations a second for thousands of nodes drawn in software).
    const shadow = this.graph.copy();
    const convergence = new Convergence();
    const supervisor = new FA2Layout(shadow, { settings: inferSettings(shadow), getEdgeWeight: null });
    this.supervisor = supervisor;
    const positions = new Float64Array(shadow.order * 2);
    let lastReport = 0;
    let frame: number | undefined;
    let lastDraw = 0;
    let drawCost = 16;

    // Drawing takes at most about a fifth of the main thread, whatever a frame costs here: the
    // worker's next iteration waits for the main thread, so drawing every frame would starve it.
    const draw = () => {
      frame = undefined;
      const start = performance.now();
      lastDraw = start;
      this.copyPositions(positions);
      // Two frames later the renderer has drawn the new positions: that is what a draw costs.
      requestAnimationFrame(() => requestAnimationFrame(() => (drawCost = performance.now() - start)));
    };
    const onIteration = () => {
      let i = 0;
      shadow.forEachNode((_id, node) => {
        positions[i++] = node.x;
        positions[i++] = node.y;
      });
      convergence.step(positions);
      if (
        frame === undefined &&
        performance.now() - lastDraw > Math.max(MIN_DRAW_INTERVAL_MS, 4 * drawCost)
      ) {
        frame = requestAnimationFrame(draw);
      }
      // Finished after the supervisor's message handler returns: it still writes to its buffers.
      if (convergence.converged) {
        setTimeout(() => this.finish('converged', { convergence, started, supervisor }));
        return;
      }
      const now = performance.now();
      if (now - lastReport > PROGRESS_INTERVAL_MS) {
        lastReport = now;
        this.layout = {
          status: 'running',
          progress: Math.max(convergence.progress, (now - started) / budgetMs),
          iterations: convergence.iterations,
          ms: now - started,
        };
      }
    };
    shadow.on('eachNodeAttributesUpdated', onIteration);
    this.stopListening = () => {
      shadow.off('eachNodeAttributesUpdated', onIteration);
      if (frame !== undefined) cancelAnimationFrame(frame);
      // Wherever the layout stops, the drawing shows that state.
      if (convergence.iterations > 0) this.copyPositions(positions);
    };
    this.budgetTimer = setTimeout(
      () => this.finish('budget', { convergence, started, supervisor }),
      budgetMs,
    );
    this.layout = { status: 'running', progress: 0, iterations: 0, ms: 0 };
    supervisor.start();
  }

  /** Stops a running layout where it is (the "stop" button, or a new graph). */
  stopLayout(): void {
    const running = this.supervisor !== undefined;
    this.teardown();
    if (running) this.layout = { ...this.layout, status: 'done', progress: 1, reason: 'stopped' };
  }

  dispose(): void {
    this.teardown();
  }

  private copyPositions(positions: Float64Array): void {
    let i = 0;
    this.graph.updateEachNodeAttributes(
      (_id, node) => {
        node.x = positions[i++]!;
        node.y = positions[i++]!;
        return node;
      },
      { attributes: ['x', 'y'] },
    );
  }

  private finish(
    reason: 'converged' | 'budget',
    run: { convergence: Convergence; started: number; supervisor: FA2Layout },
  ): void {
    // A late call for a layout that was already stopped or replaced changes nothing.
    if (this.supervisor !== run.supervisor) return;
    this.teardown();
    const ms = performance.now() - run.started;
    performance.mark('wijkweb:layout-klaar');
    performance.measure('wijkweb:layout', 'wijkweb:layout-start', 'wijkweb:layout-klaar');
    this.layout = { status: 'done', progress: 1, iterations: run.convergence.iterations, ms, reason };
  }

  private teardown(): void {
    clearTimeout(this.budgetTimer);
    this.budgetTimer = undefined;
    this.stopListening?.();
    this.stopListening = undefined;
    this.supervisor?.kill();
    this.supervisor = undefined;
  }
}
