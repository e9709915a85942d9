import { useState } from 'react';
import { LIMITS } from '../../../../shared/domain/kinds/common';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/use-i18n';
import { call } from '../../ipc/client';
import { BLANK_TERMS, termsProblems, termsToInput, type ConsentTerms } from './consent-terms';
import { ConsentTermsFields } from './ConsentTermsFields';
import { SaveForm } from './SaveForm';

interface ConsentFormProps {
  onSaved: () => void;
  onCancel: () => void;
}

/** Records a consent: whose, what it covers, how, when and until when. Saved at once as an entry of kind consent. */
export function ConsentForm({ onSaved, onCancel }: ConsentFormProps) {
  const { t } = useI18n();
  const [terms, setTerms] = useState<ConsentTerms>(BLANK_TERMS);
  const [pseudonym, setPseudonym] = useState('');
  const [title, setTitle] = useState('');
  const [notes, setNotes] = useState('');
  const [tried, setTried] = useState(false);

  const problems = termsProblems(terms);
  const shown = tried ? Object.fromEntries(Object.entries(problems).map(([field, key]) => [field, t(key)])) : {};

  function save() {
    setTried(true);
    const { personId, ...rest } = termsToInput(terms);
    if (Object.keys(problems).length > 0 || !personId) return null;
    const entry = { kind: 'consent' as const, title: title.trim() || t('consent.titleFor', { pseudonym }), body: notes, personId, ...rest };
    return call('entry:create', { entry }).then(() => onSaved());
  }

  return (
    <SaveForm heading={t('consent.give')} submitLabel={t('consent.save')} save={save} onCancel={onCancel}>
      <ConsentTermsFields value={terms} onChange={(patch) => setTerms((current) => ({ ...current, ...patch }))} problems={shown} onPicked={(person) => setPseudonym(person?.pseudonym ?? '')} />
      <Field label={t('consent.field.title')}>
        {(c) => <input {...c} className="input" dir="auto" maxLength={LIMITS.title} placeholder={pseudonym ? t('consent.titleFor', { pseudonym }) : undefined} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label={t('consent.field.notes')}>
        {(c) => <textarea {...c} className="input textarea textarea--short" dir="auto" rows={3} maxLength={LIMITS.paragraph} value={notes} onChange={(e) => setNotes(e.target.value)} />}
      </Field>
    </SaveForm>
  );
}
