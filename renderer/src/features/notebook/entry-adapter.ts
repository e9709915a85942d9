import type { DraftEntry } from '../../../../shared/domain/drafts';
import type { Entry, EntryInput, WritableKind } from '../../../../shared/domain/entries';

/**
 * What the generic entry editor (use-entry-editor.ts) needs to know about one kind of entry:
 * its form as the inputs hold it, and the way to and from the contract's shapes. A new kind
 * (trial, consent) brings an adapter and its fields; the editing life stays one hook.
 */
export interface EntryAdapter<Form> {
  /** A new entry's draft is kept under `new:<kind>`: one per kind. */
  kind: WritableKind;
  /** The form of a new entry, dated `now`. */
  blank(now: Date): Form;
  /** The form of a saved entry or a kept draft of this kind; null for another kind. */
  fromEntry(entry: Entry | DraftEntry): Form | null;
  toInput(form: Form): EntryInput;
  same(a: Form, b: Form): boolean;
}
