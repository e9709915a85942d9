import { LIMITS } from '../../../../../shared/domain/entries';
import { Field } from '../../../components/Field';

interface TextInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  /** Several lines (charges, evidence, reasons). */
  long?: boolean;
}

/** One of the trial's text fields: a name, a place, a reason; dir="auto" as a hearing mixes languages. */
export function TextInput({ label, value, onChange, hint, long = false }: TextInputProps) {
  return (
    <Field label={label} hint={hint}>
      {(c) =>
        long ? (
          <textarea {...c} className="input textarea textarea--short" dir="auto" rows={2} maxLength={LIMITS.paragraph} value={value} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input {...c} className="input" dir="auto" maxLength={LIMITS.field} value={value} onChange={(e) => onChange(e.target.value)} />
        )
      }
    </Field>
  );
}
