import { CONSENT_METHODS, CONSENT_SCOPES } from '../../../../shared/domain/consent-vocabulary';
import type { PersonSummary } from '../../../../shared/domain/people';
import { LIMITS } from '../../../../shared/domain/kinds/common';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { Choice } from '../../components/Choice';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/use-i18n';
import { CONSENT_DAY_FIELDS, type ConsentTerms, type TermsProblem } from './consent-terms';
import { PersonPicker } from './PersonPicker';

interface ConsentTermsFieldsProps {
  value: ConsentTerms;
  onChange: (patch: Partial<ConsentTerms>) => void;
  /** Problems to show now, by field (already translated). */
  problems: Partial<Record<TermsProblem, string>>;
  /** A saved consent stays the consent of the person who gave it (the core refuses a change). */
  personLocked?: boolean;
  onPicked?: (person: PersonSummary | null) => void;
}

/** Whose consent, to what, how, and its days and witness: the inputs the Consent screen and the consent editor share. */
export function ConsentTermsFields({ value, onChange, problems, personLocked = false, onPicked }: ConsentTermsFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <PersonPicker label={t('consent.field.person')} value={value.personId} onChange={(personId) => onChange({ personId })} onPicked={onPicked} problem={problems.person} disabled={personLocked} />
      <CheckboxGroup legend={t('consent.field.scopes')} options={CONSENT_SCOPES} chosen={value.scopes} labelOf={(scope) => t(`consent.scope.${scope}`)} onChange={(scopes) => onChange({ scopes })} problem={problems.scopes} />
      <Choice label={t('consent.field.method')} value={value.method} options={CONSENT_METHODS} optionKey={(method) => `consent.method.${method}`} onChange={(method) => onChange({ method })} />
      {CONSENT_DAY_FIELDS.map((field) => (
        <Field key={field} label={t(`consent.field.${field}`)} hint={t('consent.field.dateHint')} problem={problems[field]}>
          {(c) => <input {...c} className="input input--date" dir="ltr" inputMode="numeric" autoComplete="off" maxLength={10} value={value[field]} onChange={(e) => onChange({ [field]: e.target.value })} />}
        </Field>
      ))}
      <Field label={t('consent.field.witness')}>
        {(c) => <input {...c} className="input" dir="auto" maxLength={LIMITS.field} value={value.witness} onChange={(e) => onChange({ witness: e.target.value })} />}
      </Field>
      <Field label={t('consent.field.language')}>
        {(c) => <input {...c} className="input" dir="auto" maxLength={LIMITS.field} value={value.language} onChange={(e) => onChange({ language: e.target.value })} />}
      </Field>
    </>
  );
}
