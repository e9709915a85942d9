import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppErrorData } from '../../../shared/errors';
import { toErrorData } from '../ipc/client';

export interface PageRequest {
  offset: number;
  limit: number;
  /** The cursor the previous page ended with, when the source has one and that page is loaded. */
  after?: string;
}

export interface LoadedPage<Row, Info> {
  rows: Row[];
  total: number;
  nextCursor: string | null;
  /** Whatever else the first page says about the whole list (search: how the ranking was done). */
  info: Info;
}

export interface PagedRows<Row, Info> {
  /** Null until the first page arrives. */
  total: number | null;
  info: Info | null;
  row: (index: number) => Row | undefined;
  /** Asks for the rows [start, end); pages already loaded or on their way are not asked for again. */
  need: (start: number, end: number) => void;
  error: AppErrorData | null;
}

interface Store<Row, Info> {
  pages: Map<number, LoadedPage<Row, Info>>;
  asked: Set<number>;
}

/**
 * Rows fetched a page at a time as the list scrolls to them. `source` is the identity of what is
 * listed (a query, a sort): when it changes everything starts again and late answers for the
 * old one are dropped. A page that follows a loaded one is asked for by that page's cursor.
 */
export function usePagedRows<Row, Info>(
  source: string | null,
  pageSize: number,
  load: (request: PageRequest) => Promise<LoadedPage<Row, Info>>,
): PagedRows<Row, Info> {
  const store = useRef<Store<Row, Info>>({ pages: new Map(), asked: new Set() });
  const loadRef = useRef(load);
  const [, setVersion] = useState(0);
  const [first, setFirst] = useState<{ source: string; total: number; info: Info } | null>(null);
  const [failure, setFailure] = useState<{ source: string; error: AppErrorData } | null>(null);

  useEffect(() => {
    loadRef.current = load;
  });

  const fetchPage = useCallback(
    (page: number, forSource: string, state: Store<Row, Info>) => {
      state.asked.add(page);
      const previous = state.pages.get(page - 1);
      const request: PageRequest = { offset: page * pageSize, limit: pageSize, ...(previous?.nextCursor ? { after: previous.nextCursor } : {}) };
      loadRef.current(request)
        .then((loaded) => {
          if (store.current !== state) return;
          state.pages.set(page, loaded);
          // A total that is a lower bound (search counts only so far ahead) grows as deeper pages arrive.
          setFirst((known) =>
            page === 0 || (known?.source === forSource && loaded.total > known.total)
              ? { source: forSource, total: loaded.total, info: loaded.info }
              : known,
          );
          setVersion((v) => v + 1);
        })
        .catch((caught: unknown) => {
          if (store.current !== state) return;
          state.asked.delete(page);
          setFailure({ source: forSource, error: toErrorData(caught) });
        });
    },
    [pageSize],
  );

  useEffect(() => {
    const state: Store<Row, Info> = { pages: new Map(), asked: new Set() };
    store.current = state;
    if (source !== null) fetchPage(0, source, state);
  }, [source, fetchPage]);

  const need = useCallback(
    (start: number, end: number) => {
      if (source === null) return;
      const state = store.current;
      for (let page = Math.floor(start / pageSize); page * pageSize < end; page += 1) {
        if (!state.asked.has(page)) fetchPage(page, source, state);
      }
    },
    [source, pageSize, fetchPage],
  );

  const current = first && first.source === source ? first : null;
  return {
    total: current?.total ?? null,
    info: current?.info ?? null,
    row: (index) => store.current.pages.get(Math.floor(index / pageSize))?.rows[index % pageSize],
    need,
    error: failure && failure.source === source ? failure.error : null,
  };
}
