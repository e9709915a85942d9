import { z } from 'zod';

export const PASSPHRASE_MIN_LENGTH = 12;
/** Long enough for any diceware phrase, short enough that a paste accident is caught. */
export const PASSPHRASE_MAX_LENGTH = 1024;

export const passphraseSchema = z
  .string()
  .min(1, { message: 'passphrase is empty' })
  .max(PASSPHRASE_MAX_LENGTH, { message: `passphrase must be at most ${PASSPHRASE_MAX_LENGTH} characters` })
  .refine((s) => s.isWellFormed(), { message: 'passphrase contains broken Unicode' });

/** What a new passphrase must satisfy on top of `passphraseSchema`. */
export const newPassphraseSchema = passphraseSchema.refine((s) => [...s].length >= PASSPHRASE_MIN_LENGTH, {
  message: `passphrase must be at least ${PASSPHRASE_MIN_LENGTH} characters`,
});

export type StrengthLevel = 0 | 1 | 2 | 3 | 4;

export interface PassphraseStrength {
  /** 0 = unusable … 4 = strong. */
  level: StrengthLevel;
  /** Rough guessing entropy in bits, after penalties for repeats, sequences and common words. */
  bits: number;
  /** i18n keys (under `strength.`) explaining what would make it stronger. */
  hints: StrengthHint[];
}

export type StrengthHint = 'tooShort' | 'addWords' | 'avoidRepeats' | 'avoidSequences' | 'avoidCommon';

const COMMON = [
  'password', 'passw0rd', 'qwerty', 'azerty', 'letmein', 'welcome', 'admin', 'iloveyou', 'monkey',
  'dragon', 'football', 'baseball', 'sunshine', 'princess', 'fieldnotes', 'embassy', 'secret',
  '123456', '12345678', '123456789', 'abc123', 'change', 'default',
];

const SEQUENCES = ['abcdefghijklmnopqrstuvwxyz', '0123456789', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

function poolSize(chars: string[]): number {
  let pool = 0;
  if (chars.some((c) => /[a-z]/.test(c))) pool += 26;
  if (chars.some((c) => /[A-Z]/.test(c))) pool += 26;
  if (chars.some((c) => /[0-9]/.test(c))) pool += 10;
  if (chars.some((c) => /[^\p{L}\p{N}]/u.test(c))) pool += 33;
  // Letters outside ASCII (Arabic, Cyrillic, accented Latin…) come from a far larger alphabet.
  if (chars.some((c) => /\p{L}/u.test(c) && !/[A-Za-z]/.test(c))) pool += 60;
  return Math.max(pool, 10);
}

/** Characters that merely continue a run (aaa, abc, 123, qwe) add almost nothing to a guesser's work. */
function predictableCount(lower: string): { repeats: number; sequences: number } {
  let repeats = 0;
  let sequences = 0;
  for (let i = 2; i < lower.length; i += 1) {
    const run = lower.slice(i - 2, i + 1);
    if (run[0] === run[1] && run[1] === run[2]) repeats += 1;
    else if (SEQUENCES.some((seq) => seq.includes(run) || [...seq].reverse().join('').includes(run))) sequences += 1;
  }
  return { repeats, sequences };
}

/**
 * A deliberately conservative estimate (no dictionary of millions of words ships here):
 * it is feedback for the person choosing, not a guarantee. The 12-character floor is the rule.
 */
export function estimateStrength(passphrase: string): PassphraseStrength {
  const chars = [...passphrase];
  const lower = passphrase.toLowerCase();
  const hints: StrengthHint[] = [];
  const { repeats, sequences } = predictableCount(lower);
  const common = COMMON.filter((w) => lower.includes(w));
  const effectiveLength = Math.max(
    0,
    chars.length - repeats - sequences - common.reduce((n, w) => n + w.length - 1, 0),
  );
  const bits = Math.round(effectiveLength * Math.log2(poolSize(chars)));

  if (chars.length < PASSPHRASE_MIN_LENGTH) hints.push('tooShort');
  if (repeats > 0) hints.push('avoidRepeats');
  if (sequences > 0) hints.push('avoidSequences');
  if (common.length > 0) hints.push('avoidCommon');
  if (bits < 80 && !/\s\S+\s/.test(passphrase)) hints.push('addWords');

  let level: StrengthLevel;
  if (chars.length < PASSPHRASE_MIN_LENGTH) level = 0;
  else if (bits < 50) level = 1;
  else if (bits < 70) level = 2;
  else if (bits < 90) level = 3;
  else level = 4;
  return { level, bits, hints };
}
