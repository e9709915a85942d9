import { useEffect, useRef, useState } from 'react';
import type { SearchResult } from '../../../../shared/domain/search';
import type { AppErrorData } from '../../../../shared/errors';
import { call, toErrorData } from '../../ipc/client';

const DEBOUNCE_MS = 200;
const PAGE = 50;

export interface SearchState {
  result: SearchResult | null;
  error: AppErrorData | null;
  pending: boolean;
}

interface Answer {
  query: string;
  result: SearchResult | null;
  error: AppErrorData | null;
}

/** Searches as the officer types; a slower, older answer never replaces a newer one. */
export function useSearch(query: string): SearchState {
  const trimmed = query.trim();
  const [answer, setAnswer] = useState<Answer>({ query: '', result: null, error: null });
  const sequence = useRef(0);

  useEffect(() => {
    const ticket = ++sequence.current;
    if (trimmed.length === 0) return undefined;
    const timer = window.setTimeout(() => {
      const settle = (result: SearchResult | null, error: AppErrorData | null) => {
        if (ticket === sequence.current) setAnswer({ query: trimmed, result, error });
      };
      call('search:query', { query: trimmed, limit: PAGE, offset: 0 })
        .then((result) => settle(result, null))
        .catch((caught: unknown) => settle(null, toErrorData(caught)));
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [trimmed]);

  if (trimmed.length === 0) return { result: null, error: null, pending: false };
  // Until the answer for this exact text arrives, the previous results stay (marked busy).
  return { result: answer.result, error: answer.error, pending: answer.query !== trimmed };
}
