import { useEffect, useState } from 'react';
import type { Entry } from '../../../../shared/domain/entries';
import type { EntryHistory } from '../../../../shared/domain/entry-history';
import type { AppErrorData } from '../../../../shared/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/use-i18n';
import { call, toErrorData } from '../../ipc/client';
import { VersionDialog } from './VersionDialog';

/** The superseded versions (whole) and the entry as it stands, read when a version is opened. */
interface Opened {
  revision: number;
  version: Entry | null;
  current: Entry | null;
}

/** Loads every superseded version and the current entry; `null` version when it is not (or no longer) there. */
async function openVersion(id: string, revision: number): Promise<Opened> {
  const [versions, current] = await Promise.all([call('entry:versions', { id }), call('entry:get', { id })]);
  return { revision, version: versions.find((v) => v.revision === revision) ?? null, current };
}

/**
 * When each earlier version was saved and when the entry was redacted. Each saved version
 * opens read only (VersionDialog). What a redaction removed is not in the vault, so no version
 * can show it: they show the mark.
 */
export function NoteHistory({ id, revision }: { id: string; revision: number }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const [history, setHistory] = useState<EntryHistory | null>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

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

  function open(version: number) {
    setError(null);
    openVersion(id, version)
      .then(setOpened)
      .catch((caught: unknown) => setError(toErrorData(caught)));
  }

  if (!history) return null;
  const items = [
    ...history.revisions.map((r) => ({ at: r.savedAt, revision: r.revision, text: t('history.saved', { revision: formatNumber(r.revision), date: formatDateTime(r.savedAt) }) })),
    ...history.events.filter((e) => e.kind === 'redacted').map((e) => ({ at: e.at, revision: null, text: t('history.redacted', { date: formatDateTime(e.at) }) })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <>
      <details className="history">
        <summary>{t('history.heading')}</summary>
        {items.length === 0 ? (
          <p className="field__hint">{t('history.none')}</p>
        ) : (
          <ul className="history__list">
            {items.map((item) => (
              <li key={`${item.at}${item.text}`}>
                {item.revision === null ? (
                  item.text
                ) : (
                  <button type="button" className="history__open" aria-haspopup="dialog" onClick={() => open(item.revision)}>
                    {item.text}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </details>
      <ErrorAlert error={error} />
      {opened?.version ? <VersionDialog version={opened.version} current={opened.current} onClose={() => setOpened(null)} /> : null}
    </>
  );
}
