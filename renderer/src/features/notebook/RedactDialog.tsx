import { useId, useState } from 'react';
import { MIN_REDACTED_PASSAGE } from '../../../../shared/domain/entry-history';
import type { AppErrorData } from '../../../../shared/errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/use-i18n';
import { call, toErrorData } from '../../ipc/client';

interface RedactDialogProps {
  id: string;
  revision: number;
  /** The officer's selection when the dialog opened, if any. */
  initialPassage: string;
  onRedacted: () => void;
  onCancel: () => void;
}

/**
 * Says plainly what a redaction does before it is done: it cannot be undone, it reaches every
 * earlier version, the draft and search, and the history keeps only that it happened and when.
 */
export function RedactDialog({ id, revision, initialPassage, onRedacted, onCancel }: RedactDialogProps) {
  const { t } = useI18n();
  const passageId = useId();
  const hintId = useId();
  const [passage, setPassage] = useState(initialPassage);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);

  async function redact() {
    setBusy(true);
    setError(null);
    try {
      await call('entry:redact', { id, revision, passage });
      onRedacted();
    } catch (caught) {
      setError(toErrorData(caught));
      setBusy(false);
    }
  }

  return (
    <ConfirmDialog
      title={t('removal.redactTitle')}
      confirmLabel={t('removal.redactConfirm')}
      confirmDisabled={busy || passage.trim().length < MIN_REDACTED_PASSAGE}
      danger
      onConfirm={() => void redact()}
      onCancel={onCancel}
      controls={
        <div className="stack">
          <div className="field">
            <label className="field__label" htmlFor={passageId}>
              {t('removal.passage')}
            </label>
            <p className="field__hint" id={hintId}>
              {t('removal.passageHint')}
            </p>
            <textarea
              id={passageId}
              className="input"
              aria-describedby={hintId}
              rows={2}
              dir="auto"
              spellCheck={false}
              value={passage}
              onChange={(event) => setPassage(event.target.value)}
            />
          </div>
          <ErrorAlert error={error} />
        </div>
      }
    >
      <p>{t('removal.redactExplain')}</p>
      <p>{t('removal.redactExact')}</p>
    </ConfirmDialog>
  );
}
