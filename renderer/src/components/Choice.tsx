import type { TextKey } from '../i18n/catalog';
import { useI18n } from '../i18n/use-i18n';
import { Field } from './Field';

interface ChoiceBase<V extends string> {
  label: string;
  options: readonly V[];
  /** The message for an option. */
  optionKey: (option: V) => TextKey;
}

/**
 * With noneKey the field may hold nothing (null), shown by that message; without it, always an
 * option. The vocabulary alone decides V, so a value typed wider than it is an error, not a widening.
 */
type ChoiceProps<V extends string> = ChoiceBase<V> &
  (
    | { noneKey: TextKey; value: NoInfer<V> | null; onChange: (value: NoInfer<V> | null) => void }
    | { noneKey?: undefined; value: NoInfer<V>; onChange: (value: NoInfer<V>) => void }
  );

/** A labelled select over a vocabulary (court type, stage, a case's status, yes/no/unknown…). */
export function Choice<V extends string>(props: ChoiceProps<V>) {
  const { t } = useI18n();
  const { label, options, optionKey } = props;
  // The select only offers '' when there is a none message, so '' never reaches a field that must hold an option.
  const pick = (raw: string) => (props.noneKey === undefined ? props.onChange(raw as V) : props.onChange(raw === '' ? null : (raw as V)));
  return (
    <Field label={label}>
      {(c) => (
        <select {...c} className="input" value={props.value ?? ''} onChange={(e) => pick(e.target.value)}>
          {props.noneKey === undefined ? null : <option value="">{t(props.noneKey)}</option>}
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
