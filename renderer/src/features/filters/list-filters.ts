import type { CivicTopic, EntryKind, EntryListQuery, FacetFilter, ReportingOutlet } from '../../../../shared/domain/entries';

/** A record a filter points at by id (a person, a defender case), with what the chip shows for it. */
export interface PickedRecord {
  id: string;
  /** A pseudonym or a case title: never a real name (People's picker lists pseudonyms only). */
  label: string;
}

/**
 * The filters a list applies, as applied (a typed day only lands here once it parses). Days are
 * calendar days in the officer's local time, `until` included.
 */
export interface ListFilters {
  kind: EntryKind | null;
  topic: CivicTopic | null;
  outlet: ReportingOutlet | null;
  tag: string | null;
  person: PickedRecord | null;
  case: PickedRecord | null;
  /** YYYY-MM-DD. */
  from: string | null;
  /** YYYY-MM-DD, included. */
  until: string | null;
}

export type FilterName = keyof ListFilters;

/** Every filter, in the order the bar shows them and the chips list them. */
export const FILTER_NAMES = ['kind', 'topic', 'outlet', 'tag', 'person', 'case', 'from', 'until'] as const satisfies readonly FilterName[];

export const NO_FILTERS: ListFilters = { kind: null, topic: null, outlet: null, tag: null, person: null, case: null, from: null, until: null };

export type ListFilterQuery = Pick<EntryListQuery, 'kind' | 'from' | 'until'> & { facets: FacetFilter[] };

/** The first instant of a local calendar day, `days` later (the end of a range is the next day's start). */
function localDayStart(day: string, days = 0): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(year, month - 1, date + days).toISOString();
}

/** The filter part of an `entry:list` query: the list adds limit, offset and cursor. */
export function toListQuery(filters: ListFilters): ListFilterQuery {
  const facets: FacetFilter[] = [];
  if (filters.topic) facets.push({ facet: 'topic', value: filters.topic });
  if (filters.outlet) facets.push({ facet: 'outlet', value: filters.outlet });
  if (filters.tag) facets.push({ facet: 'tag', value: filters.tag });
  if (filters.person) facets.push({ facet: 'person', value: filters.person.id });
  if (filters.case) facets.push({ facet: 'case', value: filters.case.id });
  return {
    ...(filters.kind ? { kind: filters.kind } : {}),
    facets,
    ...(filters.from ? { from: localDayStart(filters.from) } : {}),
    ...(filters.until ? { until: localDayStart(filters.until, 1) } : {}),
  };
}

/** The filters in effect, in bar order: what the chips show and whether the list is narrowed at all. */
export function activeFilters(filters: ListFilters): FilterName[] {
  return FILTER_NAMES.filter((name) => filters[name] !== null);
}

/**
 * The identity of what the filters select, for a paged list's source key: equal filters give
 * equal keys (a chip's label does not change what is listed), so the list refetches only on a change.
 */
export function filtersKey(filters: ListFilters): string {
  return JSON.stringify(toListQuery(filters));
}

/** A tag as the officer typed it in the filter: trimmed; blank means no tag filter. */
export function tagFilter(typed: string): string | null {
  const tag = typed.trim();
  return tag === '' ? null : tag;
}
