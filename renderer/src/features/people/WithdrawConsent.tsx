import { useId, useState } from 'react';
import { LIMITS } from '../../../../shared/domain/kinds/common';
import type { AppErrorData } from '../../../../shared/errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/use-i18n';
import { call, toErrorData } from '../../ipc/client';

interface WithdrawConsentProps {
  consentId: string;
  onWithdrawn: () => void;
  /** The consent's editor holds unsaved changes: offered once they are saved or discarded, and said so. */
  saveFirst?: boolean;
}

/**
 * Withdraw, after a confirmation that says it cannot be undone: consent:withdraw stores it at
 * once, apart from any save of the entry (a withdrawal never waits for a save it did not ask for).
 */
export function WithdrawConsent({ consentId, onWithdrawn, saveFirst = false }: WithdrawConsentProps) {
  const { t } = useI18n();
  const hintId = useId();
  const [asking, setAsking] = useState(false);
  const [how, setHow] = useState('');
  const [error, setError] = useState<AppErrorData | null>(null);

  async function withdraw() {
    setAsking(false);
    setError(null);
    try {
      await call('consent:withdraw', { id: consentId, how: how.trim() });
      onWithdrawn();
    } catch (caught) {
      setError(toErrorData(caught));
    }
  }

  return (
    <>
      <ErrorAlert error={error} />
      <div className="button-row">
        <button
          type="button"
          className="button button--small button--danger"
          disabled={saveFirst}
          aria-describedby={saveFirst ? hintId : undefined}
          onClick={() => {
            setHow('');
            setAsking(true);
          }}
        >
          {t('consent.withdraw')}
        </button>
      </div>
      {saveFirst ? (
        <p className="field__hint" id={hintId}>
          {t('consent.withdrawSaveFirst')}
        </p>
      ) : null}
      {asking ? (
        <ConfirmDialog
          title={t('consent.withdrawTitle')}
          confirmLabel={t('consent.withdrawConfirm')}
          danger
          onCancel={() => setAsking(false)}
          onConfirm={() => void withdraw()}
          controls={
            <Field label={t('consent.withdrawHow')}>
              {(c) => <input {...c} className="input" dir="auto" maxLength={LIMITS.field} value={how} onChange={(e) => setHow(e.target.value)} />}
            </Field>
          }
        >
          <p>{t('consent.withdrawBody')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
