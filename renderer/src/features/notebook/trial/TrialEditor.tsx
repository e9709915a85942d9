import { memo } from 'react';
import type { KindEditor } from '../EntryEditorFrame';
import { TrialFields } from './TrialFields';
import { trialAdapter, type TrialDraft } from './trial-form';

/** A hearing's editor: the shared frame around the trial's sections. */
export const trialEditor: KindEditor<TrialDraft> = {
  adapter: trialAdapter,
  // Memoised: a save's start and end (status, revision, saved-at) re-render the frame, not the hearing's form.
  Fields: memo(TrialFields),
  headings: { new: 'trial.newHeading', edit: 'trial.editHeading' },
};
