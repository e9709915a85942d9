import { useMemo, useState, type FormEvent } from 'react';
import { estimateStrength, PASSPHRASE_MIN_LENGTH } from '../../../../shared/domain/passphrase';
import type { AppErrorData } from '../../../../shared/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PassphraseInput } from '../../components/PassphraseInput';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { useI18n } from '../../i18n/use-i18n';
import { call, toErrorData } from '../../ipc/client';
import { StrengthMeter } from './StrengthMeter';

interface Problems {
  passphrase?: string;
  confirm?: string;
}

export function CreateVaultScreen({ onCreated }: { onCreated: () => void }) {
  const { t, tp } = useI18n();
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [visible, setVisible] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState(false);
  const strength = useMemo(() => estimateStrength(passphrase), [passphrase]);
  const inputRef = useFocusOnMount<HTMLInputElement>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const next: Problems = {};
    // Code points, as the main process counts them: an Arabic or emoji passphrase is not penalised.
    if ([...passphrase].length < PASSPHRASE_MIN_LENGTH) next.passphrase = tp('create.tooShort', PASSPHRASE_MIN_LENGTH);
    else if (confirm !== passphrase) next.confirm = t('create.mismatch');
    setProblems(next);
    setError(null);
    if (next.passphrase || next.confirm) return;
    setBusy(true);
    try {
      await call('vault:create', { passphrase });
      onCreated();
    } catch (caught) {
      setError(toErrorData(caught));
      setBusy(false);
    }
  }

  return (
    <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
      <h1 className="heading">{t('create.heading')}</h1>
      <p className="lede">{t('create.intro')}</p>
      <PassphraseInput
        label={t('create.passphrase')}
        hint={tp('create.passphraseHint', PASSPHRASE_MIN_LENGTH)}
        problem={problems.passphrase}
        value={passphrase}
        onChange={setPassphrase}
        inputRef={inputRef}
        visible={visible}
        onVisibleChange={setVisible}
      />
      <StrengthMeter strength={strength} empty={passphrase.length === 0} />
      <PassphraseInput label={t('create.confirm')} problem={problems.confirm} value={confirm} onChange={setConfirm} visible={visible} />
      <ErrorAlert error={error} />
      <button className="button button--primary" type="submit" disabled={busy}>
        {busy ? t('create.working') : t('create.submit')}
      </button>
    </form>
  );
}
