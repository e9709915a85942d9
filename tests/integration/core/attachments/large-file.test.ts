import { createHash } from 'node:crypto';
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHUNK_BYTES } from '../../../../electron/core/attachments/format';
import { attachmentVault } from '../../../support/attachments';
import { useTempDirs } from '../../../support/temp-vault';

// A 2 GB video costs no more memory than a photo: a sparse 2 GiB source (a few marked bytes,
// holes elsewhere) written, then read back whole as a stream, with the resident set sampled
// after every megabyte. About 15 s here on 2 cores; it needs 2 GiB free in the temp folder.

const temp = useTempDirs();
const GIB = 1024 ** 3;
const SIZE = 2 * GIB + 12_345; // past 2^31, and the last chunk short
const MARKS = [0, CHUNK_BYTES - 1, GIB, 2 * GIB - 1, SIZE - 1];
const LIMIT_MB = 64;

function sparseSource(path: string): void {
  const fd = openSync(path, 'w');
  try {
    for (const at of MARKS) writeSync(fd, Buffer.from([(at % 251) + 1]), 0, 1, at);
  } finally {
    closeSync(fd);
  }
}

function rssSampler() {
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  return {
    sample: () => {
      peak = Math.max(peak, process.memoryUsage().rss);
    },
    growthMb: () => (peak - baseline) / 2 ** 20,
  };
}

describe('a 2 GiB attachment', () => {
  it('round-trips with the resident set growing well under 64 MB, write and read alike', { timeout: 300_000 }, async () => {
    const dir = temp.dir();
    const vault = attachmentVault(dir);
    const source = join(dir, 'long-hearing.mp4');
    sparseSource(source);
    global.gc?.();

    const writing = rssSampler();
    const written = await vault.write(source, { onProgress: writing.sample });
    writing.sample();
    expect(written.bytes).toBe(SIZE);
    expect(statSync(vault.path(written.attachmentId)).size).toBeGreaterThan(SIZE);

    const reading = rssSampler();
    const reader = await vault.open(written.attachmentId, SIZE);
    const hash = createHash('sha256');
    let bytes = 0;
    let sinceSample = 0;
    try {
      for await (const part of reader.stream()) {
        const chunk = part as Buffer;
        hash.update(chunk);
        bytes += chunk.length;
        sinceSample += chunk.length;
        if (sinceSample >= 2 ** 20) {
          sinceSample = 0;
          reading.sample();
        }
      }
      // Random access near the end touches one chunk, however far in.
      for (const at of MARKS) expect((await reader.read(at, 1))[0]).toBe((at % 251) + 1);
    } finally {
      await reader.close();
    }
    expect(bytes).toBe(SIZE);
    expect(hash.digest('hex')).toBe(written.sha256);
    process.stdout.write(`2 GiB attachment: RSS growth ${writing.growthMb().toFixed(1)} MB writing, ${reading.growthMb().toFixed(1)} MB reading\n`);
    expect(writing.growthMb()).toBeLessThan(LIMIT_MB);
    expect(reading.growthMb()).toBeLessThan(LIMIT_MB);
  });
});
