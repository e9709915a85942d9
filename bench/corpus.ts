import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CIVIC_TOPICS, COUNTERPART_TYPES, entryInputSchema, KIND_SCHEMAS, REPORTING_OUTLETS, type EntryInput, type WritableKind } from '../shared/domain/entries';
import { pick, randomInt, rngFor, type Rng } from './random';

/**
 * A synthetic notebook that behaves like text for a search index: words follow Zipf's law
 * (a few words in nearly every note, a long tail in almost none), English-like pseudo-words
 * mixed with real Arabic words, ~2 KB per note. Note i depends only on (seed, i), so the
 * 10k corpus is exactly the first 10k notes of the 100k one and a database can be grown
 * from one size to the next. Entries are of every kind the vault writes (half of them
 * meetings), each with a country, tags, civic-space topics and outlets for the list filters.
 */

export const ZIPF_EXPONENT = 1.07;
export const DEFAULT_SEED = 20261127;
const STREAM = { vocabulary: 1, names: 2, notes: 3 } as const;

// Syllable parts that read as English-ish and stay in [a-z] (so no accent folding changes a word).
const ONSETS = ['', '', 'b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'y', 'z',
  'br', 'cr', 'dr', 'fr', 'gr', 'pr', 'tr', 'bl', 'cl', 'fl', 'gl', 'pl', 'sl', 'ch', 'sh', 'th', 'st', 'sp', 'sc', 'qu', 'wh'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'e', 'i', 'o', 'ea', 'ai', 'ou', 'io', 'ee', 'oo', 'ia'];
const CODAS = ['', '', '', '', '', '', '', '', '', '', '', '', 'n', 'r', 's', 't', 'l', 'm', 'nd', 'nt', 'st', 'rk', 'ng', 'ck', 'ss', 'th', 'x', 'ld'];

function syllable(rng: Rng): string {
  return pick(rng, ONSETS) + pick(rng, VOWELS) + pick(rng, CODAS);
}

/** Frequent words are short, rare ones long, as in real languages (and in FTS5's cost model). */
function syllablesForRank(rng: Rng, rank: number): number {
  if (rank < 60) return 1;
  if (rank < 1_500) return randomInt(rng, 1, 2);
  return rng() < 0.7 ? 2 : 3;
}

/** `count` distinct pronounceable pseudo-words, in rank order, deterministic for a seed. */
export function latinWords(count: number, seed = DEFAULT_SEED): string[] {
  const rng = rngFor(seed, STREAM.vocabulary, 0);
  const seen = new Set<string>();
  const words: string[] = [];
  for (let rank = 0; words.length < count; ) {
    let syllables = syllablesForRank(rng, rank);
    for (let attempt = 0; ; attempt += 1) {
      if (attempt > 0 && attempt % 25 === 0) syllables += 1; // this length is crowded: go longer
      let word = '';
      for (let s = 0; s < syllables; s += 1) word += syllable(rng);
      if (word.length < 2 || seen.has(word)) continue;
      seen.add(word);
      words.push(word);
      rank += 1;
      break;
    }
  }
  return words;
}

/** Collapses the spellings of one Arabic word the way a reader (and our search) treats them as one. */
function arabicKey(word: string): string {
  return word
    .replace(/[\p{M}\u0640]/gu, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0629/g, '\u0647');
}

/** The distinct Arabic words of `text`, most frequent first (ties: first seen first). */
export function arabicWords(text: string): string[] {
  const counts = new Map<string, { word: string; count: number; first: number }>();
  let position = 0;
  for (const token of text.match(/[\p{L}\p{M}]+/gu) ?? []) {
    const letters = token.match(/\p{L}/gu) ?? [];
    if (letters.length < 2 || !letters.every((ch) => /\p{Script=Arabic}/u.test(ch))) continue;
    const key = arabicKey(token);
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { word: token, count: 1, first: position });
    position += 1;
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.first - b.first).map((e) => e.word);
}

export const ARABIC_SOURCE = '../shared/domain/guidelines-ar.txt';

/** The Arabic source text, from next to the repository (never bundled: it is shared project material). */
export function readArabicSource(repoRoot: string): string {
  const file = resolve(repoRoot, ARABIC_SOURCE);
  if (!existsSync(file)) {
    throw new Error(`bench: the Arabic word source is missing: ${file} (expected at ${ARABIC_SOURCE} relative to the repository root).`);
  }
  const text = readFileSync(file, 'utf8');
  if (arabicWords(text).length === 0) throw new Error(`bench: ${file} holds no Arabic words.`);
  return text;
}

