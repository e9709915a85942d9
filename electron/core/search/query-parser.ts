import { fold, prefixKey, wordKey, WORD_PATTERN } from './normalize';

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

/**
 * Words are ANDed. `"two words"` is a phrase; a trailing `*` makes the last word a prefix.
 * Everything else the user types (operators, parentheses, column filters) is plain text.
 */
export function parseQuery(input: string): ParsedQuery | null {
  const clauses: string[] = [];
  const terms: string[] = [];
  const prefixes: string[] = [];
  const pieces = input.match(/"[^"]*"?|[^\s"]+/g) ?? [];
  for (const piece of pieces) {
    const isPhrase = piece.startsWith('"');
    const isPrefix = !isPhrase && piece.endsWith('*');
    // Stemming happens once, in wordKey/prefixKey: stemming a stem can cut it further.
    const words = fold(piece).match(WORD_PATTERN) ?? [];
    const keys = words.map(wordKey).filter((k) => k.length > 0);
    if (keys.length === 0) continue;
    const lastPrefix = isPrefix ? prefixKey(words.at(-1) ?? '') : '';
    if (isPrefix && lastPrefix.length < MIN_PREFIX) {
      // 'a*' or 'الص*' (one letter after the article) would match half the vocabulary: wait for more letters.
      const whole = words.slice(0, -1).map(wordKey).filter((k) => k.length > 0);
      clauses.push(...whole.map(quote));
      terms.push(...whole);
    } else if (isPrefix) {
      const whole = words.slice(0, -1).map(wordKey).filter((k) => k.length > 0);
      clauses.push([...whole.map(quote), `${quote(lastPrefix)}*`].join(' '));
      terms.push(...whole);
      prefixes.push(lastPrefix);
    } else if (isPhrase && keys.length > 1) {
      clauses.push(quote(keys.join(' ')));
      terms.push(...keys);
    } else {
      clauses.push(...keys.map(quote));
      terms.push(...keys);
    }
  }
  if (clauses.length === 0) return null;
  return { match: clauses.join(' AND '), terms: [...new Set(terms)], prefixes: [...new Set(prefixes)] };
}
