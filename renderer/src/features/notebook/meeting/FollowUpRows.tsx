import { LIMITS } from '../../../../../shared/domain/entries';
import { Field } from '../../../components/Field';
import { useI18n } from '../../../i18n/use-i18n';
import { parseDay } from '../../people';
import type { FollowUpForm } from '../meeting-form';
import { EditableRows } from '../EditableRows';

interface FollowUpRowsProps {
  value: FollowUpForm[];
  onChange: (rows: FollowUpForm[]) => void;
}

const BLANK: FollowUpForm = { text: '', owner: '', dueOn: '', done: false };

/** What was promised or is to be done: text, who, by when (any digits), done. A due day shows in Upcoming. */
export function FollowUpRows({ value, onChange }: FollowUpRowsProps) {
  const { t } = useI18n();
  return (
    <section className="meeting-part" aria-labelledby="meeting-followups-heading">
      <h2 className="subheading" id="meeting-followups-heading">
        {t('meeting.followUps.heading')}
      </h2>
      {value.length === 0 ? <p className="muted">{t('meeting.followUps.empty')}</p> : null}
      <EditableRows
        rows={value}
        onChange={onChange}
        blank={() => BLANK}
        addLabel={t('meeting.followUps.add')}
        removeLabel={(number) => t('meeting.followUps.remove', { number })}
        legend={(number) => t('meeting.followUps.row', { number })}
      >
        {(row, patch) => (
          <>
            <Field label={t('meeting.followUps.text')}>
              {(c) => <input {...c} className="input" dir="auto" maxLength={LIMITS.field} value={row.text} onChange={(e) => patch({ text: e.target.value })} />}
            </Field>
            <div className="meeting-fields__row">
              <Field label={t('meeting.followUps.owner')}>
                {(c) => <input {...c} className="input" dir="auto" maxLength={LIMITS.field} value={row.owner} onChange={(e) => patch({ owner: e.target.value })} />}
              </Field>
              <Field label={t('meeting.followUps.dueOn')} problem={parseDay(row.dueOn) === undefined ? t('meeting.followUps.dueProblem') : undefined}>
                {(c) => <input {...c} className="input input--date" dir="ltr" inputMode="numeric" autoComplete="off" maxLength={10} value={row.dueOn} onChange={(e) => patch({ dueOn: e.target.value })} />}
              </Field>
              <label className="checkbox">
                <input type="checkbox" checked={row.done} onChange={(e) => patch({ done: e.target.checked })} />
                {t('meeting.followUps.done')}
              </label>
            </div>
          </>
        )}
      </EditableRows>
    </section>
  );
}
