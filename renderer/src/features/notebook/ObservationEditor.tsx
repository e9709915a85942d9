import { useI18n } from '../../i18n/use-i18n';
import { CommonFields } from './CommonFields';
import { DateTimeField } from './DateTimeField';
import { LocationField } from './LocationField';
import { RichBodyField } from './RichBodyField';
import type { KindEditor, KindFieldsProps } from './EntryEditorFrame';
import { TitleField } from './TitleField';
import { observationAdapter, type ObservationDraft } from './observation-form';

/** What was seen, read or told, when and where, and the topics it is filed under (opened, since they are the point). */
function ObservationFields({ draft, onChange, titleProblem, titleRef }: KindFieldsProps<ObservationDraft>) {
  const { t } = useI18n();
  return (
    <div className="meeting-fields">
      <TitleField value={draft.title} onChange={(title) => onChange({ title })} problem={titleProblem} inputRef={titleRef} />
      <div className="meeting-fields__row">
        <DateTimeField label={t('editor.occurredAt')} value={draft.occurredAt} onChange={(occurredAt) => onChange({ occurredAt })} />
        <LocationField value={draft.location} onChange={(location) => onChange({ location })} />
      </div>
      <RichBodyField value={draft} onChange={onChange} />
      <CommonFields value={draft.common} onChange={(common) => onChange({ common })} />
    </div>
  );
}

export const observationEditor: KindEditor<ObservationDraft> = {
  adapter: observationAdapter,
  Fields: ObservationFields,
  headings: { new: 'observation.newHeading', edit: 'observation.editHeading' },
};
