import type { OfficerIdentity } from '../../../../shared/domain/bundles';
import type { AppErrorData } from '../../../../shared/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/use-i18n';
import { Fingerprint } from './Fingerprint';

/** The officer's public signing key, for headquarters' list of trusted officers. */
export function IdentitySection({ identity, error }: { identity: OfficerIdentity | null; error: AppErrorData | null }) {
  const { t } = useI18n();
  return (
    <section className="settings-section" aria-labelledby="export-identity">
      <h2 className="subheading" id="export-identity">
        {t('identity.heading')}
      </h2>
      <p className="muted">{t('identity.hint')}</p>
      <ErrorAlert error={error} />
      {identity ? (
        <>
          <p>
            <Fingerprint value={identity.fingerprint} />
          </p>
          <Field label={t('identity.publicKey')}>
            {(c) => <textarea {...c} className="input key-text" dir="ltr" translate="no" spellCheck={false} readOnly rows={2} value={identity.publicKeyFile.trimEnd()} />}
          </Field>
        </>
      ) : null}
    </section>
  );
}
