import type { ComponentType } from 'react';
import type { WritableKind } from '../../../../shared/domain/entries';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLoad } from '../../components/use-load';
import { call } from '../../ipc/client';
import { EntryEditorFrame, type EntryEditorProps } from './EntryEditorFrame';
import { caseEditor } from './case/CaseEditor';
import { meetingEditor } from './MeetingEditor';
import { observationEditor } from './ObservationEditor';
import { trialEditor } from './trial/TrialEditor';

/** Each writable kind's editor: the shared frame around that kind's fields. A kind adds one line here. */
const EDITORS: { [K in WritableKind]?: ComponentType<EntryEditorProps> } = {
  meeting: (props) => <EntryEditorFrame kind={meetingEditor} {...props} />,
  observation: (props) => <EntryEditorFrame kind={observationEditor} {...props} />,
  trial: (props) => <EntryEditorFrame kind={trialEditor} {...props} />,
  case: (props) => <EntryEditorFrame kind={caseEditor} {...props} />,
};

interface EntryEditorSwitchProps extends EntryEditorProps {
  /** Known for a new entry (the officer chose it); for a saved one the entry says. */
  kind: WritableKind | null;
}

function SavedEntryEditor({ id, ...props }: EntryEditorProps & { id: string }) {
  const entry = useLoad(`kind-of-${id}`, () => call('entry:get', { id }));
  if (entry.error) return <ErrorAlert error={entry.error} />;
  if (!entry.data) return null;
  const Editor = EDITORS[entry.data.kind];
  return Editor ? <Editor id={id} {...props} /> : null;
}

/** The editor for an entry of any kind: the one its kind registered. */
export function EntryEditor({ kind, id, ...props }: EntryEditorSwitchProps) {
  if (id !== null && kind === null) return <SavedEntryEditor id={id} {...props} />;
  const Editor = EDITORS[kind ?? 'meeting'];
  return Editor ? <Editor id={id} {...props} /> : null;
}

/** The kinds a new entry can be started as, in the menu's order. */
export const NEW_ENTRY_KINDS = Object.keys(EDITORS) as WritableKind[];
