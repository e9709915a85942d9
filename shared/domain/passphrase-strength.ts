import { ZxcvbnFactory, type MatchExtended, type ZxcvbnResult } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary } from '@zxcvbn-ts/language-en';
import { customMatchers, type CountedMatch } from './passphrase-matchers';
import { PASSPHRASE_MIN_LENGTH } from './passphrase-limits';
import { alternativeReadings } from './passphrase-variants';

/**
 * The estimated guesses (log10) at which each level starts. A new passphrase needs level 3,
 * 10^14 guesses (≈ 46.5 bits). Why there: whoever seizes the laptop guesses offline, where the
 * unlock throttle does not exist and only Argon2id (≥ 64 MiB, ~77 ms a guess on one core here)
 * slows them. A well-funded attacker with a thousand GPUs might try ~10^6 Argon2id guesses a
 * second: 10^14 takes them about three years, 10^18 ("strong") thousands. zxcvbn's counts are an
 * attacker's ordering, not a proof, so the bar is set well above what a lone laptop could do.
 */
const LEVEL_STARTS_LOG10 = [0, 0, 10, 14, 18] as const;
export const ACCEPTED_LEVEL = 3;

export type StrengthLevel = 0 | 1 | 2 | 3 | 4;

export type StrengthHint = 'tooShort' | 'addWords' | 'avoidRepeats' | 'avoidSequences' | 'avoidCommon' | 'avoidAppWords' | 'avoidDates';

export interface PassphraseStrength {
  /** 0 = too short, 1 = very easy to guess, 2 = not enough yet, 3 = good, 4 = strong. */
  level: StrengthLevel;
  /** Whether a new passphrase may be set: at least 12 code points and level 3. */
  accepted: boolean;
  /** log2 of zxcvbn's estimated guesses for the cheapest reading of the passphrase. */
  bits: number;
  /** What would make it stronger (i18n keys under `strength.`); empty once accepted. */
  hints: StrengthHint[];
}

/** Words about this app and its work: the first a guesser who knows whose laptop it is would try. */
const APP_WORDS = ['fieldnotes', 'field notes', 'notebook', 'passphrase', 'password', 'vault', 'embassy', 'defender', 'human rights'];

let factory: ZxcvbnFactory | undefined;

/** Built on first use: ranking ~250,000 words takes ~150 ms that unlocking and most CLI commands need not pay. */
function zxcvbn(): ZxcvbnFactory {
  factory ??= new ZxcvbnFactory(
    {
      // zxcvbn's EFF list is charged by the dicewareWord matcher instead (its ranks are alphabetical).
      dictionary: { 'passwords-common': commonDictionary['passwords-common'], ...englishDictionary, userInputs: APP_WORDS },
      graphs: adjacencyGraphs,
      // The meter runs on every keystroke and the contract in the main process: with the default
      // limits a pasted 256-character line took seconds. Only the first 100 characters are
      // judged (what follows can only add guesses, so the estimate errs low), and l33t variants
      // stop at 8 substitutions, which still catches "p@$$w0rd"-style spellings.
      maxLength: 100,
      l33tMaxSubstitutions: 8,
    },
    customMatchers,
  );
  return factory;
}

/** The cheapest reading wins; any reading but the typed one costs the guesser one more bit. */
function cheapestReading(passphrase: string): ZxcvbnResult {
  const typed = zxcvbn().check(passphrase);
  return alternativeReadings(passphrase)
    .map((reading) => {
      const result = zxcvbn().check(reading);
      return { ...result, guessesLog10: result.guessesLog10 + Math.log10(2) };
    })
    .reduce((best, result) => (result.guessesLog10 < best.guessesLog10 ? result : best), typed);
}

function hintsFor(match: MatchExtended): StrengthHint[] {
  switch (match.pattern) {
    case 'repeat':
      return ['avoidRepeats'];
    case 'sequence':
    case 'spatial':
    case 'wordSequence':
      return ['avoidSequences'];
    case 'date':
    case 'regex':
      return ['avoidDates'];
    case 'dictionary':
      if (match['dictionaryName'] === 'userInputs') return ['avoidAppWords'];
      return match['dictionaryName'] === 'passwords-common' ? ['avoidCommon'] : [];
    case 'scriptWord': {
      const { common, repeated } = match as CountedMatch;
      return [...(repeated ? (['avoidRepeats'] as const) : []), ...(common ? (['avoidCommon'] as const) : [])];
    }
    default:
      return [];
  }
}

function levelOf(guessesLog10: number): StrengthLevel {
  if (guessesLog10 >= LEVEL_STARTS_LOG10[4]) return 4;
  if (guessesLog10 >= LEVEL_STARTS_LOG10[3]) return 3;
  if (guessesLog10 >= LEVEL_STARTS_LOG10[2]) return 2;
  return 1;
}

/**
 * The one estimate behind the meter, the form's check and the contract (app and CLI alike):
 * zxcvbn-ts with its English and common-password dictionaries, keyboard graphs, the app's own
 * words, uniform diceware words, fair Arabic words and phrases, and the other readings above.
 */
export function estimateStrength(passphrase: string): PassphraseStrength {
  const tooShort = [...passphrase].length < PASSPHRASE_MIN_LENGTH;
  const reading = cheapestReading(passphrase);
  const bits = Math.round(reading.guessesLog10 * Math.log2(10));
  const level = tooShort ? 0 : levelOf(reading.guessesLog10);
  const accepted = level >= ACCEPTED_LEVEL;
  if (accepted) return { level, accepted, bits, hints: [] };
  const found = reading.sequence.flatMap(hintsFor);
  const hints = new Set<StrengthHint>(tooShort ? ['tooShort', ...found] : found);
  hints.add('addWords');
  return { level, accepted, bits, hints: [...hints] };
}
