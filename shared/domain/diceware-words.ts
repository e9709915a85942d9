import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * The EFF large wordlist (7,776 words of 3 to 9 lowercase letters, chosen to be easy to type and
 * hard to confuse), as zxcvbn-ts ships it: the four hyphenated words are written without the
 * hyphen and "yo-yo" is replaced, so every word is letters only and all 7,776 are distinct.
 * Suggestions draw from it, and the estimator charges each of its words exactly this many guesses.
 */
export const DICEWARE_WORDS: readonly string[] = dictionary['diceware-common'];
