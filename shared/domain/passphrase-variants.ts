/**
 * Other ways a guesser reads the same keystrokes. The estimate is the cheapest reading, plus one
 * bit for the guesser having to try it as well.
 */

/** The Arabic (101) layout, unshifted: which Latin key types each Arabic letter. */
const ARABIC_KEYS: Record<string, string> = {
  'ذ': '`', 'ض': 'q', 'ص': 'w', 'ث': 'e', 'ق': 'r', 'ف': 't', 'غ': 'y', 'ع': 'u', 'ه': 'i', 'خ': 'o', 'ح': 'p', 'ج': '[', 'د': ']',
  'ش': 'a', 'س': 's', 'ي': 'd', 'ب': 'f', 'ل': 'g', 'ا': 'h', 'ت': 'j', 'ن': 'k', 'م': 'l', 'ك': ';', 'ط': "'",
  'ئ': 'z', 'ء': 'x', 'ؤ': 'c', 'ر': 'v', 'ى': 'n', 'ة': 'm', 'و': ',', 'ز': '.', 'ظ': '/',
};

/**
 * "password" typed with the Arabic layout still selected is "حشسسصخقي", and a keyboard walk is
 * "ضصثقفغعهخح": read back as the Latin keys pressed, zxcvbn knows both.
 */
export function asLatinKeys(passphrase: string): string {
  return [...passphrase].map((char) => ARABIC_KEYS[char] ?? char).join('');
}

/**
 * zxcvbn reads "i love my family" partly as random characters between the spaces; without the
 * spaces it finds the words (and "ilovemyfamily" in its password list). Arabic words keep their
 * spaces: the script-word matcher needs them to tell one word from the next.
 */
export function withoutSpacesBetweenLatinWords(passphrase: string): string {
  return passphrase.replace(/(?<=[\p{Script=Latin}\p{N}])\s+(?=[\p{Script=Latin}\p{N}])/gu, '');
}

/** Distinct readings other than the passphrase itself. */
export function alternativeReadings(passphrase: string): string[] {
  const readings = new Set([withoutSpacesBetweenLatinWords(passphrase), asLatinKeys(passphrase)]);
  readings.delete(passphrase);
  return [...readings];
}
