/**
 * What the 1 GiB throughput runs share (attachments.ts, bundle-export.ts): a scratch folder
 * removed even on Ctrl-C, a random source file, an fsync, the Debian `age` CLI run to a file
 * and fsynced, and repeated timing. The machine these run on is often shared, so each step runs
 * `rounds` times alternating with the others, and the best wall time is reported beside the
 * best CPU time (this process's user + system, plus any child's, such as `age`): wall time
 * says what an officer waits, CPU time what the code costs whatever else the machine is doing.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { round } from './measure';

export const GIB = 1024 ** 3;

/** MB = 10^6 bytes, one decimal. */
export const mbPerS = (bytes: number, ms: number) => round(bytes / 1e6 / (ms / 1000), 1);

export const loadAverage = () => round(loadavg()[0] ?? 0);

/** A scratch folder for `work`, removed afterwards, and on SIGINT or SIGTERM before exiting. */
export async function inScratchDir<T>(prefix: string, work: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  const onSignal = () => {
    cleanup();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    return await work(dir);
  } finally {
    cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** Random bytes (incompressible, as photos and video are), one 16 MiB block repeated to keep set-up short. */
export function makeRandomFile(path: string, bytes: number): void {
  const block = randomBytes(Math.min(16 * 1024 ** 2, Math.max(1, bytes)));
  const fd = openSync(path, 'w');
  try {
    for (let at = 0; at < bytes; at += block.length) writeSync(fd, block, 0, Math.min(block.length, bytes - at), at);
  } finally {
    closeSync(fd);
  }
}

export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** An age identity file and its recipient made by `age-keygen`, or null when the age CLI is missing. */
export function ageKeyPair(dir: string): { identityFile: string; recipient: string } | null {
  const identityFile = join(dir, 'age-identity.txt');
  if (spawnSync('age-keygen', ['-o', identityFile], { stdio: 'ignore' }).status !== 0) return null;
  return { identityFile, recipient: spawnSync('age-keygen', ['-y', identityFile], { encoding: 'utf8' }).stdout.trim() };
}

/** `age -r recipient -o output input`, then the output fsynced: the same end state as our writes. */
export function ageEncryptToFile(recipient: string, input: string, output: string): void {
  if (spawnSync('age', ['-r', recipient, '-o', output, input], { stdio: 'ignore' }).status !== 0) throw new Error('age -r failed');
  fsyncFile(output);
}

/** CPU time of waited-for children (Linux /proc, in clock ticks of 10 ms); 0 where it cannot be read. */
function childCpuMs(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    // After "pid (comm) ", cutime and cstime are the 14th and 15th fields.
    return (Number(fields[13]) + Number(fields[14])) * 10 || 0;
  } catch {
    return 0;
  }
}

export interface Sample {
  wallMs: number;
  cpuMs: number;
  rssGrowthMb: number;
}

/** One run: wall time, CPU time (own and children's), resident-set growth sampled every 10 ms. */
export async function sampleRun(work: () => unknown): Promise<Sample> {
  const baseRss = process.memoryUsage().rss;
  let peak = baseRss;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  const timer = setInterval(sample, 10);
  const cpu = process.cpuUsage();
  const children = childCpuMs();
  const started = performance.now();
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  sample();
  return { wallMs, cpuMs: (used.user + used.system) / 1000 + childCpuMs() - children, rssGrowthMb: round((peak - baseRss) / 1e6, 1) };
}

export interface Best {
  wallMs: number;
  cpuMs: number;
  /** The largest over the rounds: memory is a limit, not a speed. */
  rssGrowthMb: number;
  samples: { wallMs: number; cpuMs: number }[];
}

/**
 * Each step `rounds` times, the steps alternating (A B C, A B C, …) so none always runs on a
 * quieter or busier moment than another; `between` runs after every step, untimed (clean-up).
 */
export async function bestOf<K extends string>(rounds: number, steps: Record<K, () => unknown>, between?: (step: K) => void): Promise<Record<K, Best>> {
  const names = Object.keys(steps) as K[];
  const runs = new Map<K, Sample[]>(names.map((name) => [name, []]));
  for (let i = 0; i < rounds; i += 1) {
    for (const name of names) {
      runs.get(name)?.push(await sampleRun(steps[name]));
      between?.(name);
    }
  }
  const best = (samples: Sample[]): Best => ({
    wallMs: Math.min(...samples.map((s) => s.wallMs)),
    cpuMs: Math.min(...samples.map((s) => s.cpuMs)),
    rssGrowthMb: Math.max(...samples.map((s) => s.rssGrowthMb)),
    samples: samples.map((s) => ({ wallMs: round(s.wallMs), cpuMs: round(s.cpuMs) })),
  });
  return Object.fromEntries(names.map((name) => [name, best(runs.get(name) ?? [])])) as Record<K, Best>;
}
