import type { TextSegment } from '../../../shared/domain/search';
import { INDEXED_WORD_PATTERN, wordKey } from './normalize';

export interface Matcher {
  terms: readonly string[];
  prefixes: readonly string[];
}

interface Word {
  start: number;
  end: number;
  key: string;
  hit: boolean;
}

/** A snippet is looked for in the first part of very long notes only: it is a preview, and search must stay instant. */
const SCAN_LIMIT = 200_000;

function words(text: string, matcher: Matcher): Word[] {
  // Notes repeat their words (Zipf): normalising each distinct word once halves snippet time.
  const keys = new Map<string, string>();
  return [...text.slice(0, SCAN_LIMIT).matchAll(INDEXED_WORD_PATTERN)].map((m) => {
    let key = keys.get(m[0]);
    if (key === undefined) {
      key = wordKey(m[0]);
      keys.set(m[0], key);
    }
    const hit = matcher.terms.includes(key) || matcher.prefixes.some((p) => key.startsWith(p));
    return { start: m.index, end: m.index + m[0].length, key, hit };
  });
}

/** Splits `text[from, to)` into plain and hit segments, merging neighbours of the same kind. */
function segmentsOf(text: string, list: readonly Word[], from: number, to: number): TextSegment[] {
  const out: TextSegment[] = [];
  const push = (segment: TextSegment) => {
    if (segment.text.length === 0) return;
    const last = out.at(-1);
    if (last && last.hit === segment.hit) last.text += segment.text;
    else out.push(segment);
  };
  let cursor = from;
  for (const word of list) {
    if (!word.hit || word.start < from || word.end > to) continue;
    push({ text: text.slice(cursor, word.start), hit: false });
    push({ text: text.slice(word.start, word.end), hit: true });
    cursor = word.end;
  }
  push({ text: text.slice(cursor, to), hit: false });
  return out;
}

/**
 * The start (a word index) of the `size`-word window holding the most distinct matching
 * words; ties go to the earliest. One pass with a sliding count, not a rescan per start.
 */
function densestWindow(list: readonly Word[], size: number): { start: number; distinct: number } {
  const hits = list.flatMap((word, index) => (word.hit ? [index] : []));
  const counts = new Map<string, number>();
  let best = { start: 0, distinct: 0 };
  let end = 0;
  for (const start of hits) {
    for (; end < hits.length && (hits[end] ?? 0) < start + size; end += 1) {
      const key = list[hits[end] ?? 0]?.key ?? '';
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    if (counts.size > best.distinct) best = { start, distinct: counts.size };
    const leaving = list[start]?.key ?? '';
    const left = (counts.get(leaving) ?? 1) - 1;
    if (left === 0) counts.delete(leaving);
    else counts.set(leaving, left);
  }
  return best;
}

export function hasHit(segments: readonly TextSegment[]): boolean {
  return segments.some((segment) => segment.hit);
}

/** The whole of a short field (a title), with matching words marked. */
export function highlightAll(text: string, matcher: Matcher): TextSegment[] {
  return segmentsOf(text, words(text, matcher), 0, Math.min(text.length, SCAN_LIMIT));
}

/**
 * The window of `size` words with the most distinct matching words (ties: the earliest), with
 * an ellipsis where text was cut. Built here rather than by FTS5's snippet() because the index
 * holds normalised text: the officer must see their own words, diacritics and all.
 */
export function snippet(text: string, matcher: Matcher, size = 28): TextSegment[] {
  const list = words(text, matcher);
  if (list.length === 0) return [];
  const { start: best, distinct: bestScore } = densestWindow(list, size);
  // Start a few words before the first hit so it reads in context.
  const startIndex = Math.max(0, best - (bestScore > 0 ? 4 : 0));
  const first = list[startIndex];
  const last = list[Math.min(list.length - 1, startIndex + size - 1)];
  if (!first || !last) return [];
  const from = startIndex === 0 ? 0 : first.start;
  const to = last === list.at(-1) ? Math.min(text.length, SCAN_LIMIT) : last.end;
  const segments = segmentsOf(text, list, from, to).map((s) => (s.hit ? s : { ...s, text: s.text.replace(/\s+/g, ' ') }));
  if (from > 0) segments.unshift({ text: '… ', hit: false });
  if (to < text.length) segments.push({ text: ' …', hit: false });
  return segments;
}
