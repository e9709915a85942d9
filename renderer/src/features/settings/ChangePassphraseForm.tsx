import { useMemo, useRef, useState, type FormEvent } from 'react';
import { estimateStrength, PASSPHRASE_MIN_LENGTH } from '../../../../shared/domain/passphrase';
import type { AppErrorData } from '../../../../shared/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PassphraseInput } from '../../components/PassphraseInput';
import { useI18n } from '../../i18n/use-i18n';
import { call, toErrorData } from '../../ipc/client';
import { StrengthMeter } from '../vault/StrengthMeter';
import { useCountdown } from '../vault/use-countdown';

interface Problems {
  current?: string;
  next?: string;
  confirm?: string;
}

/**
 * vault:change-passphrase { current, next }. The same strength feedback and rules as creating
 * a notebook. A wrong current passphrase counts toward the unlock throttle in the core; its
 * countdown is shown here as on the unlock screen. Passphrases leave React state as soon as
 * they are not needed (after success, and the current one after a failure).
 */
export function ChangePassphraseForm() {
  const { t, tp } = useI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [visible, setVisible] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [retryUntil, setRetryUntil] = useState(0);
  const secondsLeft = useCountdown(retryUntil);
  const strength = useMemo(() => estimateStrength(next), [next]);
  const currentRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || secondsLeft > 0) return;
    const found: Problems = {};
    if (current.length === 0) found.current = t('settings.passphrase.currentRequired');
    // Code points, as the main process counts them.
    if ([...next].length < PASSPHRASE_MIN_LENGTH) found.next = tp('create.tooShort', PASSPHRASE_MIN_LENGTH);
    else if (confirm !== next) found.confirm = t('create.mismatch');
    setProblems(found);
    setError(null);
    setDone(false);
    if (found.current || found.next || found.confirm) return;
    setBusy(true);
    try {
      await call('vault:change-passphrase', { current, next });
      setCurrent('');
      setNext('');
      setConfirm('');
      setVisible(false);
      setDone(true);
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
      <PassphraseInput label={t('settings.passphrase.current')} problem={problems.current} value={current} onChange={setCurrent} inputRef={currentRef} />
      <PassphraseInput
        label={t('settings.passphrase.next')}
        hint={tp('create.passphraseHint', PASSPHRASE_MIN_LENGTH)}
        problem={problems.next}
        value={next}
        onChange={setNext}
        visible={visible}
        onVisibleChange={setVisible}
      />
      <StrengthMeter strength={strength} empty={next.length === 0} />
      <PassphraseInput label={t('settings.passphrase.confirm')} problem={problems.confirm} value={confirm} onChange={setConfirm} visible={visible} />
      <ErrorAlert error={error} />
      {secondsLeft > 0 ? (
        <p className="countdown" data-testid="change-retry-countdown">
          {tp('unlock.retryIn', secondsLeft)}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button--primary" disabled={busy || secondsLeft > 0}>
          {busy ? t('settings.passphrase.working') : t('settings.passphrase.submit')}
        </button>
        <p className="status-text" role="status">
          {done ? t('settings.passphrase.done') : ''}
        </p>
      </div>
    </form>
  );
}
