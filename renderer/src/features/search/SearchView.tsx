import { useState } from 'react';
import { SEARCH_LIMITS, SEARCH_SORTS, type SearchSort } from '../../../../shared/domain/search';
import { DiscreetToggle } from '../../components/discreet/DiscreetToggle';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { useI18n } from '../../i18n/use-i18n';
import { IndexStatus } from './IndexStatus';
import { SearchResults } from './SearchResults';
import { useIndexRebuild } from './use-index-rebuild';
import { useSearch } from './use-search';

interface SearchViewProps {
  query: string;
  onQueryChange: (query: string) => void;
  onOpen: (id: string) => void;
}

export function SearchView({ query, onQueryChange, onOpen }: SearchViewProps) {
  const { t } = useI18n();
  const [sort, setSort] = useState<SearchSort>('relevance');
  const rebuild = useIndexRebuild();
  const results = useSearch(query, sort, rebuild.completed);
  const inputRef = useFocusOnMount<HTMLInputElement>();

  return (
    <section className="stack" aria-labelledby="search-heading" aria-busy={results.pending}>
      <div className="section-head">
        <h1 className="heading" id="search-heading">
          {t('search.heading')}
        </h1>
        <DiscreetToggle />
      </div>
      <form role="search" className="search-form" onSubmit={(event) => event.preventDefault()}>
        <Field label={t('search.label')}>
          {(c) => (
            <input
              {...c}
              ref={inputRef}
              className="input input--search"
              type="search"
              dir="auto"
              maxLength={SEARCH_LIMITS.query}
              aria-describedby="search-syntax"
              value={query}
              onChange={(event) => onQueryChange(event.target.value)}
              onKeyDown={(event) => {
                // Down from the field goes into the results, to the row the keyboard was last on.
                if (event.key !== 'ArrowDown') return;
                const row = document.querySelector<HTMLElement>('#search-results [role="option"][tabindex="0"]');
                if (!row) return;
                event.preventDefault();
                row.focus();
              }}
            />
          )}
        </Field>
        <p className="muted search-syntax" id="search-syntax">
          {t('search.syntax')}
        </p>
        <fieldset className="search-sort">
          <legend>{t('search.sort.label')}</legend>
          {SEARCH_SORTS.map((option) => (
            <label key={option} className="search-sort__option">
              <input type="radio" name="search-sort" value={option} checked={sort === option} onChange={() => setSort(option)} />
              {t(`search.sort.${option}`)}
            </label>
          ))}
        </fieldset>
      </form>
      <IndexStatus latest={rebuild.latest} reported={results.info?.indexIncomplete} />
      <ErrorAlert error={results.error} />
      <div id="search-results">
        <SearchResults results={results} onOpen={onOpen} />
      </div>
    </section>
  );
}
