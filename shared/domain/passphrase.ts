import { z } from 'zod';
import { PASSPHRASE_MAX_LENGTH, PASSPHRASE_MIN_LENGTH } from './passphrase-limits';
import { estimateStrength } from './passphrase-strength';

export { PASSPHRASE_MAX_LENGTH, PASSPHRASE_MIN_LENGTH };

/** What unlocking accepts: any passphrase an older version let someone set, however weak. */
export const passphraseSchema = z
  .string()
  .min(1, { message: 'passphrase is empty' })
  .max(PASSPHRASE_MAX_LENGTH, { message: `passphrase must be at most ${PASSPHRASE_MAX_LENGTH} characters` })
  .refine((s) => s.isWellFormed(), { message: 'passphrase contains broken Unicode' });

/**
 * What a new passphrase must satisfy on top of `passphraseSchema` (creating a vault, changing
 * the passphrase), in the app and the CLI alike: the length floor, then the same estimate the
 * form's meter shows. The message says what to do, since the CLI prints it as it is.
 */
export const newPassphraseSchema = passphraseSchema
  .refine((s) => [...s].length >= PASSPHRASE_MIN_LENGTH, {
    message: `passphrase must be at least ${PASSPHRASE_MIN_LENGTH} characters`,
    abort: true,
  })
  .refine((s) => estimateStrength(s).accepted, {
    message:
      'passphrase is too easy to guess. Use four or more unrelated words (or six random ones from a diceware list), not a saying, a name, a date, a keyboard pattern or a common password',
  });
