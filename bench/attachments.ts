/**
 * Attachment figures: a 1 GiB file written (ending in its fsync, as the app's write does) and
 * read back whole through the real code path, beside Debian's `age` encrypting the same file to
 * a file, fsynced, in the same run for scale; best of ROUNDS alternating runs, wall and CPU time
 * (throughput.ts says why both). `npx tsx bench/attachments.ts` runs it alone; `npm run bench`
 * includes it.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AttachmentReader } from '../electron/core/attachments/reader';
import { writeAttachment } from '../electron/core/attachments/writer';
import { round } from './measure';
import { progress } from './progress';
import { ageEncryptToFile, ageKeyPair, bestOf, GIB, inScratchDir, loadAverage, makeRandomFile, mbPerS } from './throughput';

/** Issue 9's targets on this machine: each way at least 300 MB/s, resident set growth at most 64 MB. */
export const ATTACHMENT_TARGETS = { writeMbS: 300, readMbS: 300, rssGrowthMb: 64 } as const;
const ROUNDS = 3;

/** `bytes` is 1 GiB for the figures; tests run it small and once to keep it from rotting. */
export async function measureAttachments(bytes = GIB, rounds = ROUNDS): Promise<Record<string, unknown>> {
  return inScratchDir('fieldnotes-bench-attachments-', async (dir) => {
    const size = `${round(bytes / GIB, 3)} GiB`;
    const source = join(dir, 'source.bin');
    progress(`attachments: making a ${size} source file…`);
    makeRandomFile(source, bytes);
    const attachmentsDir = join(dir, 'vault', 'attachments');
    const vaultId = randomUUID();
    const subkey = randomBytes(32);
    const age = ageKeyPair(dir);
    let attachmentId = '';

    const readWhole = async () => {
      const reader = await AttachmentReader.open({ attachmentsDir, vaultId, attachmentId, subkey });
      let total = 0;
      try {
        for await (const part of reader.stream()) total += (part as Buffer).length;
      } finally {
        await reader.close();
      }
      if (total !== bytes) throw new Error(`attachment read back ${total} bytes, expected ${bytes}`);
    };
    progress(`attachments: ${rounds} rounds of write ${size} (ends in fsync), read it whole, age -r the same file…`);
    const best = await bestOf(
      rounds,
      {
        write: async () => {
          attachmentId = (await writeAttachment({ attachmentsDir, vaultId, subkey, source })).attachmentId;
        },
        read: readWhole,
        age: () => (age ? ageEncryptToFile(age.recipient, source, join(dir, 'age-out.age')) : undefined),
      },
      (step) => {
        if (step === 'read') rmSync(join(attachmentsDir, attachmentId));
        if (step === 'age') rmSync(join(dir, 'age-out.age'), { force: true });
      },
    );
    const writeMbS = mbPerS(bytes, best.write.wallMs);
    const readMbS = mbPerS(bytes, best.read.wallMs);
    const ageMbS = age ? mbPerS(bytes, best.age.wallMs) : null;
    const rssGrowthMb = Math.max(best.write.rssGrowthMb, best.read.rssGrowthMb);
    return {
      attachment_write_mb_s: writeMbS,
      attachment_read_mb_s: readMbS,
      attachment_rss_growth_mb: rssGrowthMb,
      attachment_write_ratio_age_cli: ageMbS === null ? null : round(writeMbS / ageMbS, 3),
      attachment_age_cli_write_mb_s: ageMbS,
      attachment_write_cpu_mb_s: mbPerS(bytes, best.write.cpuMs),
      attachment_read_cpu_mb_s: mbPerS(bytes, best.read.cpuMs),
      attachment_age_cli_cpu_mb_s: age ? mbPerS(bytes, best.age.cpuMs) : null,
      attachment_targets: {
        write_ge_300_mb_s: writeMbS >= ATTACHMENT_TARGETS.writeMbS,
        read_ge_300_mb_s: readMbS >= ATTACHMENT_TARGETS.readMbS,
        rss_growth_le_64_mb: rssGrowthMb <= ATTACHMENT_TARGETS.rssGrowthMb,
      },
      attachment_samples_ms: { write: best.write.samples, read: best.read.samples, age: best.age.samples },
      attachment_load_avg_1m: loadAverage(),
      attachment_note: `${size} of random bytes; MB = 10^6 bytes; best of ${rounds} alternating rounds; *_cpu_mb_s = bytes / CPU time (user + system, age's own for the CLI); the source and the read come from the page cache; write and age both end in fsync; ratio = our write MB/s / age's (above 1: faster than age); age null when the age CLI is missing`,
    };
  });
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
