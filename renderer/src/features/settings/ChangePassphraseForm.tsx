import { useId, useRef, useState, type FormEvent } from 'react';
import type { AppErrorData } from '../../../../shared/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PassphraseInput } from '../../components/PassphraseInput';
import { useI18n } from '../../i18n/use-i18n';
import { call, toErrorData } from '../../ipc/client';
import { NewPassphraseFields, useNewPassphrase } from '../vault/NewPassphraseFields';
import { useCountdown } from '../vault/use-countdown';


/**
 * vault:change-passphrase { current, next, rekey }. The same strength feedback and rules as
 * creating a notebook. "Someone may know the old passphrase" re-encrypts the database under a
 * new data key as well (slower; see electron/core/vault/rekey.ts). A wrong current passphrase counts toward the unlock throttle in the core; its
 * countdown is shown here as on the unlock screen. Passphrases leave React state as soon as
 * they are not needed (after success, and the current one after a failure).
 */
export function ChangePassphraseForm() {
  const { t, tp } = useI18n();
  const [current, setCurrent] = useState('');
  const next = useNewPassphrase();
  const [currentProblem, setCurrentProblem] = useState<string | undefined>();
  const [error, setError] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState(false);
  const [rekey, setRekey] = useState(false);
  const [done, setDone] = useState<'rewrapped' | 'rekeyed' | null>(null);
  const rekeyId = useId();
  const [retryUntil, setRetryUntil] = useState(0);
  const secondsLeft = useCountdown(retryUntil);
  const currentRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || secondsLeft > 0) return;
    const missingCurrent = current.length === 0 ? t('settings.passphrase.currentRequired') : undefined;
    setCurrentProblem(missingCurrent);
    setError(null);
    setDone(null);
    const nextIsValid = next.validate();
    if (missingCurrent || !nextIsValid) return;
    setBusy(true);
    try {
      await call('vault:change-passphrase', { current, next: next.value, rekey });
      setCurrent('');
      next.clear();
      setDone(rekey ? 'rekeyed' : 'rewrapped');
      setRekey(false);
    } catch (caught) {
      const data = toErrorData(caught);
      setError(data);
      if (data.retryAfterMs) setRetryUntil(Date.now() + data.retryAfterMs);
      setCurrent('');
      currentRef.current?.focus();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate aria-busy={busy}>
      <p className="muted">{t('settings.passphrase.intro')}</p>
      <PassphraseInput label={t('settings.passphrase.current')} problem={currentProblem} value={current} onChange={setCurrent} inputRef={currentRef} />
      <NewPassphraseFields state={next} labels={{ value: t('settings.passphrase.next'), confirm: t('settings.passphrase.confirm') }} />
      <div className="check">
        <input id={rekeyId} type="checkbox" checked={rekey} onChange={(event) => setRekey(event.target.checked)} aria-describedby={`${rekeyId}-hint`} />
        <label htmlFor={rekeyId}>{t('settings.passphrase.rekey')}</label>
      </div>
      <p id={`${rekeyId}-hint`} className="muted">
        {t('settings.passphrase.rekeyHint')}
      </p>
      <ErrorAlert error={error} />
      {secondsLeft > 0 ? (
        <p className="countdown" data-testid="change-retry-countdown">
          {tp('unlock.retryIn', secondsLeft)}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={busy || secondsLeft > 0}>
          {busy ? t(rekey ? 'settings.passphrase.rekeying' : 'settings.passphrase.working') : t('settings.passphrase.submit')}
        </button>
        <p className="status-text" role="status">
          {done === 'rekeyed' ? t('settings.passphrase.doneRekeyed') : done === 'rewrapped' ? t('settings.passphrase.done') : ''}
        </p>
      </div>
    </form>
  );
}
