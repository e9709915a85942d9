import type { KindEditor } from '../EntryEditorFrame';
import { TrialFields } from './TrialFields';
import { trialAdapter, type TrialDraft } from './trial-form';

/** A hearing's editor: the shared frame around the trial's sections. */
export const trialEditor: KindEditor<TrialDraft> = {
  adapter: trialAdapter,
  Fields: TrialFields,
  headings: { new: 'trial.newHeading', edit: 'trial.editHeading' },
};
