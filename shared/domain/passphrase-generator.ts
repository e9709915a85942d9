import { DICEWARE_WORDS } from './diceware-words';

/** Six words: log2(7776^6) ≈ 77.5 bits, far past the estimator's "strong" and still typeable. */
export const SUGGESTED_WORD_COUNT = 6;

/** Fills the array with cryptographically random values (Web Crypto `getRandomValues` in the app). */
export type RandomFill = (values: Uint32Array) => Uint32Array;

const UINT32_RANGE = 2 ** 32;

/**
 * A uniform index in [0, bound). `value % bound` alone would favour the first
 * (2^32 mod bound) indices; values at or past the largest multiple of `bound` are drawn again,
 * so every index is reached by exactly the same number of 32-bit values.
 */
export function uniformIndex(bound: number, fill: RandomFill): number {
  if (!Number.isInteger(bound) || bound < 1 || bound > UINT32_RANGE) throw new RangeError(`bound must be a whole number in 1..2^32, got ${bound}`);
  const limit = UINT32_RANGE - (UINT32_RANGE % bound);
  const draw = new Uint32Array(1);
  for (;;) {
    const [value = UINT32_RANGE] = fill(draw);
    if (value < limit) return value % bound;
  }
}

export interface SuggestedPassphrase {
  words: string[];
  /** The words as typed: single spaces, which every keyboard layout has in the same place. */
  phrase: string;
  /** Entropy of the draw itself, not an estimate: words × log2(list size). */
  bits: number;
}

/** Random words from the EFF list, each drawn uniformly and independently. */
export function suggestPassphrase(fill: RandomFill, wordCount = SUGGESTED_WORD_COUNT): SuggestedPassphrase {
  const words = Array.from({ length: wordCount }, () => DICEWARE_WORDS[uniformIndex(DICEWARE_WORDS.length, fill)] ?? '');
  return { words, phrase: words.join(' '), bits: Math.floor(wordCount * Math.log2(DICEWARE_WORDS.length) * 10) / 10 };
}
