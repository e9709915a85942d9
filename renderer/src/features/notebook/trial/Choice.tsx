import { Field } from '../../../components/Field';
import type { TextKey } from '../../../i18n/catalog';
import { useI18n } from '../../../i18n/use-i18n';

interface ChoiceProps<V extends string> {
  label: string;
  value: V | null;
  options: readonly V[];
  /** The message for an option. */
  optionKey: (option: V) => TextKey;
  /** Shown for null; without it the field always holds an option. */
  noneKey?: TextKey;
  onChange: (value: V | null) => void;
}

/** A labelled select over a vocabulary (court type, stage, yes/no/unknown…). */
export function Choice<V extends string>({ label, value, options, optionKey, noneKey, onChange }: ChoiceProps<V>) {
  const { t } = useI18n();
  return (
    <Field label={label}>
      {(c) => (
        <select {...c} className="input" value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : (e.target.value as V))}>
          {noneKey ? <option value="">{t(noneKey)}</option> : null}
          {options.map((option) => (
            <option key={option} value={option}>
              {t(optionKey(option))}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
