/**
 * Bundle crypto figures: our age encryption and decryption of 1 GiB (file to file, each ending
 * in an fsync of its output) beside the Debian `age` CLI doing the same to the same input in
 * the same run, alternating, best of ROUNDS each; with the resident-set growth while ours runs.
 * `npx tsx bench/bundle-crypto.ts` runs it alone.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, createReadStream, createWriteStream, fsyncSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable, type Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { AgeDecryptStream } from '../electron/core/bundle/age/decrypt';
import { AgeEncryptStream } from '../electron/core/bundle/age/encrypt';
import { parseAgeIdentityFile } from '../electron/core/bundle/age/x25519';
import { elapsedMsAsync, round } from './measure';
import { progress } from './progress';

const BYTES = 1024 ** 3;
const BLOCK_BYTES = 16 * 1024 ** 2;
const ROUNDS = 2;

function makeSource(path: string): void {
  const block = randomBytes(BLOCK_BYTES);
  const fd = openSync(path, 'w');
  try {
    for (let at = 0; at < BYTES; at += BLOCK_BYTES) writeSync(fd, block, 0, BLOCK_BYTES, at);
  } finally {
    closeSync(fd);
  }
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

const mbPerS = (bytes: number, ms: number) => round(bytes / 1e6 / (ms / 1000), 1);

/** Our stream from file to file, then the fsync; the peak RSS sampled as the input flows. */
async function ours(input: string, output: string, transform: Transform, memory: { peak: number }): Promise<number> {
  const source = createReadStream(input, { highWaterMark: 1024 * 1024 });
  source.on('data', () => {
    memory.peak = Math.max(memory.peak, process.memoryUsage().rss);
  });
  const { ms } = await elapsedMsAsync(async () => {
    await pipeline(source, transform, createWriteStream(output));
    fsyncFile(output);
  });
  return ms;
}

const discard = () => new Writable({ write: (_chunk, _encoding, callback) => callback() });

/** The crypto alone: 256 MiB from memory (encrypt) or from the page cache (decrypt) into nothing. */
async function cpuOnly(ageFile: string, recipient: string, identities: ReturnType<typeof parseAgeIdentityFile>) {
  const block = randomBytes(1024 ** 2);
  const blocks = 256;
  const encrypt = await elapsedMsAsync(() => pipeline(Readable.from(Array.from({ length: blocks }, () => block)), new AgeEncryptStream([recipient]), discard()));
  const decrypt = await elapsedMsAsync(() => pipeline(createReadStream(ageFile, { highWaterMark: 1024 ** 2 }), new AgeDecryptStream(identities), discard()));
  return { encryptMbS: mbPerS(blocks * block.length, encrypt.ms), decryptMbS: mbPerS(BYTES, decrypt.ms) };
}

function cli(args: string[], output: string): number {
  const started = performance.now();
  const run = spawnSync('age', ['-o', output, ...args], { stdio: 'ignore' });
  if (run.status !== 0) throw new Error(`age ${args[0]} failed`);
  fsyncFile(output);
  return performance.now() - started;
}

export async function measureBundleCrypto(): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'fieldnotes-bench-bundle-'));
  try {
    const key = join(dir, 'hq.txt');
    if (spawnSync('age-keygen', ['-o', key], { stdio: 'ignore' }).status !== 0) throw new Error('age-keygen is missing (apt-get install age)');
    const recipient = spawnSync('age-keygen', ['-y', key], { encoding: 'utf8' }).stdout.trim();
    const identities = parseAgeIdentityFile(readFileSync(key, 'utf8'));
    const source = join(dir, 'source.tar');
    progress('bundle crypto: making a 1 GiB source file…');
    makeSource(source);

    const memory = { peak: process.memoryUsage().rss };
    const baseline = memory.peak;
    const times = { ourEncrypt: [] as number[], cliEncrypt: [] as number[], ourDecrypt: [] as number[], cliDecrypt: [] as number[] };
    for (let round = 0; round < ROUNDS; round += 1) {
      progress(`bundle crypto: round ${round + 1}/${ROUNDS}, encrypting (ours, then age)…`);
      times.ourEncrypt.push(await ours(source, join(dir, 'ours.age'), new AgeEncryptStream([recipient]), memory));
      times.cliEncrypt.push(cli(['-r', recipient, source], join(dir, 'cli.age')));
      rmSync(join(dir, 'cli.age'));
      progress(`bundle crypto: round ${round + 1}/${ROUNDS}, decrypting (ours, then age)…`);
      times.ourDecrypt.push(await ours(join(dir, 'ours.age'), join(dir, 'ours.out'), new AgeDecryptStream(identities), memory));
      rmSync(join(dir, 'ours.out'));
      times.cliDecrypt.push(cli(['-d', '-i', key, join(dir, 'ours.age')], join(dir, 'cli.out')));
      rmSync(join(dir, 'cli.out'));
    }
    progress('bundle crypto: the crypto alone, without the disk…');
    const cpu = await cpuOnly(join(dir, 'ours.age'), recipient, identities);
    const best = (samples: number[]) => Math.min(...samples);
    return {
      age_encrypt_mb_s: mbPerS(BYTES, best(times.ourEncrypt)),
      age_decrypt_mb_s: mbPerS(BYTES, best(times.ourDecrypt)),
      age_cli_encrypt_mb_s: mbPerS(BYTES, best(times.cliEncrypt)),
      age_cli_decrypt_mb_s: mbPerS(BYTES, best(times.cliDecrypt)),
      age_time_ratio_cli: round(best(times.ourEncrypt) / best(times.cliEncrypt), 3),
      age_decrypt_time_ratio_cli: round(best(times.ourDecrypt) / best(times.cliDecrypt), 3),
      age_encrypt_cpu_mb_s: cpu.encryptMbS,
      age_decrypt_cpu_mb_s: cpu.decryptMbS,
      age_rss_growth_mb: round((memory.peak - baseline) / 1e6, 1),
      age_samples_ms: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, v.map((ms) => round(ms))])),
      age_load_avg_1m: round(loadavg()[0] ?? 0),
      age_note: `1 GiB of random bytes, MB = 10^6 bytes, best of ${ROUNDS} alternating rounds; file to file on the same disk, every run ends in an fsync of its output; the input is in the page cache; ratio = our time / age CLI time; *_cpu_* = the same streams into a discarding sink (no disk)`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  measureBundleCrypto().then(
    (figures) => process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`),
    (error: unknown) => {
      process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
