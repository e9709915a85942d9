import { useEffect, useImperativeHandle, useRef, useState, type ComponentType, type FormEvent, type Ref } from 'react';
import { useDiscreetScreen } from '../../components/discreet/discreet-screen';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AttachmentsSection } from '../attachments';
import type { Entry } from '../../../../shared/domain/entries';
import type { TextKey } from '../../i18n/catalog';
import { useI18n } from '../../i18n/use-i18n';
import { ShortcutHint } from '../shell/ShortcutHint';
import { ariaKeys } from '../shell/shortcuts';
import { usePreferences } from '../settings/use-preferences';
import { DraftNotice } from './DraftNotice';
import { LeaveDialog, type LeaveChoice } from './LeaveDialog';
import { NoteHistory } from './NoteHistory';
import { NoteLinks } from './NoteLinks';
import { NoteRemovalActions } from './NoteRemovalActions';
import type { EntryAdapter } from './entry-adapter';
import { FinalizeAction } from './FinalizeAction';
import { useEntryEditor } from './use-entry-editor';

/** What the shell may ask of an open editor before it navigates away. */
export interface EditorHandle {
  /** Resolves true when the officer may leave: nothing unsaved, or saved, kept or discarded on purpose. */
  requestLeave: () => Promise<boolean>;
}

/** What every kind's form has: the editor checks the title and shows the body's links. */
export interface FormBase {
  title: string;
  body: string;
}

/** A kind's inputs, given the form and a way to change it; the frame owns everything else. */
export interface KindFieldsProps<Form> {
  draft: Form;
  onChange: (patch: Partial<Form>) => void;
  titleProblem?: string | undefined;
  titleRef: Ref<HTMLTextAreaElement>;
  /** The saved entry being edited (null for a new one), for parts that act on it (a timeline, a reveal). */
  entryId: string | null;
  /** Unsaved changes on screen: a part that writes the stored entry itself (a withdrawal) waits for a save. */
  dirty?: boolean;
}

/** One kind's editor: its form's life (the adapter) and its inputs. */
export interface KindEditor<Form extends FormBase> {
  adapter: EntryAdapter<Form>;
  Fields: ComponentType<KindFieldsProps<Form>>;
  headings: { new: TextKey; edit: TextKey };
}

export interface EntryEditorProps {
  id: string | null;
  /** The saved entry `id`, when whoever opens the editor has just read it (so it is not read twice). */
  loaded?: Entry | undefined;
  onClose: () => void;
  /** After each successful save (a list beside the editor shows the new title and date). */
  onSaved?: () => void;
  handleRef?: Ref<EditorHandle>;
}

/**
 * The editor every kind shares: heading and back, draft notice, the kind's fields, links in
 * the body, history, finalise, redact and delete, the save bar, and the leave dialog. A kind
 * brings its fields and adapter (see editors.ts), never a copy of this.
 */
