import { useEffect, useState } from 'react';
import type { AuditPage, AuditRecord } from '../../../../shared/domain/audit';
import { AUDIT_ACTIONS } from '../../../../shared/domain/audit-vocabulary';
import type { AppErrorData } from '../../../../shared/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { TextKey } from '../../i18n/catalog';
import type { Translator } from '../../i18n/translate';
import { useI18n } from '../../i18n/use-i18n';
import { call, toErrorData } from '../../ipc/client';

const PAGE_SIZE = 20;
const KNOWN: ReadonlySet<string> = new Set(AUDIT_ACTIONS);

/** One record as a sentence. A log written by a newer Fieldnotes may hold actions this one has no words for: shown as they are. */
function describe(record: AuditRecord, { t, tp, formatDateTime }: Translator): string {
  if (record.action === 'vault.unlock-failed') {
    const { count, lastAt } = record.detail;
    const attempts = tp('audit.action.vault.unlock-failed', typeof count === 'number' ? count : 0);
    return typeof lastAt === 'string' ? t('audit.lastAttempt', { attempts, date: formatDateTime(lastAt) }) : attempts;
  }
  if (KNOWN.has(record.action)) return t(`audit.action.${record.action}` as TextKey);
  return t('audit.unknown', { action: record.action });
}

/**
 * Settings → Activity: the vault's audit log, newest first, a page at a time. Lines only,
 * no ids: what an id names is the notebook's business, and the log itself holds no names.
 */
export function ActivitySection() {
  const i18n = useI18n();
  const { t, formatDateTime, formatNumber } = i18n;
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<AuditPage | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

  useEffect(() => {
    let live = true;
    call('audit:list', { limit: PAGE_SIZE, offset })
      .then((loaded) => {
        if (live) setPage(loaded);
      })
      .catch((caught: unknown) => {
        if (live) setError(toErrorData(caught));
      });
    return () => {
      live = false;
    };
  }, [offset]);

  const shownTo = page ? offset + page.records.length : 0;
  const atNewest = offset === 0;
  const atOldest = page !== null && shownTo >= page.total;
  return (
    <div className="stack stack--tight">
      <p className="muted">{t('audit.intro')}</p>
      <ErrorAlert error={error} />
      {page && page.total === 0 ? <p>{t('audit.empty')}</p> : null}
      {page && page.records.length > 0 ? (
        <>
          <ol className="activity-list">
            {page.records.map((record) => (
              <li key={record.seq}>
                <time dateTime={record.at}>{formatDateTime(record.at)}</time>
                <span>{describe(record, i18n)}</span>
              </li>
            ))}
          </ol>
          {/* aria-disabled, not disabled: the button just pressed to reach the last page keeps the keyboard focus. */}
          <div className="button-row activity-paging">
            <button type="button" className="button button--small" aria-disabled={atNewest} onClick={() => atNewest || setOffset(Math.max(0, offset - PAGE_SIZE))}>
              {t('audit.newer')}
            </button>
            <button type="button" className="button button--small" aria-disabled={atOldest} onClick={() => atOldest || setOffset(offset + PAGE_SIZE)}>
              {t('audit.older')}
            </button>
            <p className="status-text status-text--quiet" role="status">
              {t('audit.range', { from: formatNumber(offset + 1), to: formatNumber(shownTo), total: formatNumber(page.total) })}
            </p>
          </div>
        </>
      ) : null}
    </div>
  );
}
