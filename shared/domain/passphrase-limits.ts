/** Code points, not UTF-16 units: an Arabic or emoji passphrase is not penalised. */
export const PASSPHRASE_MIN_LENGTH = 12;
/** Long enough for any diceware phrase, short enough that a paste accident is caught. */
export const PASSPHRASE_MAX_LENGTH = 1024;
