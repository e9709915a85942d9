/** What other features and the shell may use of the notebook. */
export { EntryFacts } from './EntryFacts';
export { EntryEditor, ReadOnlyEntryView } from './EntryEditor';
export type { EditorHandle } from './EntryEditorFrame';
export { NewEntryMenu } from './NewEntryMenu';
