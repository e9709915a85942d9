/** The two scripts a bilingual officer's keyboard switches between. */
export type KeyboardScript = 'latin' | 'arabic';

const ARABIC_LETTER = /\p{Script=Arabic}/u;
const LATIN_LETTER = /\p{Script=Latin}/u;

function scriptOf(char: string): KeyboardScript | null {
  if (ARABIC_LETTER.test(char)) return 'arabic';
  if (LATIN_LETTER.test(char)) return 'latin';
  return null;
}

/**
 * The script of the last letter typed: what the keyboard layout is producing now. Digits,
 * spaces and symbols say nothing (they are the same on both layouts), so they are skipped.
 */
export function lastTypedScript(text: string): KeyboardScript | null {
  const chars = [...text];
  for (let i = chars.length - 1; i >= 0; i -= 1) {
    const script = scriptOf(chars[i] ?? '');
    if (script) return script;
  }
  return null;
}

/** The script most of the letters are in (a first passphrase, which a confirmation should follow). */
export function mainScript(text: string): KeyboardScript | null {
  let arabic = 0;
  let latin = 0;
  for (const char of text) {
    const script = scriptOf(char);
    if (script === 'arabic') arabic += 1;
    else if (script === 'latin') latin += 1;
  }
  if (arabic === latin) return null;
  return arabic > latin ? 'arabic' : 'latin';
}
