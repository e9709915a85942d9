import { useState } from 'react';
import type { AppErrorData } from '../../../../shared/errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/use-i18n';
import { call, toErrorData } from '../../ipc/client';

interface FinalizeActionProps {
  id: string;
  revision: number;
  status: 'draft' | 'final';
  /** Unsaved text on screen would not be in what is marked final: save or discard it first. */
  dirty: boolean;
  /** The entry changed under the editor (a new revision): reopen it. */
  onFinalized: () => void;
}

/** "Mark as final…" for a draft entry; a final one says so. Finalising keeps every later edit as a version. */
export function FinalizeAction({ id, revision, status, dirty, onFinalized }: FinalizeActionProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  if (status === 'final') return <p className="muted entry-status">{t('finalize.isFinal')}</p>;

  async function finalize() {
    setError(null);
    try {
      await call('entry:finalize', { id, revision });
      setOpen(false);
      onFinalized();
    } catch (caught) {
      setOpen(false);
      setError(toErrorData(caught));
    }
  }

  return (
    <div className="entry-status">
      <p className="muted">{t('finalize.isDraft')}</p>
      <button type="button" className="button" disabled={dirty} onClick={() => setOpen(true)}>
        {t('finalize.button')}
      </button>
      {dirty ? <p className="field__hint">{t('finalize.saveFirst')}</p> : null}
      <ErrorAlert error={error} />
      {open ? (
        <ConfirmDialog title={t('finalize.title')} confirmLabel={t('finalize.confirm')} onConfirm={() => void finalize()} onCancel={() => setOpen(false)}>
          <p>{t('finalize.explain')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
