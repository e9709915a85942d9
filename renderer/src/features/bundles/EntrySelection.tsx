import { useEffect, useState } from 'react';
import type { EntrySummary } from '../../../../shared/domain/entries';
import type { AppErrorData } from '../../../../shared/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/use-i18n';
import { call, toErrorData } from '../../ipc/client';
import { toListQuery, type ListFilters } from '../filters';

/** The entries shown for ticking: enough for a field officer's selection, the filters narrow the rest. */
const SHOWN = 500;

/**
 * Off: everything the filters match leaves. On: only the entries ticked among those the filters
 * match (native checkboxes, so Tab and Space reach and tick each one). `chosen` null means off.
 */
export function EntrySelection({ filters, chosen, onChange }: { filters: ListFilters; chosen: ReadonlySet<string> | null; onChange: (next: ReadonlySet<string> | null) => void }) {
  const { t } = useI18n();
  const [entries, setEntries] = useState<readonly EntrySummary[]>([]);
  const [error, setError] = useState<AppErrorData | null>(null);
  const on = chosen !== null;

  useEffect(() => {
    if (!on) return;
    let live = true;
    call('entry:list', { ...toListQuery(filters), limit: SHOWN, offset: 0 }).then(
      (page) => live && setEntries(page.entries),
      (caught: unknown) => live && setError(toErrorData(caught)),
    );
    return () => {
      live = false;
    };
  }, [filters, on]);

  function tick(id: string, ticked: boolean) {
    const next = new Set(chosen);
    if (ticked) next.add(id);
    else next.delete(id);
    onChange(next);
  }

  return (
    <fieldset className="fieldset">
      <legend className="field__label">{t('exportForm.select')}</legend>
      <label className="checkbox">
        <input type="checkbox" checked={on} onChange={(event) => onChange(event.target.checked ? new Set() : null)} />
        <span>{t('exportForm.selectOn')}</span>
      </label>
      <ErrorAlert error={error} />
      {on
        ? entries.map((entry) => (
            <label key={entry.id} className="checkbox">
              <input type="checkbox" checked={chosen.has(entry.id)} onChange={(event) => tick(entry.id, event.target.checked)} />
              <span dir="auto">{entry.title}</span>
            </label>
          ))
        : null}
    </fieldset>
  );
}
