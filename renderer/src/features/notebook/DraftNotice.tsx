import { useI18n } from '../../i18n/use-i18n';
import type { RestoredDraft } from './use-entry-editor';

interface DraftNoticeProps {
  restored: RestoredDraft | null;
  busy: boolean;
  onDiscard: () => void;
}

/**
 * Says that the editor opened on unsaved text, why it was kept (the officer's "Keep as draft",
 * or a lock or closed window), and whether the note moved on since.
 * The live region is always in the DOM (one that appears already filled is not reliably
 * announced); only its content changes.
 */
export function DraftNotice({ restored, busy, onDiscard }: DraftNoticeProps) {
  const { t } = useI18n();
  return (
    <div className="alert-region" aria-live="polite">
      {restored ? (
        <div className="alert alert--info" data-draft-notice={restored.stale ? 'stale' : 'restored'}>
          <p className="alert__text">{t(restored.keptOnPurpose ? 'editor.draft.restoredKept' : 'editor.draft.restored')}</p>
          {restored.stale ? <p className="alert__text">{t('editor.draft.stale')}</p> : null}
          <button type="button" className="button" onClick={onDiscard} disabled={busy}>
            {t('editor.draft.discard')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
