import { useState, type FormEvent } from 'react';
import { LIMITS } from '../../../../shared/domain/kinds/common';
import type { AppErrorData } from '../../../../shared/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { FormActions } from '../../components/FormActions';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { useI18n } from '../../i18n/use-i18n';
import { call, toErrorData } from '../../ipc/client';
import { BLANK_TERMS, termsProblems, termsToInput, type ConsentTerms } from './consent-terms';
import { ConsentTermsFields } from './ConsentTermsFields';

interface ConsentFormProps {
  onSaved: () => void;
  onCancel: () => void;
}

/** Records a consent: whose, what it covers, how, when and until when. Saved at once as an entry of kind consent. */
export function ConsentForm({ onSaved, onCancel }: ConsentFormProps) {
  const { t } = useI18n();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const [terms, setTerms] = useState<ConsentTerms>(BLANK_TERMS);
  const [pseudonym, setPseudonym] = useState('');
  const [title, setTitle] = useState('');
  const [notes, setNotes] = useState('');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState(false);

  const problems = termsProblems(terms);
  const shown = tried ? Object.fromEntries(Object.entries(problems).map(([field, key]) => [field, t(key)])) : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    const { personId, ...rest } = termsToInput(terms);
    if (Object.keys(problems).length > 0 || !personId) return;
    setBusy(true);
    setError(null);
    const entry = { kind: 'consent' as const, title: title.trim() || t('consent.titleFor', { pseudonym }), body: notes, personId, ...rest };
    try {
      await call('entry:create', { entry });
      onSaved();
    } catch (caught) {
      setError(toErrorData(caught));
      setBusy(false);
    }
  }

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      <h2 className="subheading" ref={headingRef} tabIndex={-1}>
        {t('consent.give')}
      </h2>
      <ErrorAlert error={error} />
      <ConsentTermsFields value={terms} onChange={(patch) => setTerms((current) => ({ ...current, ...patch }))} problems={shown} onPicked={(person) => setPseudonym(person?.pseudonym ?? '')} />
      <Field label={t('consent.field.title')}>
        {(c) => <input {...c} className="input" dir="auto" maxLength={LIMITS.title} placeholder={pseudonym ? t('consent.titleFor', { pseudonym }) : undefined} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <Field label={t('consent.field.notes')}>
        {(c) => <textarea {...c} className="input textarea textarea--short" dir="auto" rows={3} maxLength={LIMITS.paragraph} value={notes} onChange={(e) => setNotes(e.target.value)} />}
      </Field>
      <FormActions submitLabel={t('consent.save')} busy={busy} onCancel={onCancel} />
    </form>
  );
}
