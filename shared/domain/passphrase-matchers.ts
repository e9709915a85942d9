import { MatcherBaseClass, type Match, type Matcher, type MatchOptions } from '@zxcvbn-ts/core';
import { DICEWARE_WORDS } from './diceware-words';
import { COMMON_ARABIC } from './passphrase-arabic-common';

/**
 * Two matchers zxcvbn lacks. Each match carries its own guess count, which scoring reads back.
 *
 * - `dicewareWord`: zxcvbn's copy of the EFF list is alphabetical, and zxcvbn charges a word its
 *   position in a list, so "abacus" would cost one guess and "zoom" 7,776. A word drawn from the
 *   list costs the guesser the whole list, whichever word it is.
 * - `scriptWord`: zxcvbn's dictionaries are English, so it reads Arabic (or Cyrillic, Greek…) as
 *   random characters at 10 guesses each: "بسم الله الرحمن الرحيم" would pass as 22 random
 *   characters. Here a word in such a script costs what an ordinary word costs (see
 *   UNLISTED_WORD_GUESSES), and a common Arabic word or phrase costs its rank in COMMON_ARABIC.
 */

export interface CountedMatch extends Match {
  guessCount: number;
  /** Holds a listed common word or phrase: advice to the person should say so. */
  common: boolean;
  /** Holds the same word twice. */
  repeated: boolean;
}

/**
 * An Arabic word we cannot rank is charged like a word from a list of 10,000 (≈ 13.3 bits),
 * a little more than a diceware word: four such words are a passphrase, two are not, exactly as
 * zxcvbn judges four or two uncommon English words. A word shorter than 4 letters costs less
 * (10 per letter, zxcvbn's own rate for characters it cannot explain).
 */
export const UNLISTED_WORD_GUESSES = 10_000;
const BRUTEFORCE_GUESSES_PER_LETTER = 10;
/**
 * Few words run past 12 letters even with their attached و/ال/ب… ("بالديمقراطية" is 12); a
 * longer run of letters is counted as that many words' worth (words typed without spaces, or
 * random letters), so 30 random letters are not charged as one ordinary word.
 */
const LETTERS_PER_WORD = 12;

const DICEWARE_SET = new Set(DICEWARE_WORDS);
const DICEWARE_LENGTHS = [...new Set(DICEWARE_WORDS.map((word) => word.length))];

/**
 * Letters and marks of scripts written with spaces between words and without a zxcvbn dictionary.
 * Latin is left to zxcvbn's English dictionaries; Han, kana, Thai, Lao, Khmer and Myanmar are
 * written without spaces, so a run of them is not one word (zxcvbn's 10 guesses a character is
 * already stricter for them than any per-word rate).
 */
const SCRIPT_WORD =
  /(?:(?![\p{Script=Latin}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}])[\p{L}\p{M}])+/gu;

