import { useEffect, useState } from 'react';
import type { EntryHistory } from '../../../../shared/domain/entry-history';
import { useI18n } from '../../i18n/use-i18n';
import { call } from '../../ipc/client';

/**
 * When each earlier version was saved and when the note was redacted: dates only. What a
 * redaction removed is not in the vault, so it cannot be shown here either.
 */
export function NoteHistory({ id, revision }: { id: string; revision: number }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const [history, setHistory] = useState<EntryHistory | null>(null);

  useEffect(() => {
    let live = true;
    call('entry:history', { id })
      .then((loaded) => {
        if (live) setHistory(loaded);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [id, revision]);

  if (!history) return null;
  const items = [
    ...history.revisions.map((r) => ({ at: r.savedAt, text: t('history.saved', { revision: formatNumber(r.revision), date: formatDateTime(r.savedAt) }) })),
    ...history.events.filter((e) => e.kind === 'redacted').map((e) => ({ at: e.at, text: t('history.redacted', { date: formatDateTime(e.at) }) })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <details className="history">
      <summary>{t('history.heading')}</summary>
      {items.length === 0 ? (
        <p className="field__hint">{t('history.none')}</p>
      ) : (
        <ul className="history__list">
          {items.map((item) => (
            <li key={`${item.at}${item.text}`}>{item.text}</li>
          ))}
        </ul>
      )}
    </details>
  );
}
