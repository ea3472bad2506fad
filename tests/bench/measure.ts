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
  collectGarbage();
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
  const samples = [...(result.latency.samples ?? [])].sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), mean: result.latency.mean, samples: samples.length };
}

/** Runs `fn` over a pool of inputs in turn, so consecutive calls never see the same input. */
export function rotating<T>(pool: readonly T[], fn: (item: T) => unknown): () => unknown {
  let next = 0;
  return () => fn(pool[next++ % pool.length]!);
}
