import type { KindEditor } from './EntryEditorFrame';
import { MeetingFields } from './MeetingFields';
import { meetingAdapter, type MeetingDraft } from './meeting-form';

export const meetingEditor: KindEditor<MeetingDraft> = {
  adapter: meetingAdapter,
  Fields: MeetingFields,
  headings: { new: 'editor.newHeading', edit: 'editor.editHeading' },
};
