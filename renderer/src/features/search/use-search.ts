import { useEffect, useState } from 'react';
import type { SearchHit, SearchResult, SearchSort } from '../../../../shared/domain/search';
import { usePagedRows, type PagedRows, type PageRequest } from '../../components/use-paged-rows';
import { call } from '../../ipc/client';

const DEBOUNCE_MS = 200;
/** Each hit builds its highlighted excerpts from the note's text: ten screens of results per request, not more. */
const PAGE = 50;

/** What the first page says about the whole result. */
export type SearchInfo = Pick<SearchResult, 'totalIsLowerBound' | 'rankedWindow' | 'indexIncomplete'>;

export interface SearchState extends PagedRows<SearchHit, SearchInfo> {
  /** True until the results for exactly the typed text (and sort) have arrived. */
  pending: boolean;
}

function useDebounced(value: string): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [value]);
  return settled;
}

/**
 * Searches as the officer types; pages of results are fetched as the list reaches them. A new
 * `generation` (a rebuilt index) runs the same search again.
 */
export function useSearch(query: string, sort: SearchSort, generation = 0): SearchState {
  const trimmed = query.trim();
  const settled = useDebounced(trimmed);
  const source = settled.length === 0 ? null : JSON.stringify([settled, sort, generation]);
  const results = usePagedRows<SearchHit, SearchInfo>(source, PAGE, ({ offset, limit }: PageRequest) =>
    call('search:query', { query: settled, sort, offset, limit }).then((result) => ({
      rows: result.hits,
      total: result.total,
      nextCursor: null,
      info: { totalIsLowerBound: result.totalIsLowerBound, rankedWindow: result.rankedWindow, indexIncomplete: result.indexIncomplete },
    })),
  );
  return { ...results, pending: trimmed.length > 0 && (settled !== trimmed || results.total === null) };
}
