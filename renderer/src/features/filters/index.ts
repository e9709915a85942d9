/**
 * Filters for lists of entries. A list adopts them with useListFilters(place), <ListFilterBar>,
 * toListQuery(filters) in its entry:list call, filtersKey(filters) in its paged source key, and
 * <FilteredEmpty> when filters hide everything.
 */
export { ListFilterBar, FilteredEmpty } from './ListFilterBar';
export { useListFilters } from './use-list-filters';
export { FILTER_NAMES, NO_FILTERS, activeFilters, filtersKey, toListQuery, type FilterName, type ListFilters } from './list-filters';
