import { useState, type FormEvent } from 'react';
import type { AppErrorData } from '../../../../shared/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { useI18n } from '../../i18n/use-i18n';
import { call, toErrorData } from '../../ipc/client';
import { NewPassphraseFields, useNewPassphrase } from './NewPassphraseFields';

export function CreateVaultScreen({ onCreated }: { onCreated: () => void }) {
  const { t } = useI18n();
  const passphrase = useNewPassphrase();
  const [error, setError] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useFocusOnMount<HTMLInputElement>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!passphrase.validate()) return;
    setBusy(true);
    try {
      await call('vault:create', { passphrase: passphrase.value });
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
      <NewPassphraseFields state={passphrase} labels={{ value: t('create.passphrase'), confirm: t('create.confirm') }} inputRef={inputRef} />
      <ErrorAlert error={error} />
      <button className="button button--primary" type="submit" disabled={busy}>
        {busy ? t('create.working') : t('create.submit')}
      </button>
    </form>
  );
}
