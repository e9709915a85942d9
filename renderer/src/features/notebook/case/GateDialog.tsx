import { useId, useState } from 'react';
import type { ConsentGap, ConsentScope } from '../../../../../shared/domain/consent-vocabulary';
import { LIMITS } from '../../../../../shared/domain/entries';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useI18n } from '../../../i18n/use-i18n';

interface GateDialogProps {
  scope: ConsentScope;
  gap: ConsentGap;
  onOverride: (reason: string) => void;
  onCancel: () => void;
}

/**
 * The do-no-harm gate at the moment of acting: which consent is missing and why, and the only
 * way on, a written reason (kept in the case; the core audits the override when it is saved).
 */
export function GateDialog({ scope, gap, onOverride, onCancel }: GateDialogProps) {
  const { t } = useI18n();
  const id = useId();
  const [reason, setReason] = useState('');
  return (
    <ConfirmDialog
      title={t('case.gate.title')}
      confirmLabel={t('case.gate.confirm')}
      confirmDisabled={reason.trim() === ''}
      onConfirm={() => onOverride(reason.trim())}
      onCancel={onCancel}
      controls={
        <div className="field">
          <label className="field__label" htmlFor={id}>
            {t('case.gate.reason')}
          </label>
          <textarea id={id} className="input" dir="auto" rows={3} maxLength={LIMITS.paragraph} value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
      }
    >
      {t('case.gate.body', { scope: t(`consent.scope.${scope}`), gap: t(`case.gap.${gap}`) })}
    </ConfirmDialog>
  );
}
