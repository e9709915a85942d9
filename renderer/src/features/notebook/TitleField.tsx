import type { Ref } from 'react';
import { LIMITS } from '../../../../shared/domain/entries';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/use-i18n';

interface TitleFieldProps {
  value: string;
  onChange: (title: string) => void;
  problem?: string | undefined;
  inputRef: Ref<HTMLTextAreaElement>;
}

/** Every kind's title: a textarea so a long title wraps in view, kept to one line of text (Enter and pasted line breaks become nothing / spaces). */
export function TitleField({ value, onChange, problem, inputRef }: TitleFieldProps) {
  const { t } = useI18n();
  return (
    <Field label={t('editor.title')} problem={problem}>
      {(c) => (
        <textarea
          {...c}
          ref={inputRef}
          className="input input--title"
          dir="auto"
          rows={1}
          maxLength={LIMITS.title}
          value={value}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.preventDefault();
          }}
          onChange={(e) => onChange(e.target.value.replace(/[\r\n]+/g, ' '))}
        />
      )}
    </Field>
  );
}
