import { describe, expect, it } from 'vitest';
import { lightStemArabic, normalizeForSearch, prefixForms, wordKey } from '../../../electron/core/search/normalize';
import { parseQuery } from '../../../electron/core/search/query-parser';
import { highlightAll, snippet } from '../../../electron/core/search/snippet';

describe('normalizeForSearch', () => {
  it('removes Arabic diacritics and tatweel, and unifies alef, yeh and teh marbuta', () => {
    expect(normalizeForSearch('حُقُوق')).toBe(normalizeForSearch('حقوق'));
    expect(normalizeForSearch('إنسان')).toBe(normalizeForSearch('انسان'));
    expect(normalizeForSearch('مـــدافع')).toBe(normalizeForSearch('مدافع'));
    expect(normalizeForSearch('مستشفى')).toBe(normalizeForSearch('مستشفي'));
    expect(normalizeForSearch('محكمة')).toBe(normalizeForSearch('محكمه'));
  });

  it('folds presentation forms, Arabic-Indic digits and invisible characters', () => {
    expect(normalizeForSearch('\uFEE3\uFEA4\uFE8E\uFEDB\uFEE4\uFE94')).toBe(normalizeForSearch('محاكمة'));
    expect(normalizeForSearch('القضية ٢٠٢٦')).toContain('2026');
    expect(normalizeForSearch('law\u200Byer')).toBe('lawyer');
    expect(normalizeForSearch('\u202Bhello\u202C')).toBe('hello');
  });

  it('strips attached articles and conjunctions from Arabic words, but not from short ones', () => {
    expect(lightStemArabic('والمدافعين')).toBe(lightStemArabic('المدافعين'));
    expect(lightStemArabic('للمدافعين')).toBe(lightStemArabic('مدافعين'));
    expect(lightStemArabic('ولد')).toBe('ولد');
  });

  it('sets each Han and kana character apart, astral ones too, and leaves other text as it is', () => {
    expect(normalizeForSearch('会議abc')).toBe(' 会  議 abc');
    expect(normalizeForSearch('カナ\u{20000}')).toBe(' カ  ナ  \u{20000} ');
    expect(normalizeForSearch('Genève — ok ✓')).toBe('Genève — ok ✓');
  });

  it('gives one key per word regardless of case and accents', () => {
    expect(wordKey('Genève')).toBe('geneve');
    expect(wordKey('ÉLYSÉE')).toBe('elysee');
  });
});

describe('parseQuery', () => {
  it('ANDs quoted terms and keeps prefixes and phrases', () => {
    expect(parseQuery('trial lawyer')?.match).toBe('"trial" AND "lawyer"');
    expect(parseQuery('detent*')).toMatchObject({ match: '"detent"*', prefixes: ['detent'] });
    expect(parseQuery('"fair trial" judge')?.match).toBe('"fair trial" AND "judge"');
  });

  it('turns FTS5 operators and punctuation into plain words', () => {
    expect(parseQuery('title:lawyer')?.match).toBe('"title" AND "lawyer"');
    expect(parseQuery('NEAR(a b)')?.match).toBe('"NEAR" AND "a" AND "b"'); // quoted: a word, not the operator
    expect(parseQuery('" OR "')?.match).toBe('"OR"');
    expect(parseQuery('*** ((( )))')).toBeNull();
    expect(parseQuery('')).toBeNull();
  });

  it('ignores one-letter prefixes that would match half the vocabulary', () => {
    expect(parseQuery('a*')).toBeNull();
    expect(parseQuery('trial a*')).toMatchObject({ match: '"trial"', prefixes: [] });
  });
});

describe('snippets', () => {
  const matcher = { terms: ['detention'], prefixes: [] as string[] };

  it('marks matching words in a title, keeping the original spelling', () => {
    expect(highlightAll('Arbitrary Detention case', matcher)).toEqual([
      { text: 'Arbitrary ', hit: false },
      { text: 'Detention', hit: true },
      { text: ' case', hit: false },
    ]);
  });

  it('centres on the densest window and marks cuts with ellipses', () => {
    const text = `${'filler '.repeat(100)}the detention of the lawyer ${'filler '.repeat(100)}`;
    const segments = snippet(text, matcher);
    expect(segments[0]?.text).toBe('… ');
    expect(segments.at(-1)?.text).toBe(' …');
    expect(segments.filter((s) => s.hit).map((s) => s.text)).toEqual(['detention']);
    expect(segments.map((s) => s.text).join('').length).toBeLessThan(300);
  });

  it('shows the beginning of a note with no match in its body', () => {
    const segments = snippet('Short note without the word.', matcher);
    expect(segments).toEqual([{ text: 'Short note without the word.', hit: false }]);
  });

  it('highlights Arabic as written, diacritics included', () => {
    const arabic = { terms: [wordKey('المدافعين')], prefixes: [] as string[] };
    const hits = snippet('دعم المُدافِعين عن حقوق الإنسان', arabic).filter((s) => s.hit);
    expect(hits.map((s) => s.text)).toEqual(['المُدافِعين']);
  });
});

describe('Arabic stemming is applied exactly once', () => {
  it('gives a query word the same key as the indexed word (بيانات would lose a suffix twice)', () => {
    const indexed = normalizeForSearch('البيانات');
    expect(parseQuery('البيانات')?.terms).toEqual([indexed]);
    expect(parseQuery('بيانات')?.terms).toEqual([normalizeForSearch('بيانات')]);
  });

  it('keeps an Arabic word being typed matchable letter by letter', () => {
    expect(prefixForms('الص')).toEqual(['ص', 'الص']);
    expect(parseQuery('الص*')).toMatchObject({ match: '"الص"*' }); // ص alone is too short; the literal form stays
    expect(parseQuery('الصح*')).toMatchObject({ match: '"صح"*', prefixes: ['صح'] });
    expect(parseQuery('والمداف*')).toMatchObject({ prefixes: ['مداف'] });
    // The typed beginning runs into a suffix letter: the stem is tried too.
    expect(parseQuery('الصحفي*')).toMatchObject({ match: '("صحفي"* OR "صحف"*)' });
  });
});
