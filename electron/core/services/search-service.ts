import type { Entry } from '../../../shared/domain/entries';
import type { FieldMatch, SearchHit, SearchResult, SearchSort } from '../../../shared/domain/search';
import type { EntriesRepository } from '../db/repositories/entries-repository';
import { kindOf } from '../kinds';
import type { SearchRepository } from '../db/repositories/search-repository';
import { parseQuery, type ParsedQuery } from '../search/query-parser';
import type { IndexCoverage } from './search-index-upkeep';
import { hasHit, highlightAll, snippet } from '../search/snippet';

/**
 * bm25 must score every matching note before it can return the best twenty, so a word found in
 * nearly every note costs ~100 ms at 100k notes. Such a word carries almost no information
 * (its IDF is near zero), so for it we rank only the RANK_WINDOW most recent matches: the
 * cost is bounded, recent work (what an officer most often wants) comes first, and the result
 * says so. Rarer words (fewer matches than the window) are ranked across the whole notebook.
 * The older matches still follow the ranked ones, newest first, so every match can be reached.
 */
export const RANK_WINDOW = 2_000;
/**
 * Matches are counted only this far past the page asked for: counting every match of a word in
 * nearly every note would cost as much as ranking them all. The total is then a lower bound
 * that grows as the officer moves deeper, so every match stays reachable.
 */
export const COUNT_AHEAD = 10_000;
/** From this many matches a date-sorted page walks the time index instead of sorting every match. */
const DATE_WALK_FROM = 2_000;

interface Page {
  limit: number;
  offset: number;
}

/** Why an entry matched: the short fields that hold matching words, highlighted. */
function fieldMatches(entry: Entry, parsed: ParsedQuery): FieldMatch[] {
  const fields = [...kindOf(entry).searchFields(entry), { field: 'location', text: entry.location }, { field: 'tags', text: entry.tags.join(', ') }];
  return fields.map((f) => ({ field: f.field, segments: snippet(f.text, parsed) })).filter((f) => hasHit(f.segments));
}

function toHit(note: Entry, parsed: ParsedQuery): SearchHit {
  const title = highlightAll(note.title, parsed);
  const fields = fieldMatches(note, parsed);
  const body = snippet(note.body, parsed);
  // A body excerpt without a match would hide the reason; it stays only when nothing else shows one.
  const showBody = hasHit(body) || (fields.length === 0 && !hasHit(title));
  return {
    id: note.id,
    kind: note.kind,
    title,
    snippet: showBody ? body : [],
    fields,
    occurredAt: note.occurredAt,
    facts: kindOf(note).facts(note),
  };
}

export class SearchService {
  constructor(
    private readonly index: SearchRepository,
    private readonly entries: EntriesRepository,
    private readonly countAhead = COUNT_AHEAD,
    /** How much of the notebook a rebuild of the index has reached (undefined: all of it). */
    private readonly coverage: () => IndexCoverage | undefined = () => undefined,
  ) {}

  /**
   * While the index is being rebuilt, results come from the part it covers and say so
   * (`indexIncomplete`): better than no search for the length of an upgrade, and never silent.
   */
  query(request: { query: string; limit: number; offset: number; sort?: SearchSort }): SearchResult {
    const result = this.matches(request);
    const coverage = this.coverage();
    return coverage ? { ...result, indexIncomplete: coverage } : result;
  }

  private matches(request: { query: string; limit: number; offset: number; sort?: SearchSort }): SearchResult {
    const parsed = parseQuery(request.query);
    if (!parsed) return { hits: [], total: 0, totalIsLowerBound: false, rankedWindow: null };
    const cap = request.offset + request.limit + this.countAhead;
    const total = this.index.count(parsed.match, cap);
    const page = { limit: request.limit, offset: request.offset };
    const { seqs, rankedWindow } =
      request.sort === 'date'
        ? { seqs: this.index.matchesByDate(parsed.match, page, total >= DATE_WALK_FROM), rankedWindow: null }
        : this.byRelevance(parsed.match, page, total < cap && total < RANK_WINDOW);
    const hits = this.entries.findManyBySeq(seqs).map(({ entry }) => toHit(entry, parsed));
    return { hits, total, totalIsLowerBound: total >= cap, rankedWindow };
  }

  /**
   * Rows 0 … RANK_WINDOW-1 are the ranked window; the rows after it are the older matches,
   * newest first. A page may straddle the two. When the count already says there are fewer
   * matches than the window, there is no window to look for: each MATCH is a whole evaluation,
   * and for a prefix (no prefix index since schema 16) that joins every word that begins so.
   */
  private byRelevance(match: string, page: Page, fewerThanWindow: boolean): { seqs: number[]; rankedWindow: number | null } {
    const windowStart = fewerThanWindow ? undefined : this.index.nthNewestMatch(match, RANK_WINDOW - 1);
    if (windowStart === undefined) return { seqs: this.index.rank(match, page).map((r) => r.seq), rankedWindow: null };
    const rankedLimit = Math.max(0, Math.min(page.limit, RANK_WINDOW - page.offset));
    const ranked = rankedLimit > 0 ? this.index.rank(match, { limit: rankedLimit, offset: page.offset }, windowStart).map((r) => r.seq) : [];
    const olderLimit = page.limit - ranked.length;
    const older =
      olderLimit > 0 ? this.index.newestMatchesBefore(match, windowStart, { limit: olderLimit, offset: Math.max(0, page.offset - RANK_WINDOW) }) : [];
    return { seqs: [...ranked, ...older], rankedWindow: RANK_WINDOW };
  }
}
