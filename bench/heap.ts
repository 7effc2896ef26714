/**
 * Heap after a forced collection, and the rule the battery uses to call it flat. Heap used right
 * after `gc()` is what survives: caches and leaks, not garbage waiting to be collected. A bounded
 * cache first grows and then levels off, so the verdict looks at the second half of the run only.
 */

export interface HeapSample {
  /** Operations done when the sample was taken. */
  ops: number;
  mb: number;
}

/** Allowed growth of heap-after-GC over the second half of the run (least-squares fit), in MB. */
export const FLAT_MB = 3;

const gc = (globalThis as { gc?: () => void }).gc;
export const canCollect = () => gc !== undefined;

/** MB of heap in use after a full collection (the process must run with --expose-gc). */
export function heapAfterGc(): number {
  gc?.();
  return Math.round((process.memoryUsage().heapUsed / 2 ** 20) * 10) / 10;
}

/** Least-squares slope of mb over ops. */
function slope(xs: HeapSample[]): number {
  const n = xs.length;
  const mx = xs.reduce((s, x) => s + x.ops, 0) / n;
  const my = xs.reduce((s, x) => s + x.mb, 0) / n;
  const num = xs.reduce((s, x) => s + (x.ops - mx) * (x.mb - my), 0);
  const den = xs.reduce((s, x) => s + (x.ops - mx) ** 2, 0);
  return den ? num / den : 0;
}

const r1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Growth over each half as a least-squares fit times the half's length (one noisy sample cannot
 * decide it); flat when the second half grew less than FLAT_MB.
 */
export function heapVerdict(samples: HeapSample[]) {
  const total = samples.at(-1)?.ops ?? 0;
  const first = samples.filter((s) => s.ops <= total / 2);
  const second = samples.filter((s) => s.ops >= total / 2);
  const growth = (xs: HeapSample[]) => (xs.length > 1 ? r1(slope(xs) * (xs.at(-1)!.ops - xs[0]!.ops)) : NaN);
  const secondHalfGrowthMb = growth(second);
  return {
    startMb: samples[0]?.mb,
    middleMb: second[0]?.mb,
    endMb: samples.at(-1)?.mb,
    maxMb: Math.max(...samples.map((s) => s.mb)),
    firstHalfGrowthMb: growth(first),
    secondHalfGrowthMb,
    kbPerOperationSecondHalf: second.length > 1 ? r1(slope(second) * 1024) : NaN,
    criterion: `flat when heap after GC grew less than ${FLAT_MB} MB over the second half of the operations (least-squares fit over ${second.length} samples)`,
    flat: secondHalfGrowthMb < FLAT_MB,
  };
}
