/**
 * One normalisation for indexed text and for queries, so both scripts match the way people
 * type them. Arabic is written with or without short vowels and with several alef and yeh
 * shapes; Latin with or without accents (the FTS5 tokenizer folds those).
 */

// Removed in one pass: harakat, Quranic annotation marks, superscript alef and tatweel (a
// stretching stroke, not a letter); and bidi controls, zero-width characters and the byte-order
// mark, which hide inside pasted text and split words.
const MARKS_AND_INVISIBLES = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
const ALEF_VARIANTS = /[\u0622\u0623\u0625\u0671]/g; // آ أ إ ٱ → ا
const ALEF_MAKSURA = /\u0649/g; // ى → ي
const TEH_MARBUTA = /\u0629/g; // ة → ه
const ARABIC_INDIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

function asciiDigit(ch: string): string {
  const code = ch.charCodeAt(0);
  return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
}

const ARABIC_WORD = /[\u0621-\u064A]+/g;
// Light stemming after Larkey et al.'s "light10": Arabic fuses the article and conjunctions
// to the word (والمدافعين = and + the + defenders), so without it a search for المدافعين
// misses most of the places the word occurs. Index, query and highlighting all stem alike.
const ARABIC_PREFIXES = ['\u0648\u0627\u0644', '\u0628\u0627\u0644', '\u0643\u0627\u0644', '\u0641\u0627\u0644', '\u0627\u0644', '\u0644\u0644'];
const ARABIC_SUFFIXES = ['\u0647\u0627', '\u0627\u0646', '\u0627\u062A', '\u0648\u0646', '\u064A\u0646', '\u064A\u0647', '\u0647', '\u064A'];

/** Drops an attached article or conjunction, leaving at least `keep` letters. */
function stripArabicPrefix(word: string, keep: number): string {
  let stem = word;
  if (stem.length > 3 && stem.startsWith('\u0648')) stem = stem.slice(1);
  const prefix = ARABIC_PREFIXES.find((p) => stem.startsWith(p) && stem.length - p.length >= keep);
  return prefix ? stem.slice(prefix.length) : stem;
}

export function lightStemArabic(word: string): string {
  let stem = stripArabicPrefix(word, 2);
  for (const suffix of ARABIC_SUFFIXES) {
    if (stem.length - suffix.length >= 2 && stem.endsWith(suffix)) stem = stem.slice(0, -suffix.length);
  }
  return stem;
}

/** Everything but stemming: NFKC first (it folds Arabic presentation forms and full-width Latin). */
export function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(MARKS_AND_INVISIBLES, '')
    .replace(ALEF_VARIANTS, '\u0627')
    .replace(ALEF_MAKSURA, '\u064A')
    .replace(TEH_MARBUTA, '\u0647')
    .replace(ARABIC_INDIC_DIGITS, asciiDigit);
}

// Chinese and Japanese are written without spaces, and FTS5's unicode61 would take a whole
// sentence for one token, so no word inside it could be found. Each Han or kana character is
// indexed as a token of its own; a query for several characters becomes a phrase of them, which
// matches exactly where they stand side by side.
const CJK_CHARACTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

// Every Han and kana character is at U+2E80 or above (astral ones as surrogates, above too): text
// with none there, as most notes, skips the Unicode-property search for them.
const MAYBE_CJK = /[^\u0000-\u2E7F]/;

export function normalizeForSearch(text: string): string {
  const stemmed = fold(text).replace(ARABIC_WORD, lightStemArabic);
  return MAYBE_CJK.test(stemmed) ? stemmed.replace(CJK_CHARACTER, ' $& ') : stemmed;
}

/**
 * A highlighting key: lower case, combining marks removed. Looser than FTS5's own folding
 * (unicode61 removes Latin accents only), which is fine for marking words in a snippet: the
 * MATCH itself is built from the index form and folded by FTS5 on both sides alike.
 */
function highlightFold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// Nothing in normalisation changes ASCII beyond case: the common case skips the Unicode work.
const ASCII = /^[\x00-\x7F]*$/;

/** The highlighting key of one whole word. */
export function wordKey(word: string): string {
  return ASCII.test(word) ? word.toLowerCase() : highlightFold(normalizeForSearch(word)).trim();
}

/** Highlighting keys of a word as typed: one per character for Chinese and Japanese. */
export function highlightKeys(word: string): string[] {
  const characters = word.match(CJK_CHARACTER);
  return characters ? [...new Set(characters.map(wordKey))] : [wordKey(word)];
}

/**
 * The index forms a word being typed (`الصحفي*`) may begin: with its attached article removed
 * even when one letter is left (else typing letter by letter finds nothing at the third
 * letter), and its light stem (the index holds صحف for الصحفيين, so الصحفي* must also try
 * صحف*). Latin words have one form.
 */
export function prefixForms(word: string): string[] {
  if (ASCII.test(word)) return [word.toLowerCase()];
  const folded = fold(word);
  const withoutArticle = folded.replace(ARABIC_WORD, (w) => stripArabicPrefix(w, 1)).replace(CJK_CHARACTER, ' $& ');
  return [...new Set([withoutArticle, normalizeForSearch(folded)].map((form) => form.trim()))].filter((form) => form.length > 0);
}

/** Highlighting keys for the forms of a prefix (for Chinese and Japanese: the last character). */
export function prefixKeys(word: string): string[] {
  const characters = word.match(CJK_CHARACTER);
  if (characters) return highlightKeys(word);
  return [...new Set(prefixForms(word).map(highlightFold))];
}

/** Runs of letters, digits and private-use characters: what a person typed as one word. */
export const WORD_PATTERN = /[\p{L}\p{N}\p{Co}\p{M}]+/gu;

/** Words as the index holds them: like WORD_PATTERN, but each Han or kana character alone. */
export const INDEXED_WORD_PATTERN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}\p{Co}\p{M}])+/gu;