export interface Vocabulary {
  /** By frequency rank: words[0] is the most frequent. */
  words: string[];
  isArabic: boolean[];
  latinCount: number;
  arabicCount: number;
}

/** Spreads the Arabic words evenly through the rank list, so a few are among the most frequent words. */
export function interleave(latin: readonly string[], arabic: readonly string[]): Vocabulary {
  const total = latin.length + arabic.length;
  const arabicAt = new Set(arabic.map((_, i) => Math.floor(((i + 0.5) * total) / arabic.length)));
  const words: string[] = [];
  const isArabic: boolean[] = [];
  let a = 0;
  let l = 0;
  for (let rank = 0; rank < total; rank += 1) {
    const takeArabic = (arabicAt.has(rank) && a < arabic.length) || l >= latin.length;
    words.push(takeArabic ? (arabic[a++] as string) : (latin[l++] as string));
    isArabic.push(takeArabic);
  }
  return { words, isArabic, latinCount: latin.length, arabicCount: arabic.length };
}

export function buildVocabulary(options: { latinCount: number; arabicText: string; seed?: number }): Vocabulary {
  return interleave(latinWords(options.latinCount, options.seed), arabicWords(options.arabicText));
}

/**
 * Samples ranks with P(rank r) ∝ 1 / (r+1)^s, in O(1) per draw (Vose's alias method): the
 * 100k corpus draws about 30 million words.
 */
export class ZipfSampler {
  private readonly probability: Float64Array;
  private readonly alias: Uint32Array;
  readonly weights: Float64Array;

  constructor(
    readonly size: number,
    readonly exponent = ZIPF_EXPONENT,
  ) {
    if (size < 1) throw new Error('ZipfSampler needs at least one rank');
    this.weights = new Float64Array(size);
    let sum = 0;
    for (let r = 0; r < size; r += 1) sum += (this.weights[r] = 1 / (r + 1) ** exponent);
    for (let r = 0; r < size; r += 1) this.weights[r] = (this.weights[r] ?? 0) / sum;

    this.probability = new Float64Array(size);
    this.alias = new Uint32Array(size);
    const scaled = Float64Array.from(this.weights, (w) => w * size);
    const small: number[] = [];
    const large: number[] = [];
    scaled.forEach((p, i) => (p < 1 ? small : large).push(i));
    while (small.length > 0 && large.length > 0) {
      const s = small.pop() as number;
      const l = large.pop() as number;
      this.probability[s] = scaled[s] ?? 0;
      this.alias[s] = l;
      scaled[l] = (scaled[l] ?? 0) + (scaled[s] ?? 0) - 1;
      ((scaled[l] ?? 0) < 1 ? small : large).push(l);
    }
    for (const i of [...small, ...large]) this.probability[i] = 1;
  }

  /** A 0-based rank. */
  sample(rng: Rng): number {
    const column = Math.floor(rng() * this.size);
    return rng() < (this.probability[column] ?? 1) ? column : (this.alias[column] ?? column);
  }
}

export interface CorpusOptions {
  vocabulary: Vocabulary;
  seed?: number;
  /** Body size range in UTF-8 bytes; the default averages about 2 KB. */
  bodyBytes?: readonly [number, number];
  /** Span of occurredAt, from `start`. */
  start?: Date;
  years?: number;
}

export interface Corpus {
  vocabulary: Vocabulary;
  sampler: ZipfSampler;
  /** The kinds the notes are drawn from, meetings first. */
  kinds: readonly WritableKind[];
  note(index: number): EntryInput;
}

/**
 * Kinds whose entry needs nothing beyond what every entry carries (a kind that requires, say,
 * a person must be given one, which this corpus does not make). Meetings get their own fields.
 */
function corpusKinds(): WritableKind[] {
  const kinds = Object.keys(KIND_SCHEMAS) as WritableKind[];
  const others = kinds.filter((kind) => kind !== 'meeting' && entryInputSchema.safeParse({ kind, title: 'probe' }).success);
  return ['meeting', ...others];
}

/** A few countries and tags, the commonest first, as an officer's notebook has them. */
const COUNTRIES = ['Arkavia', 'Belmora', 'Cestrania', 'Dunmark', 'Elvora'] as const;
const TAGS = ['follow-up', 'detention', 'women-defenders', 'journalists', 'land-rights', 'students', 'lawyers', 'elections', 'ngo-law', 'protest'] as const;

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function properName(rng: Rng, syllables: number): string {
  let word = '';
  for (let s = 0; s < syllables; s += 1) word += syllable(rng);
  return capitalise(word);
}

