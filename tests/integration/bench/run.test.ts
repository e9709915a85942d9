import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { runBenchmark } from '../../../bench/run';
import { useSilentBench } from '../../support/silent-bench';

/**
 * `npm run bench` takes minutes and is not part of `npm test`; this keeps it from rotting when
 * the services it drives change: the whole run at a toy size, real vault, real databases.
 */
describe('bench run (small)', () => {
  useSilentBench();

  it('reports every promised figure and leaves no temporary files', async () => {
    const leftovers = () => readdirSync(tmpdir()).filter((name) => name.startsWith('fieldnotes-bench-'));
    const before = leftovers();
    const { result, detail } = await runBenchmark({
      sizes: [150, 300],
      batchSize: 100,
      singleInserts: 10,
      repetitions: 1,
      warmup: 0,
      kdfTargetMs: 0,
      resultsDir: 'unused',
    });
    for (const size of ['150', '300']) {
      for (const key of ['search_p50_ms', 'search_p95_ms', 'search_worst_ms', 'search_p95_ms_plain', 'search_p95_ratio_plain']) {
        expect(result[`${key}_${size}`], `${key}_${size}`).toBeTypeOf('number');
      }
    }
    for (const key of ['unlock_ms', 'insert_per_s', 'insert_per_s_plain', 'insert_cpu_per_s', 'insert_cpu_per_s_plain', 'insert_single_per_s', 'insert_cpu_per_s_300']) {
      expect(result[key], key).toBeGreaterThan(0);
    }
    expect(result.kdf).toMatchObject({ name: 'argon2id', memory_kib: 65_536, passes: 3, parallelism: 4 });
    expect(result.encrypted_file_verified).toBe(true);
    const parts = (result.by_size as Record<string, { bytes_per_text_byte_by_part: Record<string, number> }>)['300']?.bytes_per_text_byte_by_part;
    expect(parts?.entries).toBeGreaterThan(0.5); // every note's text is in its entries row
    expect(parts?.search_index).toBeGreaterThan(0);
    expect(result.targets).toMatchObject({ search_p95_100k_le_30_ms: null, all: null });

    const rows = detail['300'] as { kind: string; hits: number; total: number }[];
    expect(rows).toHaveLength(95);
    // The most frequent words are in nearly every note: a full first page, encrypted and plain alike.
    expect(rows.filter((r) => r.kind === 'worst').every((r) => r.hits === 20 && r.total >= 250)).toBe(true);
    expect(leftovers()).toEqual(before);
  });
});
