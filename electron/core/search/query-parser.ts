import { normalizeForSearch, wordKey, WORD_PATTERN } from './normalize';

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
    const words = normalizeForSearch(piece).match(WORD_PATTERN) ?? [];
    if (words.length === 0) continue;
    const keys = words.map(wordKey).filter((k) => k.length > 0);
    if (keys.length === 0) continue;
    const last = keys.at(-1) ?? '';
    if (isPrefix && last.length >= MIN_PREFIX) {
      clauses.push([...keys.slice(0, -1).map(quote), `${quote(last)}*`].join(' '));
      terms.push(...keys.slice(0, -1));
      prefixes.push(last);
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
