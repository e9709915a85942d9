import { LIMITS } from '../../../../shared/domain/entries';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/use-i18n';

/** Where it happened, for every kind that has a place: free text in either script. */
export function LocationField({ value, onChange }: { value: string; onChange: (location: string) => void }) {
  const { t } = useI18n();
  return (
    <Field label={t('editor.location')}>
      {(c) => <input {...c} className="input" dir="auto" maxLength={LIMITS.location} value={value} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}
