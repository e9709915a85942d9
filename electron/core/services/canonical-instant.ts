/**
 * One stored form for every instant: UTC with milliseconds, as `Date#toISOString` writes
 * `created_at`. The contract accepts offsets (`+03:00`) and whole seconds, but the notebook is
 * ordered by comparing these strings, so `10:00:00Z` would sort after `10:00:00.500Z` and
 * `12:00+03:00` after `10:00Z`: an undated note would land among the wrong dated ones.
 */
export function canonicalInstant(instant: string | null): string | null {
  return instant === null ? null : new Date(instant).toISOString();
}
