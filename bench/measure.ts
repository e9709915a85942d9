/** Timing and summary statistics. Milliseconds throughout, from the monotonic clock. */

export function elapsedMs<T>(run: () => T): { ms: number; value: T } {
  const started = performance.now();
  const value = run();
  return { ms: performance.now() - started, value };
}

export async function elapsedMsAsync<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

/** Linear interpolation between closest ranks (NumPy's default), p in [0, 100]. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1);
  const below = Math.floor(position);
  const low = sorted[below] as number;
  const high = sorted[Math.min(sorted.length - 1, below + 1)] as number;
  return low + (high - low) * (position - below);
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

export function summarize(values: readonly number[]): Summary {
  const mean = values.length === 0 ? Number.NaN : values.reduce((a, b) => a + b, 0) / values.length;
  return {
    n: values.length,
    p50: round(percentile(values, 50)),
    p95: round(percentile(values, 95)),
    max: round(values.length === 0 ? Number.NaN : Math.max(...values)),
    mean: round(mean),
  };
}

/** Two decimals: sub-millisecond detail matters for search, more is noise. */
export function round(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

export interface Timed<Q, R> {
  item: Q;
  medianMs: number;
  samplesMs: number[];
  /** The result of the last measured run, for reporting hit counts and the like. */
  result: R;
}

/**
 * Runs every item `warmup` times unmeasured, then `repetitions` measured rounds. Rounds go
 * round-robin over the items rather than repeating one item back to back, so no query is
 * timed right after itself with its own pages freshest in the cache. Between rounds it yields
 * to the event loop (outside any timed span) so Ctrl-C is handled promptly.
 */
export async function measureEach<Q, R>(
  items: readonly Q[],
  run: (item: Q) => R,
  options: { warmup?: number; repetitions?: number } = {},
): Promise<Timed<Q, R>[]> {
  const warmup = options.warmup ?? 1;
  const repetitions = Math.max(1, options.repetitions ?? 5);
  for (let round = 0; round < warmup; round += 1) for (const item of items) run(item);
  const samples = items.map(() => [] as number[]);
  const results: R[] = new Array<R>(items.length);
  for (let round = 0; round < repetitions; round += 1) {
    await yieldToEventLoop();
    items.forEach((item, i) => {
      const { ms, value } = elapsedMs(() => run(item));
      samples[i]?.push(ms);
      results[i] = value;
    });
  }
  return items.map((item, i) => {
    const itemSamples = samples[i] ?? [];
    return { item, medianMs: median(itemSamples), samplesMs: itemSamples, result: results[i] as R };
  });
}

/** Lets pending signals and I/O callbacks run between long synchronous stretches. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
