import { useState } from 'react';
import type { OfficerIdentity } from '../../../../shared/domain/bundles';
import type { AppErrorData } from '../../../../shared/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { Section } from '../../components/Section';
import { useI18n } from '../../i18n/use-i18n';
import { call, toErrorData } from '../../ipc/client';
import { Fingerprint } from './Fingerprint';

/** The officer's public signing key, for headquarters' list of trusted officers. */
export function IdentitySection({ identity, error }: { identity: OfficerIdentity | null; error: AppErrorData | null }) {
  const { t } = useI18n();
  const [saved, setSaved] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<AppErrorData | null>(null);

  async function save() {
    setSaveError(null);
    try {
      const { fileName } = await call('bundle:identity-save', {});
      if (fileName !== null) setSaved(fileName);
    } catch (caught) {
      setSaveError(toErrorData(caught));
    }
  }

  return (
    <Section id="export-identity" heading={t('identity.heading')} hint={t('identity.hint')}>
      <ErrorAlert error={error} />
      {identity ? (
        <>
          <p>
            <Fingerprint value={identity.fingerprint} />
          </p>
          <Field label={t('identity.publicKey')}>
            {(c) => <textarea {...c} className="input key-text" dir="ltr" translate="no" spellCheck={false} readOnly rows={2} value={identity.publicKeyFile.trimEnd()} />}
          </Field>
          <div>
            <button type="button" className="button" onClick={() => void save()}>
              {t('identity.save')}
            </button>
          </div>
          <p className="status-text" role="status">
            {saved !== null ? t('identity.saved', { file: saved }) : ''}
          </p>
          <ErrorAlert error={saveError} />
        </>
      ) : null}
    </Section>
  );
}
