import { useRef } from 'react';
import type { TextKey } from '../../i18n/catalog';
import { useI18n } from '../../i18n/use-i18n';
import { formatDay } from '../people';
import { NO_FILTERS, activeFilters, type FilterName, type ListFilters } from './list-filters';

export const FILTER_LABEL: Record<FilterName, TextKey> = {
  kind: 'filters.kind',
  topic: 'filters.topic',
  outlet: 'filters.outlet',
  tag: 'filters.tag',
  person: 'filters.person',
  case: 'filters.case',
  from: 'filters.from',
  until: 'filters.until',
};

/** What a chip says a filter is set to, in the interface's language. */
function useValueText(): (filters: ListFilters, name: FilterName) => string {
  const i18n = useI18n();
  const { t } = i18n;
  return (filters, name) => {
    switch (name) {
      case 'kind':
        return filters.kind ? t(`kind.${filters.kind}`) : '';
      case 'topic':
        return filters.topic ? t(`topic.${filters.topic}`) : '';
      case 'outlet':
        return filters.outlet ? t(`outlet.${filters.outlet}`) : '';
      case 'person':
      case 'case':
        return filters[name]?.label ?? '';
      case 'from':
      case 'until':
        return filters[name] ? formatDay(filters[name], i18n) : '';
      case 'tag':
        return filters.tag ?? '';
    }
  };
}

interface FilterChipsProps {
  filters: ListFilters;
  onChange: (next: ListFilters) => void;
  /** Where the focus goes when the last chip goes (the filters' own toggle). */
  onEmptied: () => void;
}

/**
 * The filters in effect, each a chip with its own remove button, and "Clear filters": a list
 * narrowed by filters always says so, even with the filter form folded away.
 */
export function FilterChips({ filters, onChange, onEmptied }: FilterChipsProps) {
  const { t } = useI18n();
  const valueText = useValueText();
  const clearRef = useRef<HTMLButtonElement>(null);
  const active = activeFilters(filters);
  if (active.length === 0) return null;

  function remove(name: FilterName) {
    const next = { ...filters, [name]: null };
    onChange(next);
    // The removed chip's button is gone: keep the keyboard in the chips, or hand it back.
    if (activeFilters(next).length > 0) clearRef.current?.focus();
    else onEmptied();
  }

  return (
    <div className="filter-chips" role="group" aria-label={t('filters.active')}>
      <ul className="filter-chips__list">
        {active.map((name) => {
          const params = { name: t(FILTER_LABEL[name]), value: valueText(filters, name) };
          return (
            <li key={name} className="filter-chip">
              <span dir="auto">{t('filters.chip', params)}</span>
              <button type="button" className="filter-chip__remove" aria-label={t('filters.remove', params)} onClick={() => remove(name)}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        ref={clearRef}
        className="button button--quiet"
        onClick={() => {
          onChange(NO_FILTERS);
          onEmptied();
        }}
      >
        {t('filters.clear')}
      </button>
    </div>
  );
}
