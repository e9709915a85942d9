import type { PersonKind, PersonSummary } from '../../../../shared/domain/people';
import { Field } from '../../components/Field';
import { useLoad } from '../../components/use-load';
import { useI18n } from '../../i18n/use-i18n';
import { call } from '../../ipc/client';

interface PersonPickerProps {
  value: string | null;
  onChange: (personId: string | null) => void;
  label?: string;
  hint?: string;
  problem?: string | undefined;
  /** Called with the chosen record, for forms that show or use its pseudonym. */
  onPicked?: (person: PersonSummary | null) => void;
  /** Only records of this kind (an organisation to be a member of). */
  kind?: PersonKind;
  /** Shown but not changeable (a saved consent's person). */
  disabled?: boolean;
}

/**
 * Chooses a person or organisation by pseudonym (never by name): a native select, so the
 * keyboard, screen readers and type-to-find work as everywhere else. For any editor that links
 * a record to People (meeting participants, consents, cases).
 */
export function PersonPicker({ value, onChange, label, hint, problem, onPicked, kind, disabled = false }: PersonPickerProps) {
  const { t } = useI18n();
  const { data } = useLoad(`people:${kind ?? ''}`, () => call('person:list', { limit: 500, ...(kind ? { kind } : {}) }));
  const people = data?.people ?? [];
  return (
    <Field label={label ?? t('people.picker.label')} hint={hint} problem={problem}>
      {(c) => (
        <select
          {...c}
          className="input"
          disabled={disabled}
          value={value ?? ''}
          onChange={(event) => {
            const id = event.target.value || null;
            onChange(id);
            onPicked?.(people.find((p) => p.id === id) ?? null);
          }}
        >
          <option value="">{t('people.picker.none')}</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.pseudonym} ({t(`people.kind.${person.kind}`)})
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
