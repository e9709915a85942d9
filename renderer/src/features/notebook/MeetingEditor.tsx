import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { useI18n } from '../../i18n/use-i18n';
import { usePreferences } from '../settings/use-preferences';
import { CopySensitiveButton } from './CopySensitiveButton';
import { DraftNotice } from './DraftNotice';
import { MeetingFields } from './MeetingFields';
import { NoteHistory } from './NoteHistory';
import { NoteLinks } from './NoteLinks';
import { NoteRemovalActions } from './NoteRemovalActions';
import { useMeetingEditor } from './use-meeting-editor';

interface MeetingEditorProps {
  id: string | null;
  onBack: () => void;
}

export function MeetingEditor({ id, onBack }: MeetingEditorProps) {
  const { t, formatTime } = useI18n();
  const editor = useMeetingEditor(id);
  // Read when the editor opens; Settings is another view, so a change there is seen on return.
  const { prefs } = usePreferences();
  const [titleProblem, setTitleProblem] = useState<string | undefined>();
  const [confirmLeave, setConfirmLeave] = useState(false);
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const busy = editor.status !== 'ready';

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (busy) return;
    if (editor.draft.title.trim().length === 0) {
      setTitleProblem(t('editor.titleRequired'));
      return;
    }
    setTitleProblem(undefined);
    await editor.save();
  }

  // Ctrl/Cmd+S saves from anywhere, as in every editor the officer already knows.
  const submitRef = useRef(submit);
  useEffect(() => {
    submitRef.current = submit;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void submitRef.current();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  function statusText(): string {
    if (editor.savedAt && !editor.dirty) return t('editor.saved', { time: formatTime(editor.savedAt) });
    if (editor.draftState === 'kept') return t('editor.draft.kept');
    if (editor.draftState === 'failed') return t('editor.draft.failed');
    return '';
  }

  function back() {
    if (editor.dirty) setConfirmLeave(true);
    else onBack();
  }

  return (
    <form className="editor stack" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
      <div className="toolbar">
        <button type="button" className="button button--quiet" onClick={back}>
          <span aria-hidden="true" className="icon-back" />
          {t('editor.back')}
        </button>
      </div>
      <h1 className="heading" ref={headingRef} tabIndex={-1}>
        {editor.base ? t('editor.editHeading') : t('editor.newHeading')}
      </h1>
      <DraftNotice restored={editor.restored} busy={busy} onDiscard={() => void editor.discardDraft()} />
      {confirmLeave ? (
        <div className="alert alert--warning" role="alertdialog" aria-label={t('editor.unsavedLeave')}>
          <p className="alert__text">{t('editor.unsavedLeave')}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={() => setConfirmLeave(false)}>
              {t('editor.keepEditing')}
            </button>
            {/* Leaving without saving is an explicit discard: the vault keeps no draft of it. */}
            <button type="button" className="button button--danger" onClick={() => void editor.discardDraft({ leaving: true }).finally(onBack)}>
              {t('editor.discard')}
            </button>
          </div>
        </div>
      ) : null}
      <MeetingFields
        draft={editor.draft}
        onChange={editor.change}
        titleProblem={titleProblem}
        participantsAction={<CopySensitiveButton text={editor.draft.participants} label={t('editor.copyParticipants')} />}
      />
      {/* Fails closed: until the preference is read, links are text only. */}
      <NoteLinks body={editor.draft.body} allowOpening={prefs?.allowOpeningLinks === true} />
      {editor.base ? (
        <>
          <NoteHistory id={editor.base.id} revision={editor.base.revision} />
          <NoteRemovalActions id={editor.base.id} revision={editor.base.revision} dirty={editor.dirty} onRedacted={onBack} onDeleted={onBack} />
        </>
      ) : null}
      <ErrorAlert error={editor.error}>
        {editor.error?.code === 'CONFLICT' ? (
          <button type="button" className="button" onClick={() => void editor.saveAsNew()} disabled={busy}>
            {t('editor.saveAsNew')}
          </button>
        ) : null}
      </ErrorAlert>
      <div className="button-row button-row--end">
        <p className={`status-text${editor.dirty ? ' status-text--quiet' : ''}`} role="status">
          {statusText()}
        </p>
        <button className="button button--primary" type="submit" disabled={busy} aria-keyshortcuts="Control+S Meta+S">
          {editor.status === 'saving' ? t('editor.saving') : t('editor.save')}
        </button>
      </div>
    </form>
  );
}
