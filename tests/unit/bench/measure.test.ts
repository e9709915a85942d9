import { describe, expect, it } from 'vitest';
import { measureEach, median, percentile, summarize } from '../../../bench/measure';

describe('bench measure', () => {
  it('interpolates percentiles between closest ranks', () => {
    const values = [5, 1, 4, 2, 3];
    expect(median(values)).toBe(3);
    expect(percentile(values, 0)).toBe(1);
    expect(percentile(values, 100)).toBe(5);
    expect(percentile(values, 95)).toBeCloseTo(4.8);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2.5);
    expect(percentile([], 50)).toBeNaN();
  });

  it('summarises to two decimals', () => {
    expect(summarize([1, 2, 3, 4, 10])).toEqual({ n: 5, p50: 3, p95: 8.8, max: 10, mean: 4 });
  });

  it('warms up, then times each item round-robin and keeps the median', async () => {
    const calls: string[] = [];
    const timed = await measureEach(['a', 'b'], (item) => {
      calls.push(item);
      return item.toUpperCase();
    }, { warmup: 1, repetitions: 3 });
    expect(calls).toEqual(['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b']);
    expect(timed.map((t) => [t.item, t.result, t.samplesMs.length])).toEqual([
      ['a', 'A', 3],
      ['b', 'B', 3],
    ]);
    expect(timed.every((t) => t.medianMs >= 0)).toBe(true);
  });
});
