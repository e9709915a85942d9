import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureAttachments } from '../../../bench/attachments';

/** The attachment benchmark at 8 MiB: every promised key present, nothing left in the temp folder. */
describe('bench attachments (small)', () => {
  const silent = process.env.BENCH_SILENT;
  beforeAll(() => {
    process.env.BENCH_SILENT = '1';
  });
  afterAll(() => {
    if (silent === undefined) delete process.env.BENCH_SILENT;
    else process.env.BENCH_SILENT = silent;
  });

  it('reports write, read, memory and the age comparison', async () => {
    const leftovers = () => readdirSync(tmpdir()).filter((name) => name.startsWith('fieldnotes-bench-attachments-'));
    const before = leftovers();
    const result = await measureAttachments(8 * 1024 * 1024);
    for (const key of ['attachment_write_mb_s', 'attachment_read_mb_s', 'attachment_write_ratio_age_cli']) {
      expect(result[key], key).toBeGreaterThan(0);
    }
    expect(result.attachment_rss_growth_mb).toBeTypeOf('number');
    expect(Object.keys(result.attachment_targets as object)).toEqual(['write_ge_300_mb_s', 'read_ge_300_mb_s', 'rss_growth_le_64_mb']);
    expect(leftovers()).toEqual(before);
  });
});