export function EntryEditorFrame<Form extends FormBase>({ kind, id, loaded, onClose, onSaved, handleRef }: EntryEditorProps & { kind: KindEditor<Form> }) {
  const { t, formatTime } = useI18n();
  const editor = useEntryEditor(kind.adapter, id, undefined, loaded);
  const { Fields } = kind;
  // Read when the editor opens; Settings is another view, so a change there is seen on return.
  const { prefs } = usePreferences();
  // With the discreet screen on, every field but the one the officer is in is blurred (editor.css).
  const discreet = useDiscreetScreen();
  const [titleProblem, setTitleProblem] = useState<string | undefined>();
  const [leaving, setLeaving] = useState<((mayLeave: boolean) => void) | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const titleRef = useRef<HTMLTextAreaElement>(null);
  const busy = editor.status !== 'ready';

  // A new note starts in its title, so one keystroke (Ctrl/Cmd+N) is all capture needs. Once:
  // a save ends 'busy' too, and must not pull the cursor from where the officer is typing.
  const started = useRef(false);
  useEffect(() => {
    if (id !== null || busy || started.current) return;
    started.current = true;
    titleRef.current?.focus();
  }, [id, busy]);
  useEffect(() => {
    if (id !== null) headingRef.current?.focus();
  }, [id]);

  /** An empty title moves the focus to the title, where the problem is written. */
  function titleIsMissing(): boolean {
    if (editor.draft.title.trim().length > 0) {
      setTitleProblem(undefined);
      return false;
    }
    setTitleProblem(t('editor.titleRequired'));
    titleRef.current?.focus();
    return true;
  }

  async function submit(event?: FormEvent): Promise<boolean> {
    event?.preventDefault();
    if (busy || titleIsMissing()) return false;
    const saved = await editor.save();
    if (saved) onSaved?.();
    return saved;
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

  const dirtyRef = useRef(editor.dirty);
  useEffect(() => {
    dirtyRef.current = editor.dirty;
  });
  const requestLeave = () => (dirtyRef.current ? new Promise<boolean>((resolve) => setLeaving(() => resolve)) : Promise.resolve(true));
  useImperativeHandle(handleRef, () => ({ requestLeave }));

  async function choose(choice: LeaveChoice) {
    const answer = leaving;
    setLeaving(null);
    if (!answer) return;
    if (choice === 'stay') return answer(false);
    // A draft that could not be written keeps the officer in the note (its status says so): leaving would lose the text.
    if (choice === 'keep' && !(await editor.keepDraft())) return answer(false);
    if (choice === 'discard') await editor.discardDraft({ leaving: true });
    const mayLeave = choice === 'save' ? await submit() : true;
    // Saved (its draft went with the save), kept or discarded: closing must not write the text again.
    if (mayLeave) editor.close();
    answer(mayLeave);
  }

  function statusText(): string {
    if (editor.savedAt && !editor.dirty) return t('editor.saved', { time: formatTime(editor.savedAt) });
    if (editor.draftState === 'kept') return t('editor.draft.kept');
    if (editor.draftState === 'failed') return t('editor.draft.failed');
    return '';
  }

  function back() {
    void requestLeave().then((mayLeave) => mayLeave && onClose());
  }

  return (
    <form className={discreet ? 'editor editor--discreet' : 'editor'} onSubmit={(event) => void submit(event)} noValidate aria-busy={busy} aria-labelledby="editor-heading">
      <div className="editor__head">
        <button type="button" className="button button--quiet" onClick={back} aria-keyshortcuts={ariaKeys('leave')}>
          <span aria-hidden="true" className="icon-back" />
          {t('editor.back')}
          <ShortcutHint id="leave" />
        </button>
        <h1 className="heading editor__heading" id="editor-heading" ref={headingRef} tabIndex={-1}>
          {t(editor.base ? kind.headings.edit : kind.headings.new)}
        </h1>
      </div>
      <DraftNotice restored={editor.restored} busy={busy} onDiscard={() => void editor.discardDraft()} />
      <Fields draft={editor.draft} onChange={editor.change} titleProblem={titleProblem} titleRef={titleRef} entryId={editor.base?.id ?? null} dirty={editor.dirty} />
      {/* Fails closed: until the preference is read, links are text only. */}
      <NoteLinks body={editor.draft.body} allowOpening={prefs?.allowOpeningLinks === true} />
      {editor.base ? (
        <>
          <AttachmentsSection entryId={editor.base.id} />
          <NoteHistory id={editor.base.id} revision={editor.base.revision} />
          <FinalizeAction id={editor.base.id} revision={editor.base.revision} status={editor.base.status} dirty={editor.dirty} onFinalized={onClose} />
          <NoteRemovalActions id={editor.base.id} revision={editor.base.revision} dirty={editor.dirty} onRedacted={onClose} onDeleted={onClose} />
        </>
      ) : null}
      <div className="editor__savebar">
        <ErrorAlert error={editor.error}>
          {editor.error?.code === 'CONFLICT' ? (
            <button type="button" className="button" onClick={() => void editor.saveAsNew().then((saved) => saved && onSaved?.())} disabled={busy}>
              {t('editor.saveAsNew')}
            </button>
          ) : null}
        </ErrorAlert>
        <div className="button-row button-row--end">
          <p className={`status-text${editor.dirty ? ' status-text--quiet' : ''}`} role="status">
            {statusText()}
          </p>
          <button className="button button--primary" type="submit" disabled={busy} aria-keyshortcuts={ariaKeys('save')}>
            {editor.status === 'saving' ? t('editor.saving') : t('editor.save')}
            <ShortcutHint id="save" />
          </button>
        </div>
      </div>
      {leaving ? <LeaveDialog onChoose={(choice) => void choose(choice)} /> : null}
    </form>
  );
}
