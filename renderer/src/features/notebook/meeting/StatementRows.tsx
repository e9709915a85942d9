import { useId } from 'react';
import { LIMITS } from '../../../../../shared/domain/entries';
import { Field } from '../../../components/Field';
import { useI18n } from '../../../i18n/use-i18n';
import type { StatementForm } from '../meeting-form';
import { EditableRows } from '../EditableRows';

interface StatementRowsProps {
  value: StatementForm[];
  onChange: (rows: StatementForm[]) => void;
  /** The linked participants a passage can be attributed to, by pseudonym. */
  speakers: { id: string; pseudonym: string }[];
}

const BLANK: StatementForm = { text: '', speaker: '', doNotAttribute: false };

/** What was said, passage by passage: its speaker (a linked participant or nobody) and whether it may be attributed. */
export function StatementRows({ value, onChange, speakers }: StatementRowsProps) {
  const { t } = useI18n();
  const hintId = useId();
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
      <EditableRows
        rows={value}
        onChange={onChange}
        blank={() => BLANK}
        addLabel={t('meeting.statements.add')}
        removeLabel={(number) => t('meeting.statements.remove', { number })}
        legend={(number) => t('meeting.statements.row', { number })}
      >
        {(row, patch) => (
          <>
            <Field label={t('meeting.statements.text')}>
              {(c) => <textarea {...c} className="input textarea textarea--short" dir="auto" rows={3} maxLength={LIMITS.paragraph} value={row.text} onChange={(e) => patch({ text: e.target.value })} />}
            </Field>
            <div className="meeting-fields__row">
              <Field label={t('meeting.statements.speaker')}>
                {(c) => (
                  <select {...c} className="input" value={row.speaker} onChange={(e) => patch({ speaker: e.target.value })}>
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
                <input type="checkbox" aria-describedby={hintId} checked={row.doNotAttribute} onChange={(e) => patch({ doNotAttribute: e.target.checked })} />
                {t('meeting.statements.doNotAttribute')}
              </label>
            </div>
          </>
        )}
      </EditableRows>
    </section>
  );
}
