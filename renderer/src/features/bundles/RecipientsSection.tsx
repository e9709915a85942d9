import { useState, type FormEvent } from 'react';
import type { BundleRecipientView } from '../../../../shared/domain/bundles';
import type { AppErrorData } from '../../../../shared/errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n/use-i18n';
import { call, toErrorData } from '../../ipc/client';
import { Fingerprint } from './Fingerprint';

/** age's X25519 recipient as age-keygen prints it: the core checks it fully, this only catches a wrong paste early. */
const AGE_RECIPIENT = /^age1[02-9ac-hj-np-z]{58}$/;

interface RecipientsSectionProps {
  recipients: readonly BundleRecipientView[];
  /** The list could not be read. */
  error: AppErrorData | null;
  onChanged: () => void;
}

/** Headquarters keys: added by paste with a name, usable only once marked verified out of band. */
export function RecipientsSection({ recipients, error: loadError, onChanged }: RecipientsSectionProps) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState<BundleRecipientView | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

  async function verify(recipient: BundleRecipientView) {
    setConfirming(null);
    setError(null);
    try {
      await call('bundle:recipient-verify', { name: recipient.name });
      onChanged();
    } catch (caught) {
      setError(toErrorData(caught));
    }
  }

  return (
    <Section id="export-recipients" heading={t('recipients.heading')} hint={t('recipients.hint')}>
      <ErrorAlert error={loadError} />
      {recipients.length === 0 ? (
        <p>{t('recipients.empty')}</p>
      ) : (
        <ul className="recipient-list">
          {recipients.map((recipient) => (
            <li key={recipient.name} className="recipient">
              <span className="recipient__name" dir="auto">
                {recipient.name}
              </span>
              <Fingerprint value={recipient.fingerprint} />
              {recipient.verified ? (
                <span className="badge badge--ok">{t('recipients.verified')}</span>
              ) : (
                <>
                  <span className="badge">{t('recipients.unverified')}</span>
                  <button type="button" className="button" onClick={() => setConfirming(recipient)}>
                    {t('recipients.verify', { name: recipient.name })}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <ErrorAlert error={error} />
      <AddRecipientForm onAdded={onChanged} />
      {confirming ? (
        <ConfirmDialog title={t('recipients.verifyTitle')} confirmLabel={t('recipients.verifyConfirm')} onConfirm={() => void verify(confirming)} onCancel={() => setConfirming(null)}>
          <p>{t('recipients.verifyBody')}</p>
          <p>
            <span dir="auto">{confirming.name}</span>: <Fingerprint value={confirming.fingerprint} labelled={false} />
          </p>
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}

function AddRecipientForm({ onAdded }: { onAdded: () => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [key, setKey] = useState('');
  const [tried, setTried] = useState(false);
  const [added, setAdded] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const nameProblem = name.trim() === '' ? t('recipients.problem.name') : undefined;
  const keyProblem = AGE_RECIPIENT.test(key.trim()) ? undefined : t('recipients.problem.key');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    setAdded(false);
    setError(null);
    if (nameProblem || keyProblem) return;
    try {
      await call('bundle:recipient-add', { name: name.trim(), recipient: key.trim(), verified: false });
      setName('');
      setKey('');
      setTried(false);
      setAdded(true);
      onAdded();
    } catch (caught) {
      setError(toErrorData(caught));
    }
  }

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      <Field label={t('recipients.name')} hint={t('recipients.nameHint')} problem={tried ? nameProblem : undefined}>
        {(c) => <input {...c} className="input" dir="auto" autoComplete="off" maxLength={64} value={name} onChange={(event) => setName(event.target.value)} />}
      </Field>
      <Field label={t('recipients.key')} hint={t('recipients.keyHint')} problem={tried ? keyProblem : undefined}>
        {(c) => <input {...c} className="input input--key" dir="ltr" autoComplete="off" spellCheck={false} maxLength={100} value={key} onChange={(event) => setKey(event.target.value)} />}
      </Field>
      <div>
        <button type="submit" className="button">
          {t('recipients.add')}
        </button>
      </div>
      <p className="status-text" role="status">
        {added ? t('recipients.added') : ''}
      </p>
      <ErrorAlert error={error} />
    </form>
  );
}
