import { fold, highlightKeys, normalizeForSearch, prefixForms, prefixKeys, WORD_PATTERN } from './normalize';

export interface ParsedQuery {
  /** An FTS5 MATCH expression built only from quoted tokens: user text can never inject FTS syntax. */
  match: string;
  /** Keys for highlighting: whole words and prefixes. */
  terms: string[];
  prefixes: string[];
}

const MIN_PREFIX = 2;

function quote(token: string): string {
  return `"${token.replaceAll('"', '""')}"`;
}

function prefixClause(forms: readonly string[]): string {
  const alternatives = forms.map((form) => `${quote(form)}*`);
  return alternatives.length === 1 ? (alternatives[0] ?? '') : `(${alternatives.join(' OR ')})`;
}

/**
 * Words are ANDed. `"two words"` is a phrase; a trailing `*` makes the last word a prefix.
 * Everything else the user types (operators, parentheses, column filters) is plain text.
 * MATCH text uses the index form of each word (normalised and stemmed exactly once, as the
 * index was) and leaves case and Latin accents to FTS5, which folds both sides alike.
 */
export function parseQuery(input: string): ParsedQuery | null {
  const clauses: string[] = [];
  const terms: string[] = [];
  const prefixes: string[] = [];
  const pieces = input.match(/"[^"]*"?|[^\s"]+/g) ?? [];
  for (const piece of pieces) {
    const isPhrase = piece.startsWith('"');
    const isPrefix = !isPhrase && piece.endsWith('*');
    const words = (fold(piece).match(WORD_PATTERN) ?? []).filter((w) => normalizeForSearch(w).length > 0);
    if (words.length === 0) continue;
    const forms = isPrefix ? prefixForms(words.at(-1) ?? '').filter((f) => f.length >= MIN_PREFIX) : [];
    // 'a*' or 'الص*' (one letter after the article) would match half the vocabulary: wait for more letters.
    const whole = isPrefix ? words.slice(0, -1) : words;
    if (isPhrase && whole.length > 1) {
      clauses.push(quote(whole.map(normalizeForSearch).join(' ').trim()));
    } else {
      clauses.push(...whole.map((w) => quote(normalizeForSearch(w).trim())));
    }
    terms.push(...whole.flatMap(highlightKeys));
    if (forms.length > 0) {
      clauses.push(prefixClause(forms));
      prefixes.push(...prefixKeys(words.at(-1) ?? '').filter((k) => k.length >= MIN_PREFIX));
    }
  }
  if (clauses.length === 0) return null;
  return { match: clauses.join(' AND '), terms: [...new Set(terms)], prefixes: [...new Set(prefixes)] };
}
