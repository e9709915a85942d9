import { useRef } from 'react';
import { LIMITS } from '../../../../../shared/domain/entries';
import { Field } from '../../../components/Field';
import { useI18n } from '../../../i18n/use-i18n';
import { parseDay } from '../../people';
import type { FollowUpForm } from '../meeting-form';
import { useRowFocus } from './row-focus';

interface FollowUpRowsProps {
  value: FollowUpForm[];
  onChange: (rows: FollowUpForm[]) => void;
}

const BLANK: FollowUpForm = { text: '', owner: '', dueOn: '', done: false };

/** What was promised or is to be done: text, who, by when (any digits), done. A due day shows in Upcoming. */
export function FollowUpRows({ value, onChange }: FollowUpRowsProps) {
  const { t, formatNumber } = useI18n();
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  useRowFocus(value.length, listRef, addRef);
  const patch = (index: number, change: Partial<FollowUpForm>) => onChange(value.map((row, i) => (i === index ? { ...row, ...change } : row)));
  return (
    <section className="meeting-part" aria-labelledby="meeting-followups-heading">
      <h2 className="subheading" id="meeting-followups-heading">
        {t('meeting.followUps.heading')}
      </h2>
      {value.length === 0 ? <p className="muted">{t('meeting.followUps.empty')}</p> : null}
      <ol className="meeting-rows" ref={listRef}>
        {value.map((row, index) => {
          const number = formatNumber(index + 1);
          return (
            <li key={index} className="meeting-rows__row">
              <fieldset className="meeting-rows__fieldset">
                <legend className="meeting-rows__legend">{t('meeting.followUps.row', { number })}</legend>
                <Field label={t('meeting.followUps.text')}>
                  {(c) => <input {...c} className="input" dir="auto" maxLength={LIMITS.field} value={row.text} onChange={(e) => patch(index, { text: e.target.value })} />}
                </Field>
                <div className="meeting-fields__row">
                  <Field label={t('meeting.followUps.owner')}>
                    {(c) => <input {...c} className="input" dir="auto" maxLength={LIMITS.field} value={row.owner} onChange={(e) => patch(index, { owner: e.target.value })} />}
                  </Field>
                  <Field label={t('meeting.followUps.dueOn')} problem={parseDay(row.dueOn) === undefined ? t('meeting.followUps.dueProblem') : undefined}>
                    {(c) => (
                      <input {...c} className="input input--date" dir="ltr" inputMode="numeric" autoComplete="off" maxLength={10} value={row.dueOn} onChange={(e) => patch(index, { dueOn: e.target.value })} />
                    )}
                  </Field>
                  <label className="checkbox">
                    <input type="checkbox" checked={row.done} onChange={(e) => patch(index, { done: e.target.checked })} />
                    {t('meeting.followUps.done')}
                  </label>
                </div>
                <button type="button" className="button button--small" onClick={() => onChange(value.filter((_, i) => i !== index))}>
                  {t('meeting.followUps.remove', { number })}
                </button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button--small" ref={addRef} disabled={value.length >= LIMITS.rows} onClick={() => onChange([...value, BLANK])}>
        {t('meeting.followUps.add')}
      </button>
    </section>
  );
}
