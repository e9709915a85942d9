import { useRef } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { FilterChips } from './FilterChips';
import { FilterForm } from './FilterForm';
import { FILTER_NAMES, activeFilters, type FilterName, type ListFilters } from './list-filters';

interface ListFilterBarProps {
  filters: ListFilters;
  onChange: (next: ListFilters) => void;
  /** The filters this list offers (a list of one kind leaves out 'kind'); all by default. */
  offer?: readonly FilterName[];
}

/**
 * Filters for any list of entries: a foldable form (kind, topic, report, tag, person, case,
 * days) and the filters in effect as removable chips. It holds no list state: the list keeps
 * `filters` (useListFilters) and passes toListQuery(filters) to entry:list.
 */
export function ListFilterBar({ filters, onChange, offer = FILTER_NAMES }: ListFilterBarProps) {
  const { t, formatNumber } = useI18n();
  const toggleRef = useRef<HTMLElement>(null);
  const count = activeFilters(filters).length;
  return (
    <div className="filter-bar">
      <details className="filter-bar__details">
        <summary ref={toggleRef} className="filter-bar__toggle">
          {count > 0 ? t('filters.headingActive', { count: formatNumber(count) }) : t('filters.heading')}
        </summary>
        <FilterForm filters={filters} onChange={onChange} offer={offer} />
      </details>
      <FilterChips filters={filters} onChange={onChange} onEmptied={() => toggleRef.current?.focus()} />
    </div>
  );
}

/** A list's empty state when filters hide every entry: says so and offers the way back. */
export function FilteredEmpty({ onClear }: { onClear: () => void }) {
  const { t } = useI18n();
  return (
    <div className="empty stack">
      <p>{t('filters.none')}</p>
      <p>
        <button type="button" className="button" onClick={onClear}>
          {t('filters.clear')}
        </button>
      </p>
    </div>
  );
}
