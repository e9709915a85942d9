import type { EntrySummary } from '../../../../shared/domain/entries';
import { DiscreetToggle } from '../../components/discreet/DiscreetToggle';
import { useDiscreetScreen } from '../../components/discreet/discreet-screen';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PagedListbox } from '../../components/PagedListbox';
import { usePagedRows, type PageRequest } from '../../components/use-paged-rows';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { useI18n } from '../../i18n/use-i18n';
import { call } from '../../ipc/client';
import { FilteredEmpty, ListFilterBar, NO_FILTERS, activeFilters, filtersKey, toListQuery, useListFilters, type ListFilters } from '../filters';
import { NoteRow } from './NoteRow';

/** Rows per request: a few screens' worth, so PageDown rarely waits. */
const PAGE = 100;

function loadNotes(filters: ListFilters, request: PageRequest) {
  // Every kind the filters let through, newest first (when it happened, else when written); by cursor when the page before is loaded.
  return call('entry:list', { ...toListQuery(filters), ...request }).then((page) => ({
    rows: page.entries,
    total: page.total,
    nextCursor: page.nextCursor,
    info: null,
  }));
}

/** Every entry, drawn a screen at a time and fetched a page at a time as the officer moves. */
interface NotebookListProps {
  onOpen: (id: string) => void;
  /** Entries with unsaved text kept in the vault: marked, so the officer knows to come back. */
  pendingDrafts: ReadonlySet<string>;
  /** Changes each time the open entry is saved: the rows are fetched again (title, date, order). */
  savedCount: number;
}

export function NotebookList({ onOpen, pendingDrafts, savedCount }: NotebookListProps) {
  const { t, tp } = useI18n();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const discreet = useDiscreetScreen();
  const [filters, setFilters] = useListFilters('notebook');
  const filtered = activeFilters(filters).length > 0;
  const notes = usePagedRows<EntrySummary, null>(`notebook:${savedCount}:${filtersKey(filters)}`, PAGE, (request) => loadNotes(filters, request));
  const clear = () => {
    setFilters(NO_FILTERS);
    // The button that cleared goes with the empty state: the keyboard starts again at the heading.
    headingRef.current?.focus();
  };
  const empty = filtered ? <FilteredEmpty onClear={clear} /> : <p className="empty">{t('list.empty')}</p>;

  return (
    <section className="stack list-view" aria-labelledby="list-heading">
      <div className="section-head">
        <h1 className="heading" id="list-heading" ref={headingRef} tabIndex={-1}>
          {t('list.heading')}
        </h1>
        {notes.total !== null ? <p className="muted">{tp(filtered ? 'filters.count' : 'list.count', notes.total)}</p> : null}
        <DiscreetToggle />
      </div>
      <ListFilterBar filters={filters} onChange={setFilters} />
      <ErrorAlert error={notes.error} />
      {notes.total === 0 ? empty : null}
      {notes.total ? (
        <PagedListbox
          rows={notes}
          count={notes.total}
          labelledBy="list-heading"
          idPrefix="note"
          className="vlist--notes"
          onOpen={onOpen}
          renderRow={(entry, position, state) => (
            <NoteRow entry={entry} position={position} state={state} discreet={discreet} hasDraft={entry ? pendingDrafts.has(entry.id) : false} />
          )}
        />
      ) : null}
    </section>
  );
}
