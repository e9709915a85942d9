import { useEffect, useState } from 'react';
import type { EntrySummary } from '../../../../shared/domain/entries';
import type { AppErrorData } from '../../../../shared/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { useI18n } from '../../i18n/use-i18n';
import { call, toErrorData } from '../../ipc/client';
import { counterpartKey } from './counterpart-label';

const PAGE = 200;

export function NotebookList({ onOpen }: { onOpen: (id: string) => void }) {
  const { t, tp, formatDateTime } = useI18n();
  const [entries, setEntries] = useState<EntrySummary[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<AppErrorData | null>(null);
  const headingRef = useFocusOnMount<HTMLHeadingElement>();

  useEffect(() => {
    let live = true;
    call('entry:list', { kind: 'meeting', limit: PAGE, offset: 0 })
      .then((result) => {
        if (!live) return;
        // The service orders newest first (meeting time, else creation) and pages in that order.
        setEntries(result.entries);
        setTotal(result.total);
      })
      .catch((caught: unknown) => live && setError(toErrorData(caught)));
    return () => {
      live = false;
    };
  }, []);

  return (
    <section className="stack" aria-labelledby="list-heading">
      <div className="section-head">
        <h1 className="heading" id="list-heading" ref={headingRef} tabIndex={-1}>
          {t('list.heading')}
        </h1>
        {entries ? <p className="muted">{tp('list.count', total)}</p> : null}
      </div>
      <ErrorAlert error={error} />
      {entries && entries.length === 0 ? <p className="empty">{t('list.empty')}</p> : null}
      {entries && entries.length > 0 ? (
        <ul className="entry-list">
          {entries.map((entry) => (
            <li key={entry.id}>
              <button type="button" className="entry-card" onClick={() => onOpen(entry.id)}>
                <span className="entry-card__title" dir="auto">
                  {entry.title}
                </span>
                <span className="entry-card__meta">
                  <span>{entry.occurredAt ? t('list.metAt', { date: formatDateTime(entry.occurredAt) }) : t('list.noDate')}</span>
                  {entry.counterpartType ? <span className="tag">{t(counterpartKey(entry.counterpartType))}</span> : null}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
