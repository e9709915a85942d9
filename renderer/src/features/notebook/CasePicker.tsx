import { Field } from '../../components/Field';
import { useLoad } from '../../components/use-load';
import { useI18n } from '../../i18n/use-i18n';
import { call } from '../../ipc/client';

/** More defender cases than one officer follows; the list's own page limit. */
const MAX_CASES = 500;

interface CasePickerProps {
  value: string | null;
  onChange: (caseId: string | null) => void;
  hint?: string;
}

/**
 * Links a record to a threatened-defender case, chosen by the case's title (titles name the
 * defender by pseudonym, as every list does): a native select, like the person picker. The link
 * is the record's 'case' facet, which the case's page and the list filter read.
 */
export function CasePicker({ value, onChange, hint }: CasePickerProps) {
  const { t } = useI18n();
  const { data } = useLoad('case-picker', () => call('entry:list', { kind: 'case', limit: MAX_CASES }));
  const cases = data?.entries ?? [];
  // A linked case beyond the page (or still loading) stays chosen rather than silently unlinked.
  const missing = value !== null && !cases.some((c) => c.id === value);
  return (
    <Field label={t('records.casePicker.label')} hint={hint}>
      {(c) => (
        <select {...c} className="input" value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
          <option value="">{t('records.casePicker.none')}</option>
          {missing ? <option value={value}>{t('records.casePicker.unlisted')}</option> : null}
          {cases.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.title}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
