import type { ComponentType } from 'react';
import type { WritableKind } from '../../../../shared/domain/entries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoad } from '../../components/use-load';
import { call } from '../../ipc/client';
import { EntryEditorFrame, type EntryEditorProps, type FormBase, type KindEditor } from './EntryEditorFrame';
import { caseEditor } from './case/CaseEditor';
import { consentEditor } from './consent/ConsentEditor';
import { meetingEditor } from './MeetingEditor';
import { observationEditor } from './ObservationEditor';
import { ReadOnlyEntryFrame, type ReadOnlyEntryProps } from './ReadOnlyEntryFrame';
import { trialEditor } from './trial/TrialEditor';

interface KindViews {
  Edit: ComponentType<EntryEditorProps>;
  /** The same fields, disabled: an entry that is not the officer's to change (imported). */
  View: ComponentType<ReadOnlyEntryProps>;
}

function views<Form extends FormBase>(kind: KindEditor<Form>): KindViews {
  return { Edit: (props) => <EntryEditorFrame kind={kind} {...props} />, View: (props) => <ReadOnlyEntryFrame kind={kind} {...props} /> };
}

/** Each writable kind's editor: the shared frame around that kind's fields. A kind adds one line here. */
const EDITORS: { [K in WritableKind]?: KindViews } = {
  meeting: views(meetingEditor),
  observation: views(observationEditor),
  trial: views(trialEditor),
  case: views(caseEditor),
  consent: views(consentEditor),
};

interface EntryEditorSwitchProps extends EntryEditorProps {
  /** Known for a new entry (the officer chose it); for a saved one the entry says. */
  kind: WritableKind | null;
}

function SavedEntryEditor({ id, ...props }: EntryEditorProps & { id: string }) {
  const entry = useLoad(`kind-of-${id}`, () => call('entry:get', { id }));
  if (entry.error) return <ErrorAlert error={entry.error} />;
  if (!entry.data) return null;
  const Editor = EDITORS[entry.data.kind]?.Edit;
  // The entry just read is handed on: opening an entry reads it once.
  return Editor ? <Editor id={id} loaded={entry.data} {...props} /> : null;
}

/** The editor for an entry of any kind: the one its kind registered. */
export function EntryEditor({ kind, id, ...props }: EntryEditorSwitchProps) {
  if (id !== null && kind === null) return <SavedEntryEditor id={id} {...props} />;
  const Editor = EDITORS[kind ?? 'meeting']?.Edit;
  return Editor ? <Editor id={id} {...props} /> : null;
}

/** An entry shown read-only in its kind's fields, with a banner saying why (an imported entry). */
export function ReadOnlyEntryView(props: ReadOnlyEntryProps) {
  const View = EDITORS[props.entry.kind]?.View;
  return View ? <View {...props} /> : null;
}

/** The kinds a new entry can be started as, in the menu's order. */
export const NEW_ENTRY_KINDS = Object.keys(EDITORS) as WritableKind[];
