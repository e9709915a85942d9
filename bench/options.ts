/** Command-line flags and environment variables of `npm run bench`. Flags win over the environment. */

export interface BenchOptions {
  /** Corpus sizes to measure at, ascending; the database grows from one to the next. */
  sizes: number[];
  batchSize: number;
  /** Notes written one transaction each (the app's save path) before the bulk batches. */
  singleInserts: number;
  repetitions: number;
  warmup: number;
  kdfTargetMs: number;
  /** Directory for bench-<timestamp>.json, relative to the repository root. */
  resultsDir: string;
  /** Only the notebook's figures: leaves out the 1 GiB attachment and bundle runs (for iterating on storage). */
  notebookOnly?: boolean;
}

export const USAGE = `usage: npm run bench -- [--quick] [--notebook-only] [--notes 10000,100000] [--batch 1000] [--reps 5] [--kdf-target-ms 1000]
  env: BENCH_NOTES, BENCH_QUICK=1, BENCH_NOTEBOOK_ONLY=1, BENCH_BATCH, BENCH_REPS, BENCH_KDF_TARGET_MS`;

const DEFAULT_SIZES = [10_000, 100_000];
const QUICK_SIZES = [2_000, 10_000];

function positiveInt(name: string, value: string): number {
  const n = Number(value.replaceAll('_', ''));
  if (!Number.isInteger(n) || n <= 0) throw new Error(`bench: ${name} must be a positive whole number, got "${value}"\n${USAGE}`);
  return n;
}

function sizesFrom(value: string): number[] {
  const sizes = value.split(',').filter((s) => s.trim() !== '').map((s) => positiveInt('--notes', s.trim()));
  if (sizes.length === 0) throw new Error(`bench: --notes needs at least one size\n${USAGE}`);
  return [...new Set(sizes)].sort((a, b) => a - b);
}

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--quick' || arg === '--notebook-only') {
      flags.set(arg.slice(2), '1');
      continue;
    }
    const match = /^--(notes|batch|reps|kdf-target-ms)(?:=(.*))?$/.exec(arg);
    if (!match) throw new Error(`bench: unknown argument "${arg}"\n${USAGE}`);
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new Error(`bench: --${match[1]} needs a value\n${USAGE}`);
    flags.set(match[1] as string, value);
  }
  const get = (flag: string, variable: string) => flags.get(flag) ?? env[variable];
  const quick = flags.has('quick') || env.BENCH_QUICK === '1';
  const notes = get('notes', 'BENCH_NOTES');
  const batch = get('batch', 'BENCH_BATCH');
  const reps = get('reps', 'BENCH_REPS');
  const kdf = get('kdf-target-ms', 'BENCH_KDF_TARGET_MS');
  return {
    sizes: notes ? sizesFrom(notes) : quick ? QUICK_SIZES : DEFAULT_SIZES,
    batchSize: batch ? positiveInt('--batch', batch) : 1_000,
    singleInserts: quick ? 50 : 200,
    repetitions: reps ? positiveInt('--reps', reps) : quick ? 3 : 5,
    warmup: 1,
    // The product's calibration target (about 1 s, issue 2): unlock is measured as officers will live it.
    kdfTargetMs: kdf ? positiveInt('--kdf-target-ms', kdf) : 1_000,
    resultsDir: 'bench-results',
    notebookOnly: flags.has('notebook-only') || env.BENCH_NOTEBOOK_ONLY === '1',
  };
}

/** 10000 → "10k", 2500 → "2500": the suffix of the per-size keys. */
export function sizeLabel(size: number): string {
  return size % 1_000 === 0 ? `${size / 1_000}k` : String(size);
}
