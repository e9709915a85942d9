import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryInputSchema } from '../../../shared/domain/entries';
import {
  arabicWords,
  buildVocabulary,
  createCorpus,
  interleave,
  latinWords,
  readArabicSource,
  ZipfSampler,
} from '../../../bench/corpus';
import { createRng } from '../../../bench/random';

const ARABIC = 'في حقوق الإنسان، في المجتمع المدني. حقوق في الانسان Human rights 123 و';

describe('bench corpus', () => {
  it('makes distinct, lower-case, pronounceable words, the same for the same seed', () => {
    const words = latinWords(20_000, 7);
    expect(new Set(words).size).toBe(20_000);
    expect(words.every((w) => /^[a-z]{2,}$/.test(w))).toBe(true);
    expect(latinWords(50, 7)).toEqual(words.slice(0, 50));
    expect(latinWords(50, 8)).not.toEqual(words.slice(0, 50));
  });

  it('takes Arabic words by frequency, folding spellings a reader treats as one', () => {
    // الإنسان and الانسان differ only in the hamza on the alef; single letters (و) are dropped.
    expect(arabicWords(ARABIC)).toEqual(['في', 'حقوق', 'الإنسان', 'المجتمع', 'المدني']);
  });

  it('interleaves Arabic words through the ranks, the first among the frequent ones', () => {
    const vocabulary = interleave(latinWords(95, 1), arabicWords(ARABIC));
    expect(vocabulary.words).toHaveLength(100);
    const arabicRanks = vocabulary.isArabic.flatMap((isArabic, rank) => (isArabic ? [rank] : []));
    expect(arabicRanks).toEqual([10, 30, 50, 70, 90]);
    expect(vocabulary.words[10]).toBe('في');
  });

  it('samples ranks with Zipf frequencies', () => {
    const sampler = new ZipfSampler(1_000, 1.07);
    const rng = createRng(42);
    const counts = new Array<number>(1_000).fill(0);
    const draws = 200_000;
    for (let i = 0; i < draws; i += 1) {
      const rank = sampler.sample(rng);
      counts[rank] = (counts[rank] ?? 0) + 1;
    }
    for (const rank of [0, 1, 9, 99]) {
      const expected = (sampler.weights[rank] ?? 0) * draws;
      expect(Math.abs((counts[rank] ?? 0) - expected)).toBeLessThan(5 * Math.sqrt(expected) + 5);
    }
    expect((counts[0] ?? 0) / (counts[1] ?? 1)).toBeCloseTo(2 ** 1.07, 1);
  });

  it('builds valid ~2 KB entries of every kind, half of them meetings; note i is the same whatever came before', () => {
    const vocabulary = buildVocabulary({ latinCount: 2_000, arabicText: ARABIC });
    const corpus = createCorpus({ vocabulary });
    const again = createCorpus({ vocabulary });
    expect(again.note(41)).toEqual(corpus.note(41));
    const notes = Array.from({ length: 200 }, (_, i) => corpus.note(i));
    expect(corpus.kinds).toEqual(expect.arrayContaining(['meeting', 'observation']));
    expect(new Set(notes.map((n) => n.kind))).toEqual(new Set(corpus.kinds));
    expect(notes.filter((n) => n.kind === 'meeting')).toHaveLength(100);
    for (const note of notes) {
      expect(entryInputSchema.safeParse(note).success).toBe(true);
      const bytes = Buffer.byteLength(note.body, 'utf8');
      expect(bytes).toBeGreaterThanOrEqual(1_536);
      expect(bytes).toBeLessThan(2_700);
      expect(note.title.split(' ').length).toBeGreaterThanOrEqual(5);
      expect(note.title.split(' ').length).toBeLessThanOrEqual(10);
    }
    const average = notes.reduce((n, note) => n + Buffer.byteLength(note.body, 'utf8'), 0) / notes.length;
    expect(average).toBeGreaterThan(1_900);
    expect(average).toBeLessThan(2_200);
    expect(new Set(notes.flatMap((n) => (n.kind === 'meeting' ? [n.counterpartType] : []))).size).toBe(9);
    // The list filters find something: every topic, tags and countries are spread over the notebook.
    expect(new Set(notes.flatMap((n) => n.topics)).size).toBe(10);
    expect(new Set(notes.flatMap((n) => n.tags)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(notes.map((n) => n.country)).size).toBe(5);
    const years = notes.map((n) => new Date(n.occurredAt ?? '').getUTCFullYear());
    expect(Math.min(...years)).toBe(2021);
    expect(Math.max(...years)).toBe(2025);
  });

  it('says clearly when the Arabic source is missing', () => {
    const root = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
    try {
      expect(() => readArabicSource(join(root, 'repo'))).toThrow(/Arabic word source is missing: .*guidelines-ar\.txt/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
