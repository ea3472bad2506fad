// Timing through tinybench, reduced to the figures the report prints: p50, p95 and the number of samples.
import { Bench } from 'tinybench';

export interface Timing {
  p50: number;
  p95: number;
  mean: number;
  samples: number;
}

export interface MeasureOptions {
  /** Time budget in ms (default 400). */
  time?: number;
  /** Minimum samples (default 20); a slow peer is measured with 1–3. */
  iterations?: number;
  /** Warm-up budget in ms (default 60; 0 = none, for peers too slow to warm up). */
  warmupTime?: number;
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** A full GC between measurements (when node runs with --expose-gc), so one cell's garbage is not the next one's pause. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export function measure(name: string, fn: () => unknown, options: MeasureOptions = {}): Timing {
  const run = timedRun(name, fn, options);
  return timingOf(run.samples, run.mean);
}

/** One tinybench run of `fn`: its latency samples in ms, and their mean. */
function timedRun(name: string, fn: () => unknown, options: MeasureOptions, collect = true): { samples: number[]; mean: number } {
  if (collect) collectGarbage();
  const warmupTime = options.warmupTime ?? 60;
  const bench = new Bench({
    name,
    time: options.time ?? 400,
    iterations: options.iterations ?? 20,
    warmup: warmupTime > 0,
    warmupTime,
    warmupIterations: warmupTime > 0 ? 3 : 0,
    retainSamples: true,
    throws: true,
  });
  bench.add(name, fn);
  const [task] = bench.runSync();
  const result = task?.result;
  if (!result || !('latency' in result)) throw new Error(`benchmark "${name}" produced no result`);
  return { samples: [...(result.latency.samples ?? [])], mean: result.latency.mean };
}

function timingOf(unsorted: readonly number[], mean = unsorted.reduce((sum, x) => sum + x, 0) / unsorted.length): Timing {
  const samples = [...unsorted].sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), mean, samples: samples.length };
}

const TURN_WARMUP_MS = 20;

export interface SideBySideOptions {
  /** Turns each function gets (default 4). */
  rounds?: number;
  /** Time budget per function, in ms, shared among its turns. */
  time: [number, number];
  /** Warm-up of each function before its first turn, in ms. */
  warmupTime: number;
}

/**
 * Two functions timed in turns (a, b, a, b, …), each one's samples pooled: a slow spell of the machine then falls
 * on both rather than on whichever was being timed, so the ratio of the two holds when their absolute figures move.
 */
export function measureSideBySide(
  [nameA, fnA]: [string, () => unknown],
  [nameB, fnB]: [string, () => unknown],
  options: SideBySideOptions,
): [Timing, Timing] {
  const rounds = options.rounds ?? 4;
  const pooled: [number[], number[]] = [[], []];
  collectGarbage();
  for (let round = 0; round < rounds; round++) {
    // The minimum of 20 samples is shared among the turns too: a floor over a 1 MB paste takes 55 ms a call. A
    // turn after the first is warmed briefly, as the other function's turn left the caches to it; and no garbage is
    // collected between turns, since what a collection moves is slow to reach for the calls right after it.
    const turn = (time: number): MeasureOptions => ({
      time: time / rounds,
      iterations: Math.ceil(20 / rounds),
      warmupTime: round === 0 ? options.warmupTime : TURN_WARMUP_MS,
    });
    pooled[0] = pooled[0].concat(timedRun(nameA, fnA, turn(options.time[0]), false).samples);
    pooled[1] = pooled[1].concat(timedRun(nameB, fnB, turn(options.time[1]), false).samples);
  }
  return [timingOf(pooled[0]), timingOf(pooled[1])];
}

/** Runs `fn` over a pool of inputs in turn, so consecutive calls never see the same input. */
export function rotating<T>(pool: readonly T[], fn: (item: T) => unknown): () => unknown {
  let next = 0;
  return () => fn(pool[next++ % pool.length]!);
}
