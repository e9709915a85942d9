import { SEARCH_LIMITS } from '../../../../shared/domain/search';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { useI18n } from '../../i18n/use-i18n';
import { SearchResults } from './SearchResults';
import { useSearch } from './use-search';

interface SearchViewProps {
  query: string;
  onQueryChange: (query: string) => void;
  onOpen: (id: string) => void;
}

export function SearchView({ query, onQueryChange, onOpen }: SearchViewProps) {
  const { t } = useI18n();
  const { result, error, pending } = useSearch(query);
  const inputRef = useFocusOnMount<HTMLInputElement>();

  return (
    <section className="stack" aria-labelledby="search-heading" aria-busy={pending}>
      <h1 className="heading" id="search-heading">
        {t('search.heading')}
      </h1>
      <form role="search" onSubmit={(event) => event.preventDefault()}>
        <Field label={t('search.label')}>
          {(c) => (
            <input
              {...c}
              ref={inputRef}
              className="input input--search"
              type="search"
              dir="auto"
              maxLength={SEARCH_LIMITS.query}
              value={query}
              onChange={(event) => onQueryChange(event.target.value)}
            />
          )}
        </Field>
      </form>
      <ErrorAlert error={error} />
      {result ? <SearchResults result={result} onOpen={onOpen} /> : null}
    </section>
  );
}
