import { useState, type FormEvent } from 'react';
import { CONSENT_METHODS, CONSENT_SCOPES, type ConsentMethod, type ConsentScope } from '../../../../shared/domain/consent-vocabulary';
import { LIMITS } from '../../../../shared/domain/kinds/common';
import type { AppErrorData } from '../../../../shared/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { useI18n } from '../../i18n/use-i18n';
import { call, toErrorData } from '../../ipc/client';
import { parseDay } from './dates';
import { PersonPicker } from './PersonPicker';

type DayField = 'givenOn' | 'reviewOn' | 'expiresOn';
const DAY_FIELDS: readonly DayField[] = ['givenOn', 'reviewOn', 'expiresOn'];

interface ConsentFormProps {
  onSaved: () => void;
  onCancel: () => void;
}

function toggled(list: readonly ConsentScope[], value: ConsentScope, on: boolean): ConsentScope[] {
  return on ? [...list, value] : list.filter((item) => item !== value);
}

/** Records a consent: whose, what it covers, how, when and until when. Saved at once as an entry of kind consent. */
export function ConsentForm({ onSaved, onCancel }: ConsentFormProps) {
  const { t } = useI18n();
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const [personId, setPersonId] = useState<string | null>(null);
  const [pseudonym, setPseudonym] = useState('');
  const [title, setTitle] = useState('');
  const [scopes, setScopes] = useState<ConsentScope[]>([]);
  const [method, setMethod] = useState<ConsentMethod>('verbal');
  const [days, setDays] = useState<Record<DayField, string>>({ givenOn: '', reviewOn: '', expiresOn: '' });
  const [witness, setWitness] = useState('');
  const [language, setLanguage] = useState('');
  const [notes, setNotes] = useState('');
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState(false);

  const parsed = Object.fromEntries(DAY_FIELDS.map((field) => [field, parseDay(days[field])])) as Record<DayField, string | null | undefined>;
  const problems = {
    person: personId ? undefined : t('consent.problem.person'),
    scopes: scopes.length > 0 ? undefined : t('consent.problem.scopes'),
    ...Object.fromEntries(DAY_FIELDS.map((field) => [field, parsed[field] === undefined ? t('consent.problem.date') : undefined])),
  } as Record<'person' | 'scopes' | DayField, string | undefined>;
  const shown = (key: keyof typeof problems) => (tried ? problems[key] : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (Object.values(problems).some(Boolean) || !personId) return;
    setBusy(true);
    setError(null);
    const entry = {
      kind: 'consent' as const,
      title: title.trim() || t('consent.titleFor', { pseudonym }),
      body: notes,
      personId,
      scopes,
      method,
      givenOn: parsed.givenOn ?? null,
      reviewOn: parsed.reviewOn ?? null,
      expiresOn: parsed.expiresOn ?? null,
      witness,
      language,
    };
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
      <PersonPicker label={t('consent.field.person')} value={personId} onChange={setPersonId} onPicked={(person) => setPseudonym(person?.pseudonym ?? '')} problem={shown('person')} />
      <Field label={t('consent.field.title')}>
        {(c) => <input {...c} className="input" dir="auto" maxLength={LIMITS.title} placeholder={pseudonym ? t('consent.titleFor', { pseudonym }) : undefined} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      <fieldset className="checkbox-group" aria-describedby={shown('scopes') ? 'consent-scopes-problem' : undefined}>
        <legend className="field__label">{t('consent.field.scopes')}</legend>
        {CONSENT_SCOPES.map((scope) => (
          <label key={scope} className="checkbox">
            <input type="checkbox" checked={scopes.includes(scope)} onChange={(e) => setScopes(toggled(scopes, scope, e.target.checked))} />
            <span>{t(`consent.scope.${scope}`)}</span>
          </label>
        ))}
        {shown('scopes') ? (
          <p className="field__problem" id="consent-scopes-problem">
            {shown('scopes')}
          </p>
        ) : null}
      </fieldset>
      <Field label={t('consent.field.method')}>
        {(c) => (
          <select {...c} className="input" value={method} onChange={(e) => setMethod(e.target.value as ConsentMethod)}>
            {CONSENT_METHODS.map((value) => (
              <option key={value} value={value}>
                {t(`consent.method.${value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {DAY_FIELDS.map((field) => (
        <Field key={field} label={t(`consent.field.${field}`)} hint={t('consent.field.dateHint')} problem={shown(field)}>
          {(c) => <input {...c} className="input input--date" dir="ltr" inputMode="numeric" autoComplete="off" maxLength={10} value={days[field]} onChange={(e) => setDays({ ...days, [field]: e.target.value })} />}
        </Field>
      ))}
      <Field label={t('consent.field.witness')}>
        {(c) => <input {...c} className="input" dir="auto" maxLength={LIMITS.field} value={witness} onChange={(e) => setWitness(e.target.value)} />}
      </Field>
      <Field label={t('consent.field.language')}>
        {(c) => <input {...c} className="input" dir="auto" maxLength={LIMITS.field} value={language} onChange={(e) => setLanguage(e.target.value)} />}
      </Field>
      <Field label={t('consent.field.notes')}>
        {(c) => <textarea {...c} className="input textarea textarea--short" dir="auto" rows={3} maxLength={LIMITS.paragraph} value={notes} onChange={(e) => setNotes(e.target.value)} />}
      </Field>
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('consent.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
