/**
 * Bundle export and open throughput at 1 GiB: the export path (manifest, files hashed on the
 * way, SHA256SUMS signed, tar, age, temp file fsync'd and renamed) over 64 generated files of
 * 16 MiB, beside the Debian `age` CLI encrypting the same tar from disk to disk with an fsync,
 * in the same run; then our open (decrypt, archive limits, every hash, signature). Best of
 * ROUNDS alternating runs, wall and CPU time (throughput.ts says why both). The files come from
 * memory, not from the vault's attachments: the vault read is measured by the attachments
 * bench. `npx tsx bench/bundle-export.ts` runs it alone.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createWriteStream, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { backendName } from '../electron/core/bundle/crypto-backend';
import { parseAgeIdentityFile } from '../electron/core/bundle/age/x25519';
import { openBundle } from '../electron/core/bundle/bundle-reader';
import { writeBundle, type BundleFile } from '../electron/core/bundle/bundle-writer';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Manifest } from '../electron/core/bundle/manifest';
import { generateMinisignKey, keyIdHex, minisignFingerprint } from '../electron/core/bundle/minisign/minisign';
import { tarStream } from '../electron/core/bundle/tar/tar-writer';
import { round } from './measure';
import { progress } from './progress';
import { ageEncryptToFile, ageKeyPair, bestOf, inScratchDir, loadAverage, mbPerS } from './throughput';

const FILE_BYTES = 16 * 1024 ** 2;
const PIECE = 1024 ** 2;
const ROUNDS = 3;
/** Issue 10's targets: at least 250 MB/s, within 1.5× of the age CLI's time, resident set growth at most 64 MB. */
export const EXPORT_TARGETS = { mbS: 250, timeRatioAgeCli: 1.5, rssGrowthMb: 64 } as const;

function generatedFiles(count: number): BundleFile[] {
  const piece = randomBytes(PIECE);
  return Array.from({ length: count }, (_, i) => ({
    name: `attachments/${String(i).padStart(4, '0')}`,
    size: FILE_BYTES,
    content: async function* () {
      for (let at = 0; at < FILE_BYTES; at += PIECE) yield await Promise.resolve(piece);
    },
  }));
}

/** `files` × 16 MiB: 64 (1 GiB) for the figures; tests run it small and once. */
export async function measureBundleExport(files = 64, rounds = ROUNDS): Promise<Record<string, unknown>> {
  return inScratchDir('fieldnotes-bench-export-', async (dir) => {
    const age = ageKeyPair(dir);
    if (!age) throw new Error('age-keygen is missing (apt-get install age)');
    const signer = generateMinisignKey();
    const content = generatedFiles(files);
    const bytes = files * FILE_BYTES;
    const manifest: Omit<Manifest, 'files'> = {
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      bundleId: randomUUID(),
      sequence: 1,
      createdAt: `${new Date().toISOString().slice(0, 19)}Z`,
      officer: { keyId: keyIdHex(signer.keyId), fingerprint: minisignFingerprint(signer) },
      recipients: [{ name: 'HQ', recipient: age.recipient, fingerprint: '' }],
      filter: {},
      counts: { entries: 0, revisions: 0, people: 0, attachments: files },
      redactions: [],
    };
    progress('bundle export: writing the same tar for the age CLI…');
    const tarPath = join(dir, 'source.tar');
    await pipeline(Readable.from(tarStream(content.map((f) => ({ name: f.name, size: f.size, mtime: 0, content: f.content() })))), createWriteStream(tarPath));
    const ours = join(dir, 'ours.fieldnotes');
    const identities = parseAgeIdentityFile(readFileSync(age.identityFile, 'utf8'));

    progress(`bundle export: ${rounds} rounds of export ${round(bytes / 1024 ** 3, 3)} GiB, open it, age -r the same tar…`);
    const best = await bestOf(
      rounds,
      {
        export: () => writeBundle({ out: ours, recipients: [age.recipient], signer, manifest, files: content }),
        open: () => openBundle({ path: ours, identities, signers: [signer] }),
        age: () => ageEncryptToFile(age.recipient, tarPath, join(dir, 'cli.age')),
      },
      (step) => {
        if (step === 'open') rmSync(ours);
        if (step === 'age') rmSync(join(dir, 'cli.age'));
      },
    );
    const exportMbS = mbPerS(bytes, best.export.wallMs);
    const ratio = round(best.export.wallMs / best.age.wallMs, 3);
    return {
      export_mb_s: exportMbS,
      open_mb_s: mbPerS(bytes, best.open.wallMs),
      export_time_ratio_age_cli: ratio,
      export_rss_growth_mb: best.export.rssGrowthMb,
      open_rss_growth_mb: best.open.rssGrowthMb,
      export_age_cli_mb_s: mbPerS(bytes, best.age.wallMs),
      export_cpu_mb_s: mbPerS(bytes, best.export.cpuMs),
      open_cpu_mb_s: mbPerS(bytes, best.open.cpuMs),
      export_age_cli_cpu_mb_s: mbPerS(bytes, best.age.cpuMs),
      export_cpu_time_ratio_age_cli: round(best.export.cpuMs / best.age.cpuMs, 3),
      export_targets: {
        export_ge_250_mb_s: exportMbS >= EXPORT_TARGETS.mbS,
        time_le_1_5x_age_cli: ratio <= EXPORT_TARGETS.timeRatioAgeCli,
        rss_growth_le_64_mb: best.export.rssGrowthMb <= EXPORT_TARGETS.rssGrowthMb,
      },
      export_crypto_backend: `payload: libsodium; key stanzas: ${backendName()}`,
      export_samples_ms: { export: best.export.samples, open: best.open.samples, age: best.age.samples },
      export_load_avg_1m: loadAverage(),
      export_note: `${files} generated files of 16 MiB (MB = 10^6 bytes) through writeBundle (hash, tar, age, fsync, rename) beside age -r on the same tar ending in an fsync; open = openBundle without extraction; best of ${rounds} alternating rounds; *_cpu_* = bytes / CPU time (user + system of every thread, the export's hashing thread included; age's own for the CLI); ratio = our time / age's`,
    };
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  measureBundleExport().then(
    (figures) => process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`),
    (error: unknown) => {
      process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
