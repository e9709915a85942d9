import { useId, useRef } from 'react';
import { LIMITS } from '../../../../../shared/domain/entries';
import { Field } from '../../../components/Field';
import { useI18n } from '../../../i18n/use-i18n';
import type { StatementForm } from '../meeting-form';
import { useRowFocus } from './row-focus';

interface StatementRowsProps {
  value: StatementForm[];
  onChange: (rows: StatementForm[]) => void;
  /** The linked participants a passage can be attributed to, by pseudonym. */
  speakers: { id: string; pseudonym: string }[];
}

const BLANK: StatementForm = { text: '', speaker: '', doNotAttribute: false };

/** What was said, passage by passage: its speaker (a linked participant or nobody) and whether it may be attributed. */
export function StatementRows({ value, onChange, speakers }: StatementRowsProps) {
  const { t, formatNumber } = useI18n();
  const hintId = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  useRowFocus(value.length, listRef, addRef);
  const patch = (index: number, change: Partial<StatementForm>) => onChange(value.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <section className="meeting-part" aria-labelledby="meeting-statements-heading">
      <h2 className="subheading" id="meeting-statements-heading">
        {t('meeting.statements.heading')}
      </h2>
      <p className="field__hint">{t('meeting.statements.hint')}</p>
      <p className="field__hint" id={hintId}>
        {t('meeting.statements.doNotAttributeHint')}
      </p>
      {value.length === 0 ? <p className="muted">{t('meeting.statements.empty')}</p> : null}
      <ol className="meeting-rows" ref={listRef}>
        {value.map((row, index) => {
          const number = formatNumber(index + 1);
          return (
            <li key={index} className="meeting-rows__row">
              <fieldset className="meeting-rows__fieldset">
                <legend className="meeting-rows__legend">{t('meeting.statements.row', { number })}</legend>
                <Field label={t('meeting.statements.text')}>
                  {(c) => <textarea {...c} className="input textarea textarea--short" dir="auto" rows={3} maxLength={LIMITS.paragraph} value={row.text} onChange={(e) => patch(index, { text: e.target.value })} />}
                </Field>
                <div className="meeting-fields__row">
                  <Field label={t('meeting.statements.speaker')}>
                    {(c) => (
                      <select {...c} className="input" value={row.speaker} onChange={(e) => patch(index, { speaker: e.target.value })}>
                        <option value="">{t('meeting.statements.speakerNone')}</option>
                        {speakers.map((speaker) => (
                          <option key={speaker.id} value={speaker.id}>
                            {speaker.pseudonym}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                  <label className="checkbox">
                    <input type="checkbox" aria-describedby={hintId} checked={row.doNotAttribute} onChange={(e) => patch(index, { doNotAttribute: e.target.checked })} />
                    {t('meeting.statements.doNotAttribute')}
                  </label>
                </div>
                <button type="button" className="button button--small" onClick={() => onChange(value.filter((_, i) => i !== index))}>
                  {t('meeting.statements.remove', { number })}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button--small" ref={addRef} disabled={value.length >= LIMITS.rows} onClick={() => onChange([...value, BLANK])}>
        {t('meeting.statements.add')}
      </button>
    </section>
  );
}
