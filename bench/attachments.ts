/**
 * Attachment figures: a 1 GiB file written (ending in its fsync, as the app's write does) and
 * read back whole through the real code path, with the resident set sampled every megabyte,
 * and Debian's `age` encrypting the same file to a file, fsynced, in the same run for scale.
 * `npx tsx bench/attachments.ts` runs it alone; `npm run bench` includes it.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AttachmentReader } from '../electron/core/attachments/reader';
import { writeAttachment } from '../electron/core/attachments/writer';
import { elapsedMsAsync, round } from './measure';
import { progress } from './progress';

const GIB = 1024 ** 3;
/** Random bytes (incompressible, as photos and video are), one block repeated to keep set-up short. */
const BLOCK_BYTES = 16 * 1024 ** 2;
/** Issue 9's targets on this machine: each way at least 300 MB/s, resident set growth at most 64 MB. */
export const ATTACHMENT_TARGETS = { writeMbS: 300, readMbS: 300, rssGrowthMb: 64 } as const;

function makeSource(path: string, bytes: number): void {
  const block = randomBytes(Math.min(BLOCK_BYTES, bytes));
  const fd = openSync(path, 'w');
  try {
    for (let at = 0; at < bytes; at += block.length) writeSync(fd, block, 0, Math.min(block.length, bytes - at), at);
  } finally {
    closeSync(fd);
  }
}

const mbPerS = (bytes: number, ms: number) => round(bytes / 1e6 / (ms / 1000), 1);

/** `age` to a file, then that file fsynced: the same end state as the app's write. */
function ageWriteMs(dir: string, source: string): number | null {
  const key = join(dir, 'age-key.txt');
  if (spawnSync('age-keygen', ['-o', key], { stdio: 'ignore' }).status !== 0) return null;
  const recipient = spawnSync('age-keygen', ['-y', key], { encoding: 'utf8' }).stdout.trim();
  const out = join(dir, 'age-out.age');
  const started = performance.now();
  if (spawnSync('age', ['-r', recipient, '-o', out, source], { stdio: 'ignore' }).status !== 0) return null;
  const fd = openSync(out, 'r');
  fsyncSync(fd);
  closeSync(fd);
  return performance.now() - started;
}

/** `bytes` is 1 GiB for the figures; tests run it small to keep it from rotting. */
export async function measureAttachments(bytes = GIB): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-bench-attachments-'));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  const onSignal = () => {
    cleanup();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const size = `${round(bytes / GIB, 3)} GiB`;
  try {
    const source = join(dir, 'source.bin');
    progress(`attachments: making a ${size} source file…`);
    makeSource(source, bytes);
    const attachmentsDir = join(dir, 'vault', 'attachments');
    const vaultId = randomUUID();
    const subkey = randomBytes(32);

    // Memory is held to the same limit while writing and reading; the peak over both counts.
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sample = () => {
      peak = Math.max(peak, process.memoryUsage().rss);
    };

    progress(`attachments: writing ${size} (ends in fsync)…`);
    const write = await elapsedMsAsync(() => writeAttachment({ attachmentsDir, vaultId, subkey, source, onProgress: sample }));
    progress('attachments: reading it back whole…');
    const read = await elapsedMsAsync(async () => {
      const reader = await AttachmentReader.open({ attachmentsDir, vaultId, attachmentId: write.value.attachmentId, subkey });
      let total = 0;
      let sinceSample = 0;
      try {
        for await (const part of reader.stream()) {
          total += (part as Buffer).length;
          sinceSample += (part as Buffer).length;
          if (sinceSample >= 2 ** 20) {
            sinceSample = 0;
            sample();
          }
        }
      } finally {
        await reader.close();
      }
      return total;
    });
    if (read.value !== bytes) throw new Error(`attachment read back ${read.value} bytes, expected ${bytes}`);

    progress('attachments: age encrypting the same file…');
    const ageMs = ageWriteMs(dir, source);
    const writeMbS = mbPerS(bytes, write.ms);
    const readMbS = mbPerS(bytes, read.ms);
    const rssGrowthMb = round((peak - baseline) / 1e6, 1);
    return {
      attachment_write_mb_s: writeMbS,
      attachment_read_mb_s: readMbS,
      attachment_rss_growth_mb: rssGrowthMb,
      attachment_age_cli_write_mb_s: ageMs === null ? null : mbPerS(bytes, ageMs),
      attachment_write_ratio_age_cli: ageMs === null ? null : round(writeMbS / mbPerS(bytes, ageMs), 3),
      attachment_targets: {
        write_ge_300_mb_s: writeMbS >= ATTACHMENT_TARGETS.writeMbS,
        read_ge_300_mb_s: readMbS >= ATTACHMENT_TARGETS.readMbS,
        rss_growth_le_64_mb: rssGrowthMb <= ATTACHMENT_TARGETS.rssGrowthMb,
      },
      attachment_note: `${size} of random bytes; MB = 10^6 bytes; the source and the read come from the page cache; write and age both end in fsync; age null when the age CLI is missing`,
    };
  } finally {
    cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  measureAttachments().then(
    (figures) => process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`),
    (error: unknown) => {
      process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
