import { useState } from 'react';
import { CIVIC_TOPICS, LIMITS, REPORTING_OUTLETS, SENSITIVITIES } from '../../../../shared/domain/entries';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { Choice } from '../../components/Choice';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/use-i18n';
import type { CommonForm } from './common-form';

interface CommonFieldsProps {
  value: CommonForm;
  onChange: (value: CommonForm) => void;
}

/** Tags as the officer types them: split at commas (Latin or Arabic), trimmed, each once. */
function tagsOf(text: string): string[] {
  return [...new Set(text.split(/[,،]/).map((tag) => tag.trim()).filter((tag) => tag !== ''))].slice(0, LIMITS.tags);
}

/**
 * What files an entry for later: country, tags, civic-space topics, the reports it feeds and
 * how sensitive it is. Folded under one heading: while the officer writes, it stays out of the way.
 */
export function CommonFields({ value, onChange }: CommonFieldsProps) {
  const { t } = useI18n();
  // The text as typed (a trailing comma while typing the next tag); the list is derived from it.
  const [tagText, setTagText] = useState(value.tags.join(', '));
  const filed = value.topics.length + value.outlets.length + value.tags.length > 0 || value.country !== '' || value.sensitivity !== 'normal';
  return (
    <details className="classification" open={filed}>
      <summary className="classification__summary">{t('classification.heading')}</summary>
      <div className="classification__body">
        <div className="meeting-fields__row">
          <Field label={t('classification.country')}>
            {(c) => <input {...c} className="input" dir="auto" maxLength={LIMITS.country} value={value.country} onChange={(e) => onChange({ ...value, country: e.target.value })} />}
          </Field>
          <Choice label={t('classification.sensitivity')} value={value.sensitivity} options={SENSITIVITIES} optionKey={(level) => `sensitivity.${level}`} onChange={(sensitivity) => onChange({ ...value, sensitivity })} />
        </div>
        <Field label={t('classification.tags')} hint={t('classification.tagsHint')}>
          {(c) => (
            <input
              {...c}
              className="input"
              dir="auto"
              value={tagText}
              onChange={(e) => {
                setTagText(e.target.value);
                onChange({ ...value, tags: tagsOf(e.target.value) });
              }}
            />
          )}
        </Field>
        <CheckboxGroup legend={t('classification.topics')} options={CIVIC_TOPICS} chosen={value.topics} labelOf={(topic) => t(`topic.${topic}`)} onChange={(topics) => onChange({ ...value, topics })} />
        <CheckboxGroup legend={t('classification.outlets')} options={REPORTING_OUTLETS} chosen={value.outlets} labelOf={(outlet) => t(`outlet.${outlet}`)} onChange={(outlets) => onChange({ ...value, outlets })} />
      </div>
    </details>
  );
}
