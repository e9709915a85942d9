import { useCallback, useState } from 'react';
import { NO_FILTERS, type ListFilters } from './list-filters';

/**
 * Each list's filters, kept by place while the notebook is unlocked: the shell remounts a list
 * when an entry it opened closes, and the officer comes back to the list as they left it. A lock
 * reloads the page, which empties this.
 */
const kept = new Map<string, ListFilters>();

/** The filters of the list at `place` ('notebook', 'cases', …) and the way to change them. */
export function useListFilters(place: string): [ListFilters, (next: ListFilters) => void] {
  const [filters, setFilters] = useState<ListFilters>(() => kept.get(place) ?? NO_FILTERS);
  const change = useCallback(
    (next: ListFilters) => {
      kept.set(place, next);
      setFilters(next);
    },
    [place],
  );
  return [filters, change];
}
