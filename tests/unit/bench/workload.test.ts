import { describe, expect, it } from 'vitest';
import { interleave, latinWords } from '../../../bench/corpus';
import { buildWorkload, stratifiedRanks } from '../../../bench/workload';
import { createRng } from '../../../bench/random';

const vocabulary = interleave(latinWords(12_000, 3), ['في', 'حقوق', 'الإنسان']);

describe('bench workload', () => {
  it('spreads ranks evenly over the range', () => {
    const ranks = stratifiedRanks(createRng(1), 50, 10, 10_000);
    expect(ranks).toHaveLength(50);
    expect(ranks.every((r, i) => r >= 10 + i * 199.8 && r < 10 + (i + 1) * 199.8 + 1)).toBe(true);
  });

  it('has the promised mix of queries, the same on every run', () => {
    const queries = buildWorkload(vocabulary);
    expect(buildWorkload(vocabulary)).toEqual(queries);
    const count = (kind: string) => queries.filter((q) => q.kind === kind).length;
    expect([count('worst'), count('single'), count('and'), count('prefix')]).toEqual([5, 50, 20, 20]);

    const worst = queries.filter((q) => q.kind === 'worst');
    expect(worst.map((q) => q.ranks[0])).toEqual([1, 2, 3, 4, 5]);
    expect(worst.map((q) => q.text)).toEqual(vocabulary.words.slice(0, 5));

    for (const q of queries.filter((q) => q.kind === 'single')) {
      expect(q.ranks[0]).toBeGreaterThanOrEqual(10);
      expect(q.ranks[0]).toBeLessThanOrEqual(10_000);
      expect(q.text).toBe(vocabulary.words[(q.ranks[0] ?? 0) - 1]);
    }
    for (const q of queries.filter((q) => q.kind === 'and')) {
      expect(q.text.split(' ')).toHaveLength(2);
      expect(new Set(q.ranks).size).toBe(2);
    }
    const prefixes = queries.filter((q) => q.kind === 'prefix');
    expect(new Set(prefixes.map((q) => q.text)).size).toBe(20);
    for (const q of prefixes) {
      expect(q.text).toMatch(/^\S{3,4}\*$/u);
      expect(vocabulary.words[(q.ranks[0] ?? 0) - 1]?.startsWith(q.text.slice(0, -1))).toBe(true);
    }
  });
});
