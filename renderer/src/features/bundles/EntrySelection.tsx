import { useCallback } from 'react';
import { EXPORT_IDS_MAX } from '../../../../shared/domain/bundles';
import type { EntrySummary } from '../../../../shared/domain/entries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingTitle } from '../../components/EntryCardParts';
import { usePagedRows, type PageRequest } from '../../components/use-paged-rows';
import { VirtualListbox } from '../../components/VirtualListbox';
import { useI18n } from '../../i18n/use-i18n';
import { call } from '../../ipc/client';
import { filtersKey, toListQuery, type ListFilters } from '../filters';

/** Rows per request: a few screens' worth. */
const PAGE = 100;

function loadEntries(filters: ListFilters, request: PageRequest) {
  return call('entry:list', { ...toListQuery(filters), ...request }).then((page) => ({ rows: page.entries, total: page.total, nextCursor: page.nextCursor, info: null }));
}

/**
 * Off: everything the filters match leaves. On: only the entries ticked among those the filters
 * match, in a list drawn a screen at a time and fetched a page at a time, so every matching
 * entry can be reached (arrows, PageDown, End) and ticked (Space, Enter or a click) however many
 * there are. `chosen` null means off.
 */
export function EntrySelection({ filters, chosen, onChange }: { filters: ListFilters; chosen: ReadonlySet<string> | null; onChange: (next: ReadonlySet<string> | null) => void }) {
  const { t, tp, formatNumber } = useI18n();
  const on = chosen !== null;
  const rows = usePagedRows<EntrySummary, null>(on ? `export-select:${filtersKey(filters)}` : null, PAGE, (request) => loadEntries(filters, request));
  const { row } = rows;

  const tick = useCallback(
    (index: number) => {
      const entry = row(index);
      if (!entry || !chosen) return;
      const next = new Set(chosen);
      if (next.has(entry.id)) next.delete(entry.id);
      else next.add(entry.id);
      onChange(next);
    },
    [row, chosen, onChange],
  );
  const ticked = useCallback(
    (index: number) => {
      const entry = row(index);
      return entry !== undefined && chosen !== null && chosen.has(entry.id);
    },
    [row, chosen],
  );

  return (
    <fieldset className="fieldset">
      <legend className="field__label">{t('exportForm.select')}</legend>
      <label className="checkbox">
        <input type="checkbox" checked={on} onChange={(event) => onChange(event.target.checked ? new Set() : null)} />
        <span>{t('exportForm.selectOn')}</span>
      </label>
      <ErrorAlert error={rows.error} />
      {on ? (
        <>
          <p className="muted" id="export-select-list">
            {t('exportSelection.list')} · <span role="status">{tp('exportSelection.chosen', chosen.size)}</span>
          </p>
          {chosen.size > EXPORT_IDS_MAX ? <p className="field__problem">{t('exportSelection.tooMany', { max: formatNumber(EXPORT_IDS_MAX) })}</p> : null}
          {rows.total ? (
            <VirtualListbox
              count={rows.total}
              labelledBy="export-select-list"
              idPrefix="export-select"
              className="vlist--select"
              rowClassName="entry-card"
              onRangeChange={rows.need}
              onOpen={tick}
              isSelected={ticked}
              renderRow={(index) => {
                const entry = row(index);
                if (!entry) return <LoadingTitle />;
                return (
                  <span className="entry-card__line">
                    <span className="select-mark" aria-hidden="true">
                      {chosen.has(entry.id) ? '☑' : '☐'}
                    </span>
                    <span className="entry-card__title" dir="auto">
                      {entry.title}
                    </span>
                  </span>
                );
              }}
            />
          ) : null}
        </>
      ) : null}
    </fieldset>
  );
}