/** Spelling variants a guesser folds together: presentation forms, diacritics, tatweel, hamza and taa marbuta forms, case. */
export function foldWord(word: string): string {
  return word
    .normalize('NFKC')
    .replace(/[\p{M}\u0640]/gu, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .toLowerCase();
}

const COMMON_RANK = new Map<string, number>();
COMMON_ARABIC.forEach((entry, index) => {
  const folded = entry.split(' ').map(foldWord).join(' ');
  // A phrase is listed as written and run together ("بسماللهالرحمنالرحيم"), which reads as one word.
  for (const form of [folded, folded.replaceAll(' ', '')]) if (!COMMON_RANK.has(form)) COMMON_RANK.set(form, index + 1);
});
const LONGEST_PHRASE_WORDS = Math.max(...[...COMMON_RANK.keys()].map((phrase) => phrase.split(' ').length));

function counted(password: string, i: number, end: number, pattern: string, counts: Pick<CountedMatch, 'guessCount' | 'common' | 'repeated'>): CountedMatch {
  return { pattern, i, j: end - 1, token: password.slice(i, end), ...counts };
}

class DicewareWordMatching extends MatcherBaseClass {
  match({ password }: MatchOptions): CountedMatch[] {
    const lower = password.toLowerCase();
    const matches: CountedMatch[] = [];
    for (let i = 0; i < lower.length; i += 1) {
      for (const length of DICEWARE_LENGTHS) {
        if (i + length > lower.length || !DICEWARE_SET.has(lower.slice(i, i + length))) continue;
        matches.push(counted(password, i, i + length, 'dicewareWord', { guessCount: DICEWARE_WORDS.length, common: false, repeated: false }));
      }
    }
    return matches;
  }
}

interface ScriptWord {
  folded: string;
  start: number;
  end: number;
}

/** A listed word, or a listed word after the attached conjunction و (twice the guesses: with or without it). */
function listedRank(folded: string): number | undefined {
  const rank = COMMON_RANK.get(folded);
  if (rank !== undefined) return rank;
  const withoutAnd = folded.startsWith('و') ? COMMON_RANK.get(folded.slice(1)) : undefined;
  return withoutAnd === undefined ? undefined : withoutAnd * 2;
}

function wordGuesses(word: ScriptWord): number {
  const letters = [...word.folded].length;
  return listedRank(word.folded) ?? Math.min(BRUTEFORCE_GUESSES_PER_LETTER ** letters, UNLISTED_WORD_GUESSES ** Math.ceil(letters / LETTERS_PER_WORD));
}

/** Longest run of words priced as one match; past it the count is astronomically safe anyway. */
const LONGEST_SPAN_WORDS = 16;

/**
 * Every run of words joined by single spaces, priced as the product of its words: the guesser
 * chooses words, not the spaces between them, and a repeated word is only a pick among the
 * earlier ones. Without these, zxcvbn would charge each space and the order of the pieces on
 * top, and an Arabic sentence would outscore an English one.
 */
function spanMatches(password: string, words: ScriptWord[]): CountedMatch[] {
  const matches: CountedMatch[] = [];
  words.forEach((first, start) => {
    let guessCount = 1;
    let common = false;
    let repeated = false;
    const seen = new Set<string>();
    for (let index = start; index < Math.min(words.length, start + LONGEST_SPAN_WORDS); index += 1) {
      const word = words[index];
      if (!word || (index > start && password.slice(words[index - 1]?.end, word.start) !== ' ')) break;
      // A word already in the run is one of the few seen so far, not a fresh choice.
      repeated ||= seen.has(word.folded);
      guessCount *= seen.has(word.folded) ? seen.size : wordGuesses(word);
      seen.add(word.folded);
      common ||= listedRank(word.folded) !== undefined;
      matches.push(counted(password, first.start, word.end, 'scriptWord', { guessCount, common, repeated }));
    }
  });
  return matches;
}

/** Consecutive words that together are a listed phrase, whatever separates them. */
function phraseMatches(password: string, words: ScriptWord[]): CountedMatch[] {
  const matches: CountedMatch[] = [];
  words.forEach((first, start) => {
    for (let count = 2; count <= LONGEST_PHRASE_WORDS && start + count <= words.length; count += 1) {
      const span = words.slice(start, start + count);
      const rank = COMMON_RANK.get(span.map((word) => word.folded).join(' '));
      const last = span[span.length - 1];
      if (rank === undefined || !last) continue;
      matches.push(counted(password, first.start, last.end, 'scriptWord', { guessCount: rank, common: true, repeated: false }));
    }
  });
  return matches;
}

class ScriptWordMatching extends MatcherBaseClass {
  match({ password }: MatchOptions): CountedMatch[] {
    const words: ScriptWord[] = [];
    for (const found of password.matchAll(SCRIPT_WORD)) {
      const folded = foldWord(found[0]);
      if (/\p{L}/u.test(folded)) words.push({ folded, start: found.index, end: found.index + found[0].length });
    }
    return [...spanMatches(password, words), ...phraseMatches(password, words)];
  }
}

function guessCountOf(match: Match): number {
  const { guessCount } = match as CountedMatch;
  return guessCount;
}

/** zxcvbn asks every matcher for feedback; ours is given in the app's own words (passphrase-strength.ts). */
const noFeedback = () => null;

export const customMatchers: Record<'dicewareWord' | 'scriptWord', Matcher> = {
  dicewareWord: { Matching: DicewareWordMatching, scoring: guessCountOf, feedback: noFeedback },
  scriptWord: { Matching: ScriptWordMatching, scoring: guessCountOf, feedback: noFeedback },
};
