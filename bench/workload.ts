import { DEFAULT_SEED, type Vocabulary } from './corpus';
import { randomInt, rngFor, type Rng } from './random';

/**
 * The queries an officer types, drawn from the corpus's own rank list so they are
 * reproducible and span the frequency range: common words match tens of thousands of notes,
 * rare ones a handful. Ranks here are 1-based, as in "the 10th most frequent word".
 */

export type QueryKind = 'single' | 'and' | 'prefix' | 'worst';

export interface BenchQuery {
  kind: QueryKind;
  /** Exactly what is passed to the search service, as a user would type it. */
  text: string;
  /** The 1-based frequency ranks of the words it was built from. */
  ranks: number[];
}

export interface WorkloadOptions {
  seed?: number;
  singles?: number;
  ands?: number;
  prefixes?: number;
  worst?: number;
  /** Inclusive 1-based rank range for single terms and the second word of an AND. */
  rankRange?: readonly [number, number];
  /** The first word of an AND comes from here, so most pairs co-occur and return a full page. */
  andFirstRange?: readonly [number, number];
  /** "Mid-rank" words whose 3–4 letter prefixes are searched. */
  prefixRange?: readonly [number, number];
}

const STREAM_WORKLOAD = 10;

/** `count` ranks spread evenly over [lo, hi]: one uniform draw per equal-width stratum. */
export function stratifiedRanks(rng: Rng, count: number, lo: number, hi: number): number[] {
  const width = (hi - lo + 1) / count;
  return Array.from({ length: count }, (_, i) => Math.min(hi, lo + Math.floor((i + rng()) * width)));
}

function wordAt(vocabulary: Vocabulary, rank: number): string {
  const word = vocabulary.words[rank - 1];
  if (word === undefined) throw new Error(`bench: rank ${rank} is beyond the vocabulary (${vocabulary.words.length} words)`);
  return word;
}

export function buildWorkload(vocabulary: Vocabulary, options: WorkloadOptions = {}): BenchQuery[] {
  const seed = options.seed ?? DEFAULT_SEED;
  const [lo, hi] = options.rankRange ?? [10, 10_000];
  const [andLo, andHi] = options.andFirstRange ?? [10, 1_000];
  const [prefixLo, prefixHi] = options.prefixRange ?? [100, 5_000];
  const rng = rngFor(seed, STREAM_WORKLOAD, 0);
  const queries: BenchQuery[] = [];

  for (let rank = 1; rank <= (options.worst ?? 5); rank += 1) {
    queries.push({ kind: 'worst', text: wordAt(vocabulary, rank), ranks: [rank] });
  }

  for (const rank of stratifiedRanks(rng, options.singles ?? 50, lo, hi)) {
    queries.push({ kind: 'single', text: wordAt(vocabulary, rank), ranks: [rank] });
  }

  for (let i = 0; i < (options.ands ?? 20); i += 1) {
    const first = randomInt(rng, andLo, andHi);
    let second = randomInt(rng, lo, hi);
    while (second === first) second = randomInt(rng, lo, hi);
    queries.push({ kind: 'and', text: `${wordAt(vocabulary, first)} ${wordAt(vocabulary, second)}`, ranks: [first, second] });
  }

  const seen = new Set<string>();
  const wanted = options.prefixes ?? 20;
  for (let attempt = 0; seen.size < wanted; attempt += 1) {
    if (attempt > wanted * 50) throw new Error('bench: could not find enough distinct prefixes');
    const rank = randomInt(rng, prefixLo, prefixHi);
    const chars = [...wordAt(vocabulary, rank)];
    const length = seen.size % 2 === 0 ? 3 : 4;
    if (chars.length <= length) continue;
    const prefix = chars.slice(0, length).join('');
    if (seen.has(prefix)) continue;
    seen.add(prefix);
    queries.push({ kind: 'prefix', text: `${prefix}*`, ranks: [rank] });
  }
  return queries;
}
