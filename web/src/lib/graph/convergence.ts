/**
 * When to stop a force layout. ForceAtlas2 never says it is done; this watches how far the nodes
 * move between two iterations, relative to the size of the drawing, and calls the layout settled
 * once that stays under `threshold` for `patience` iterations in a row.
 */
export class Convergence {
  private previous: Float64Array | undefined;
  private first: number | undefined;
  private calm = 0;
  iterations = 0;
  /** The last relative movement: mean step of a node divided by the drawing's diagonal. */
  movement = Infinity;

  constructor(
    private readonly threshold = 0.0008,
    private readonly patience = 8,
  ) {}

  /** Feed the positions after an iteration (x0, y0, x1, y1, …, nodes in a fixed order). */
  step(positions: Float64Array): void {
    this.iterations++;
    const previous = this.previous;
    this.previous = positions.slice();
    if (!previous || previous.length !== positions.length || positions.length === 0) return;
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    let moved = 0;
    for (let i = 0; i < positions.length; i += 2) {
      const x = positions[i]!;
      const y = positions[i + 1]!;
      moved += Math.hypot(x - previous[i]!, y - previous[i + 1]!);
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    const diagonal = Math.hypot(maxX - minX, maxY - minY) || 1;
    this.movement = moved / (positions.length / 2) / diagonal;
    this.first ??= this.movement;
    this.calm = this.movement < this.threshold ? this.calm + 1 : 0;
  }

  get converged(): boolean {
    return this.calm >= this.patience;
  }

  /**
   * How far along, 0 to 1, on a log scale from the first movement to the threshold: movement
   * falls roughly geometrically, so this advances at an even pace.
   */
  get progress(): number {
    if (this.converged) return 1;
    if (this.first === undefined || !Number.isFinite(this.movement)) return 0;
    if (this.first <= this.threshold) return this.movement <= this.threshold ? 0.99 : 0;
    const done = Math.log(this.first / this.movement) / Math.log(this.first / this.threshold);
    return Math.min(0.99, Math.max(0, done));
  }
}
