import { useState, type FormEvent } from 'react';
import type { AppErrorData } from '../../../../shared/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PassphraseInput } from '../../components/PassphraseInput';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { useI18n } from '../../i18n/use-i18n';
import { call, toErrorData } from '../../ipc/client';
import { useCountdown } from './use-countdown';

interface UnlockScreenProps {
  /** From vault:status: a throttle still running after a reload or restart. */
  initialRetryAfterMs: number;
  /** From vault:status: the last quick purge could not finish. */
  purgeFailed: boolean;
  onUnlocked: () => void;
}

export function UnlockScreen({ initialRetryAfterMs, purgeFailed, onUnlocked }: UnlockScreenProps) {
  const { t, tp } = useI18n();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState(false);
  const [retryUntil, setRetryUntil] = useState(() => (initialRetryAfterMs > 0 ? Date.now() + initialRetryAfterMs : 0));
  const secondsLeft = useCountdown(retryUntil);
  const inputRef = useFocusOnMount<HTMLInputElement>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || secondsLeft > 0 || passphrase.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      await call('vault:unlock', { passphrase });
      onUnlocked();
    } catch (caught) {
      const data = toErrorData(caught);
      setError(data);
      if (data.retryAfterMs) setRetryUntil(Date.now() + data.retryAfterMs);
      // A wrong passphrase is not kept on screen or in memory longer than needed.
      setPassphrase('');
      setBusy(false);
      inputRef.current?.focus();
    }
  }

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      <h1 className="heading">{t('unlock.heading')}</h1>
      <p className="lede">{t('unlock.intro')}</p>
      {purgeFailed ? (
        <div className="alert alert--error" role="alert" data-testid="purge-failed">
          <p className="alert__text">{t('unlock.purgeFailed')}</p>
        </div>
      ) : null}
      <PassphraseInput label={t('unlock.passphrase')} value={passphrase} onChange={setPassphrase} inputRef={inputRef} />
      <ErrorAlert error={error} />
      {secondsLeft > 0 ? (
        <p className="countdown" data-testid="retry-countdown">
          {tp('unlock.retryIn', secondsLeft)}
        </p>
      ) : null}
      <button className="button button--primary" type="submit" disabled={busy || secondsLeft > 0}>
        {busy ? t('unlock.working') : t('unlock.submit')}
      </button>
    </form>
  );
}
