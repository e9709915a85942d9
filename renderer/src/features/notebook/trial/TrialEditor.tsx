import { memo } from 'react';
import type { KindEditor, KindFieldsProps } from '../EntryEditorFrame';
import { TrialFields } from './TrialFields';
import { trialAdapter, type TrialDraft } from './trial-form';

/**
 * The frame's props as the hearing's form compares them: all but `dirty`, which the form never
 * reads (a consent's withdrawal does) and which every save flips.
 */
function sameFormProps(before: KindFieldsProps<TrialDraft>, after: KindFieldsProps<TrialDraft>): boolean {
  const { dirty: _before, ...a } = before;
  const { dirty: _after, ...b } = after;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => Object.is(a[key as keyof typeof a], b[key as keyof typeof b]));
}

/** A hearing's editor: the shared frame around the trial's sections. */
export const trialEditor: KindEditor<TrialDraft> = {
  adapter: trialAdapter,
  // Memoised: a save's start and end (status, revision, saved-at, dirty) re-render the frame, not the hearing's form.
  Fields: memo(TrialFields, sameFormProps),
  headings: { new: 'trial.newHeading', edit: 'trial.editHeading' },
};
