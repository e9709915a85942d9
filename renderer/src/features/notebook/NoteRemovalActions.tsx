import { useState } from 'react';
import type { AppErrorData } from '../../../../shared/errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/use-i18n';
import { call, toErrorData } from '../../ipc/client';
import { RedactDialog } from './RedactDialog';
import { useLastSelection } from './use-last-selection';

interface NoteRemovalActionsProps {
  id: string;
  /** The revision on screen: a note changed elsewhere since is refused (CONFLICT), never redacted blind. */
  revision: number;
  /** Unsaved text on screen: it could hold the passage, so the officer saves or discards first. */
  dirty: boolean;
  /** The note changed under the editor: reopen it. */
  onRedacted: () => void;
  onDeleted: () => void;
}

/** "Redact a passage…" and "Delete note…" for a saved note, each behind a dialog that says what stays. */
export function NoteRemovalActions({ id, revision, dirty, onRedacted, onDeleted }: NoteRemovalActionsProps) {
  const { t } = useI18n();
  const selection = useLastSelection();
  const [open, setOpen] = useState<'redact' | 'delete' | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  // A deletion merges the search index (about half a second at 20,000 notes): one press is enough.
  const [deleting, setDeleting] = useState(false);

  async function remove() {
    setError(null);
    setDeleting(true);
    try {
      await call('entry:delete', { id, revision });
      onDeleted();
    } catch (caught) {
      setOpen(null);
      setError(toErrorData(caught));
    } finally {
      setDeleting(false);
    }
  }

  return (
    <div className="stack">
      <div className="button-row">
        <button type="button" className="button button--quiet" disabled={dirty} onClick={() => setOpen('redact')}>
          {t('removal.redact')}
        </button>
        <button type="button" className="button button--danger" disabled={dirty} onClick={() => setOpen('delete')}>
          {t('removal.delete')}
        </button>
      </div>
      {dirty ? <p className="field__hint">{t('removal.saveFirst')}</p> : null}
      <ErrorAlert error={error} />
      {open === 'redact' ? (
        <RedactDialog id={id} revision={revision} initialPassage={selection.current} onRedacted={onRedacted} onCancel={() => setOpen(null)} />
      ) : null}
      {open === 'delete' ? (
        <ConfirmDialog title={t('removal.deleteTitle')} confirmLabel={t('removal.deleteConfirm')} confirmDisabled={deleting} danger onConfirm={() => void remove()} onCancel={() => setOpen(null)}>
          <p>{t('removal.deleteExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
