/**
 * Bundle export and open throughput at 1 GiB: the export path (manifest, files hashed on the
 * way, SHA256SUMS signed, tar, age, temp file fsync'd and renamed) over 64 generated files of
 * 16 MiB, beside the Debian `age` CLI encrypting the same tar from disk to disk with an fsync,
 * in the same run; then our open (decrypt, archive limits, every hash, signature). The files
 * come from memory, not from the vault's attachments: the vault read is measured by the
 * attachments bench. `npx tsx bench/bundle-export.ts` runs it alone.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { closeSync, createWriteStream, fsyncSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { backendName } from '../electron/core/bundle/crypto-backend';
import { parseAgeIdentityFile } from '../electron/core/bundle/age/x25519';
import { openBundle } from '../electron/core/bundle/bundle-reader';
import { writeBundle, type BundleFile } from '../electron/core/bundle/bundle-writer';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from '../electron/core/bundle/manifest';
import { generateMinisignKey, keyIdHex, minisignFingerprint } from '../electron/core/bundle/minisign/minisign';
import { tarStream } from '../electron/core/bundle/tar/tar-writer';
import { elapsedMsAsync, round } from './measure';
import { progress } from './progress';

const FILES = 64;
const FILE_BYTES = 16 * 1024 ** 2;
const PIECE = 1024 ** 2;
const BYTES = FILES * FILE_BYTES;
const mbPerS = (bytes: number, ms: number) => round(bytes / 1e6 / (ms / 1000), 1);

function generatedFiles(): BundleFile[] {
  const piece = randomBytes(PIECE);
  return Array.from({ length: FILES }, (_, i) => ({
    name: `attachments/${String(i).padStart(4, '0')}`,
    size: FILE_BYTES,
    content: async function* () {
      for (let at = 0; at < FILE_BYTES; at += PIECE) yield await Promise.resolve(piece);
    },
  }));
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Peak RSS while `work` runs, sampled every 20 ms. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; growthMb: number }> {
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, growthMb: round((peak - base) / 1e6, 1) };
  } finally {
    clearInterval(timer);
  }
}

export async function measureBundleExport(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-bench-export-'));
  try {
    const key = join(dir, 'hq.txt');
    if (spawnSync('age-keygen', ['-o', key], { stdio: 'ignore' }).status !== 0) throw new Error('age-keygen is missing (apt-get install age)');
    const recipient = spawnSync('age-keygen', ['-y', key], { encoding: 'utf8' }).stdout.trim();
    const signer = generateMinisignKey();
    const files = generatedFiles();
    const createdAt = `${new Date().toISOString().slice(0, 19)}Z`;
    const manifest = {
      format: BUNDLE_FORMAT,
      version: BUNDLE_VERSION,
      bundleId: randomUUID(),
      sequence: 1,
      createdAt,
      officer: { keyId: keyIdHex(signer.keyId), fingerprint: minisignFingerprint(signer) },
      recipients: [{ name: 'HQ', recipient, fingerprint: '' }],
      filter: {},
      counts: { entries: 0, revisions: 0, people: 0, attachments: FILES },
      redactions: [],
    } as const;

    progress('bundle export: writing the same tar for the age CLI…');
    const tarPath = join(dir, 'source.tar');
    await pipeline(Readable.from(tarStream(files.map((f) => ({ name: f.name, size: f.size, mtime: 0, content: f.content() })))), createWriteStream(tarPath));

    progress('bundle export: ours (1 GiB)…');
    const ours = await withPeakRss(() => elapsedMsAsync(() => writeBundle({ out: join(dir, 'ours.fieldnotes'), recipients: [recipient], signer, manifest: { ...manifest, recipients: [...manifest.recipients], redactions: [] }, files })));
    progress('bundle export: age CLI on the same tar…');
    const started = performance.now();
    if (spawnSync('age', ['-r', recipient, '-o', join(dir, 'cli.age'), tarPath], { stdio: 'ignore' }).status !== 0) throw new Error('age failed');
    fsyncFile(join(dir, 'cli.age'));
    const cliMs = performance.now() - started;
    rmSync(join(dir, 'cli.age'));

    progress('bundle export: opening ours (decrypt, limits, every hash, signature)…');
    const opened = await withPeakRss(() =>
      elapsedMsAsync(() => openBundle({ path: join(dir, 'ours.fieldnotes'), identities: parseAgeIdentityFile(readFileSync(key, 'utf8')), signers: [signer] })),
    );
    return {
      export_mb_s: mbPerS(BYTES, ours.result.ms),
      open_mb_s: mbPerS(BYTES, opened.result.ms),
      export_time_ratio_age_cli: round(ours.result.ms / cliMs, 3),
      export_rss_growth_mb: ours.growthMb,
      open_rss_growth_mb: opened.growthMb,
      export_age_cli_mb_s: mbPerS(BYTES, cliMs),
      export_crypto_backend: backendName(),
      export_load_avg_1m: round(loadavg()[0] ?? 0),
      export_note: `${FILES} generated files of 16 MiB (1 GiB, MB = 10^6 bytes) through writeBundle (hash, tar, age, fsync, rename) beside age -r on the same tar ending in an fsync; open = openBundle without extraction; one run each`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
