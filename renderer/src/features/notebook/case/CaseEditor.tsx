import { CASE_STATUSES, SOURCE_TYPES, THREAT_TYPES, type SourceType } from '../../../../../shared/domain/case-vocabulary';
import { LIMITS } from '../../../../../shared/domain/entries';
import { Choice } from '../../../components/Choice';
import { Field } from '../../../components/Field';
import { CheckboxGroup } from '../../../components/CheckboxGroup';
import { useI18n } from '../../../i18n/use-i18n';
import { CommonFields } from '../CommonFields';
import { DateTimeField } from '../DateTimeField';
import type { KindEditor, KindFieldsProps } from '../EntryEditorFrame';
import { RichBodyField } from '../RichBodyField';
import { TitleField } from '../TitleField';
import { PersonPicker, parseDay } from '../../people';
import { CaseActions } from './CaseActions';
import { caseAdapter, type CaseDraft, type SourceForm } from './case-form';
import { DefenderConsents } from './DefenderConsents';

function Sources({ sources, onChange }: { sources: SourceForm[]; onChange: (sources: SourceForm[]) => void }) {
  const { t } = useI18n();
  const patch = (i: number, change: Partial<SourceForm>) => onChange(sources.map((s, j) => (j === i ? { ...s, ...change } : s)));
  return (
    <section className="stack stack--tight" aria-labelledby="case-sources">
      <h2 className="subheading" id="case-sources">
        {t('case.sources')}
      </h2>
      <p className="muted">{t('case.sourcesHint')}</p>
      <ul className="stack stack--tight">
        {sources.map((source, i) => (
          <li key={i} className="case-source meeting-fields__row">
            <Field label={t('case.source.type')}>
              {(c) => (
                <select {...c} className="input" value={source.type} onChange={(e) => patch(i, { type: e.target.value as SourceType })}>
                  {SOURCE_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {t(`case.sourceType.${type}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('case.source.source')}>{(c) => <input {...c} className="input" dir="auto" maxLength={LIMITS.field} value={source.source} onChange={(e) => patch(i, { source: e.target.value })} />}</Field>
            <Field label={t('case.source.consultedOn')} problem={parseDay(source.dateText) === undefined ? t('case.badDate') : undefined}>
              {(c) => <input {...c} className="input" dir="ltr" inputMode="numeric" value={source.dateText} onChange={(e) => patch(i, { dateText: e.target.value })} />}
            </Field>
            <button type="button" className="button" onClick={() => onChange(sources.filter((_, j) => j !== i))}>
              {t('case.source.remove')}
            </button>
          </li>
        ))}
      </ul>
      <div className="button-row">
        <button type="button" className="button" onClick={() => onChange([...sources, { type: 'other', source: '', notes: '', dateText: '' }])}>
          {t('case.source.add')}
        </button>
      </div>
    </section>
  );
}

/** The defender, what they face, where the case stands, the sources, and the actions behind the gate. */
function CaseFields({ draft, onChange, titleProblem, titleRef }: KindFieldsProps<CaseDraft>) {
  const { t } = useI18n();
  return (
    <div className="meeting-fields">
      <TitleField value={draft.title} onChange={(title) => onChange({ title })} problem={titleProblem} inputRef={titleRef} />
      <div className="meeting-fields__row">
        <PersonPicker label={t('case.defender')} value={draft.defenderId} onChange={(defenderId) => onChange({ defenderId })} />
        <Choice label={t('case.status')} value={draft.caseStatus} options={CASE_STATUSES} optionKey={(s) => `case.status.${s}`} onChange={(caseStatus) => onChange({ caseStatus })} />
        <DateTimeField label={t('editor.occurredAt')} value={draft.occurredAt} onChange={(occurredAt) => onChange({ occurredAt })} />
      </div>
      {draft.defenderId ? <DefenderConsents defenderId={draft.defenderId} /> : null}
      <CheckboxGroup legend={t('case.threats')} options={THREAT_TYPES} chosen={draft.threats} labelOf={(threat) => t(`case.threat.${threat}`)} onChange={(threats) => onChange({ threats })} />
      <Sources sources={draft.sources} onChange={(sources) => onChange({ sources })} />
      <CaseActions actions={draft.actions} defenderId={draft.defenderId} onChange={(actions) => onChange({ actions })} />
      <RichBodyField value={draft} onChange={onChange} />
      <CommonFields value={draft.common} onChange={(common) => onChange({ common })} />
    </div>
  );
}

export const caseEditor: KindEditor<CaseDraft> = {
  adapter: caseAdapter,
  Fields: CaseFields,
  headings: { new: 'case.newHeading', edit: 'case.editHeading' },
};
