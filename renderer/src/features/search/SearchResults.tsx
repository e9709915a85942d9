import { useDiscreetScreen } from '../../components/discreet/discreet-screen';
import { PagedListbox } from '../../components/PagedListbox';
import { useI18n } from '../../i18n/use-i18n';
import { SearchHitRow } from './SearchHitRow';
import type { SearchState } from './use-search';

export function SearchResults({ results, onOpen }: { results: SearchState; onOpen: (id: string) => void }) {
  const { t, tp } = useI18n();
  const discreet = useDiscreetScreen();
  const { total, info } = results;
  if (total === null || info === null) return null;

  return (
    <div className="stack list-view">
      <div className="search-summary" role="status">
        <p id="search-count">{info.totalIsLowerBound ? tp('search.resultsAtLeast', total) : tp('search.results', total)}</p>
        {/* Said plainly: for a word in very many notes only the most recent matches are ranked. */}
        {info.rankedWindow !== null ? <p className="muted">{tp('search.rankedWindow', info.rankedWindow)}</p> : null}
      </div>
      {total === 0 ? <p className="empty">{t('search.none')}</p> : null}
      {total > 0 ? (
        <PagedListbox
          rows={results}
          count={total}
          labelledBy="search-heading search-count"
          idPrefix="hit"
          className="vlist--hits"
          onOpen={onOpen}
          renderRow={(hit, position, state) => <SearchHitRow hit={hit} position={position} state={state} discreet={discreet} />}
        />
      ) : null}
    </div>
  );
}
