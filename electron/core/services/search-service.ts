import type { SearchResult } from '../../../shared/domain/search';
import type { EntriesRepository } from '../db/repositories/entries-repository';
import type { SearchRepository } from '../db/repositories/search-repository';
import { parseQuery } from '../search/query-parser';
import { highlightAll, snippet } from '../search/snippet';

/**
 * bm25 must score every matching note before it can return the best twenty, so a word found in
 * nearly every note costs ~100 ms at 100k notes. Such a word carries almost no information
 * (its IDF is near zero), so for it we rank only the RANK_WINDOW most recent matches: the
 * cost is bounded, recent work (what an officer most often wants) comes first, and the result
 * says so. Rarer words (fewer matches than the window) are ranked across the whole notebook.
 */
export const RANK_WINDOW = 2_000;
const COUNT_CAP = 10_000;

export class SearchService {
  constructor(
    private readonly index: SearchRepository,
    private readonly entries: EntriesRepository,
  ) {}

  query(request: { query: string; limit: number; offset: number }): SearchResult {
    const parsed = parseQuery(request.query);
    if (!parsed) return { hits: [], total: 0, totalIsLowerBound: false, rankedWindow: null };
    const windowStart = this.index.nthNewestMatch(parsed.match, RANK_WINDOW - 1);
    const ranked = this.index.rank(parsed.match, request, windowStart);
    const total = this.index.count(parsed.match, COUNT_CAP);
    const hits = this.entries.findManyBySeq(ranked.map((r) => r.seq)).map(({ note }) => ({
      id: note.id,
      kind: note.kind,
      title: highlightAll(note.title, parsed),
      snippet: snippet(note.body.length > 0 ? note.body : note.participants, parsed),
      occurredAt: note.occurredAt,
      counterpartType: note.counterpartType,
    }));
    return {
      hits,
      total,
      totalIsLowerBound: total >= COUNT_CAP,
      rankedWindow: windowStart === undefined ? null : RANK_WINDOW,
    };
  }
}
