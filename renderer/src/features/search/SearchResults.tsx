import type { SearchResult } from '../../../../shared/domain/search';
import { useI18n } from '../../i18n/use-i18n';
import { counterpartKey } from '../notebook/counterpart-label';
import { Highlighted } from './Highlighted';

export function SearchResults({ result, onOpen }: { result: SearchResult; onOpen: (id: string) => void }) {
  const { t, tp, formatDateTime } = useI18n();
  return (
    <div className="stack">
      <div className="search-summary" role="status">
        <p>{result.totalIsLowerBound ? tp('search.resultsAtLeast', result.total) : tp('search.results', result.total)}</p>
        {/* Said plainly: for very common words only the most recent matches are ranked. */}
        {result.rankedWindow !== null ? <p className="muted">{tp('search.rankedWindow', result.rankedWindow)}</p> : null}
      </div>
      {result.hits.length === 0 ? <p className="empty">{t('search.none')}</p> : null}
      <ul className="entry-list">
        {result.hits.map((hit) => (
          <li key={hit.id}>
            <button type="button" className="entry-card" onClick={() => onOpen(hit.id)}>
              <Highlighted className="entry-card__title" segments={hit.title} />
              {hit.snippet.length > 0 ? <Highlighted className="entry-card__snippet" segments={hit.snippet} /> : null}
              <span className="entry-card__meta">
                <span>{hit.occurredAt ? t('list.metAt', { date: formatDateTime(hit.occurredAt) }) : t('list.noDate')}</span>
                {hit.counterpartType ? <span className="tag">{t(counterpartKey(hit.counterpartType))}</span> : null}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