function nameLists(seed: number) {
  const rng = rngFor(seed, STREAM.names, 0);
  const places = Array.from({ length: 300 }, () => `${properName(rng, randomInt(rng, 2, 3))}, ${properName(rng, 2)}`);
  const given = Array.from({ length: 400 }, () => properName(rng, randomInt(rng, 1, 2)));
  const family = Array.from({ length: 800 }, () => properName(rng, randomInt(rng, 2, 3)));
  return { places, given, family };
}

export function createCorpus(options: CorpusOptions): Corpus {
  const { vocabulary } = options;
  const seed = options.seed ?? DEFAULT_SEED;
  const [minBytes, maxBytes] = options.bodyBytes ?? [1_536, 2_560];
  const start = (options.start ?? new Date('2021-01-01T00:00:00Z')).getTime();
  const span = (options.years ?? 5) * 365.25 * 24 * 3600 * 1000;
  const sampler = new ZipfSampler(vocabulary.words.length);
  // Byte lengths once, not per word drawn: Arabic letters take two bytes each.
  const wordBytes = vocabulary.words.map((w) => Buffer.byteLength(w, 'utf8'));
  const names = nameLists(seed);
  const kinds = corpusKinds();

  const titleWord = (rng: Rng): string => {
    // The very commonest words read like "the"/"of"; titles are made of content words.
    for (;;) {
      const rank = sampler.sample(rng);
      if (rank >= 20) return vocabulary.words[rank] as string;
    }
  };

  const body = (rng: Rng): string => {
    const target = randomInt(rng, minBytes, maxBytes);
    const parts: string[] = [];
    let bytes = 0;
    let sentenceLeft = 0;
    let sentencesLeftInParagraph = randomInt(rng, 3, 6);
    while (bytes < target) {
      const rank = sampler.sample(rng);
      let word = vocabulary.words[rank] as string;
      if (sentenceLeft === 0) {
        sentenceLeft = randomInt(rng, 6, 20);
        if (parts.length > 0) {
          const paragraphEnd = --sentencesLeftInParagraph === 0;
          if (paragraphEnd) sentencesLeftInParagraph = randomInt(rng, 3, 6);
          parts.push(paragraphEnd ? '.\n\n' : '. ');
          bytes += paragraphEnd ? 3 : 2;
        }
        if (!vocabulary.isArabic[rank]) word = capitalise(word);
      } else {
        const comma = rng() < 0.08;
        parts.push(comma ? ', ' : ' ');
        bytes += comma ? 2 : 1;
      }
      parts.push(word);
      bytes += wordBytes[rank] ?? 0;
      sentenceLeft -= 1;
    }
    parts.push('.');
    return parts.join('');
  };

  const some = <T>(rng: Rng, values: readonly T[], most: number): T[] => {
    const picked = new Set<T>();
    for (let n = randomInt(rng, 0, most); n > 0; n -= 1) picked.add(values[Math.floor(rng() ** 2 * values.length)] as T);
    return [...picked];
  };

  return {
    vocabulary,
    sampler,
    kinds,
    note(index: number): EntryInput {
      const rng = rngFor(seed, STREAM.notes, index);
      const titleWords = Array.from({ length: randomInt(rng, 5, 10) }, () => titleWord(rng));
      const participants = Array.from(
        { length: randomInt(rng, 1, 4) },
        () => `${pick(rng, names.given)} ${pick(rng, names.family)}`,
      );
      const common = {
        title: capitalise(titleWords.join(' ')),
        body: body(rng),
        occurredAt: new Date(start + Math.floor(rng() * span / 60_000) * 60_000).toISOString(),
        location: pick(rng, names.places),
        country: COUNTRIES[Math.floor(rng() ** 2 * COUNTRIES.length)] ?? '',
        tags: some(rng, TAGS, 3),
        topics: some(rng, CIVIC_TOPICS, 2),
        outlets: some(rng, REPORTING_OUTLETS, 1),
      };
      // Half meetings (the commonest record), the other kinds sharing the rest.
      const kind = index % 2 === 0 ? 'meeting' : (kinds[1 + ((index - 1) / 2) % Math.max(1, kinds.length - 1)] ?? 'meeting');
      const extra = kind === 'meeting' ? { counterpartType: COUNTERPART_TYPES[(index / 2) % COUNTERPART_TYPES.length] ?? null, participants: participants.join(', ') } : {};
      return entryInputSchema.parse({ kind, ...common, ...extra });
    },
  };
}
