import { describe, expect, it } from 'vitest';
import { parseOptions, sizeLabel } from '../../../bench/options';

describe('bench options', () => {
  it('measures 10k and 100k by default, 2k and 10k with --quick', () => {
    expect(parseOptions([], {}).sizes).toEqual([10_000, 100_000]);
    expect(parseOptions(['--quick'], {}).sizes).toEqual([2_000, 10_000]);
    expect(parseOptions([], { BENCH_QUICK: '1' }).sizes).toEqual([2_000, 10_000]);
  });

  it('takes sizes from a flag or the environment, flag first, sorted and distinct', () => {
    expect(parseOptions(['--notes', '100000,10_000,10000'], {}).sizes).toEqual([10_000, 100_000]);
    expect(parseOptions(['--notes=500'], { BENCH_NOTES: '9' }).sizes).toEqual([500]);
    expect(parseOptions([], { BENCH_NOTES: '9' }).sizes).toEqual([9]);
    expect(parseOptions(['--batch', '250', '--reps=7'], {})).toMatchObject({ batchSize: 250, repetitions: 7, kdfTargetMs: 1_000 });
  });

  it('leaves out the 1 GiB runs only when asked (--notebook-only or BENCH_NOTEBOOK_ONLY=1)', () => {
    expect(parseOptions([], {}).notebookOnly).toBe(false);
    expect(parseOptions(['--notebook-only', '--quick'], {})).toMatchObject({ notebookOnly: true, sizes: [2_000, 10_000] });
    expect(parseOptions([], { BENCH_NOTEBOOK_ONLY: '1' }).notebookOnly).toBe(true);
    expect(parseOptions([], { BENCH_NOTEBOOK_ONLY: '0' }).notebookOnly).toBe(false);
  });

  it('refuses what it does not understand, with the usage', () => {
    expect(() => parseOptions(['--notes', 'ten'], {})).toThrow(/positive whole number.*\n.*usage/s);
    expect(() => parseOptions(['--notes'], {})).toThrow(/needs a value/);
    expect(() => parseOptions(['--fast'], {})).toThrow(/unknown argument "--fast"/);
  });

  it('labels sizes for the metric keys', () => {
    expect([10_000, 100_000, 2_000, 2_500].map(sizeLabel)).toEqual(['10k', '100k', '2k', '2500']);
  });
});
