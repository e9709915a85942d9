import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { measureAttachments } from '../../../bench/attachments';
import { measureBundleExport } from '../../../bench/bundle-export';
import { useSilentBench } from '../../support/silent-bench';

/**
 * The 1 GiB runs, small and once (8 MiB of attachment, one 16 MiB file in a bundle): every key
 * the issues promise present and positive, and nothing left in the temp folder. Speeds are
 * never judged here (the bench's JSON is where they are read).
 */
describe('bench throughput runs (small)', () => {
  useSilentBench();
  const leftovers = () => readdirSync(tmpdir()).filter((name) => name.startsWith('fieldnotes-bench-attachments-') || name.startsWith('fieldnotes-bench-export-'));

  it('attachments: write, read, memory, CPU and the age comparison', async () => {
    const before = leftovers();
    const result = await measureAttachments(8 * 1024 * 1024, 1);
    for (const key of ['attachment_write_mb_s', 'attachment_read_mb_s', 'attachment_write_ratio_age_cli', 'attachment_write_cpu_mb_s', 'attachment_read_cpu_mb_s']) {
      expect(result[key], key).toBeGreaterThan(0);
    }
    expect(result.attachment_rss_growth_mb).toBeTypeOf('number');
    expect(Object.keys(result.attachment_targets as object)).toEqual(['write_ge_300_mb_s', 'read_ge_300_mb_s', 'rss_growth_le_64_mb']);
    expect(leftovers()).toEqual(before);
  });

  it('bundle export: export, open, memory, CPU and the age comparison', async () => {
    const before = leftovers();
    const result = await measureBundleExport(1, 1);
    for (const key of ['export_mb_s', 'open_mb_s', 'export_time_ratio_age_cli', 'export_cpu_mb_s', 'open_cpu_mb_s', 'export_age_cli_mb_s']) {
      expect(result[key], key).toBeGreaterThan(0);
    }
    expect(result.export_rss_growth_mb).toBeTypeOf('number');
    expect(Object.keys(result.export_targets as object)).toEqual(['export_ge_250_mb_s', 'time_le_1_5x_age_cli', 'rss_growth_le_64_mb']);
    expect(leftovers()).toEqual(before);
  });
});
