import { useId, useState } from 'react';
import { PURGE_CONFIRMATION } from '../../../../shared/domain/vault';
import type { AppErrorData } from '../../../../shared/errors';
import { dropEverythingAndReload } from '../../app/teardown';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/use-i18n';
import { call, toErrorData } from '../../ipc/client';

/**
 * Quick purge, for the moment a laptop is about to be seized. Two deliberate steps with two
 * different controls, so no single slip (a stray Enter, a double click landing on the same
 * spot) can destroy the notebook: step 1 opens an alertdialog that says exactly what happens;
 * step 2 needs the "I understand" box ticked and a separate "Destroy the notebook now" button.
 * Then vault:purge carries the typed-out PURGE_CONFIRMATION, and the page reloads to the
 * create-notebook screen (the desktop app then quits: the purge removed its profile too). No
 * animation, no countdown: once decided, it is fast.
 */
export function PurgeSection() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);
  const checkId = useId();

  function close() {
    setOpen(false);
    setUnderstood(false);
  }

  async function destroy() {
    if (!understood || busy) return;
    setBusy(true);
    setError(null);
    try {
      await call('vault:purge', { confirm: PURGE_CONFIRMATION });
      dropEverythingAndReload();
    } catch (caught) {
      setError(toErrorData(caught));
      setBusy(false);
      close();
    }
  }

  return (
    <div className="stack stack--tight">
      <p>{t('settings.purge.intro')}</p>
      <div>
        <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
          {t('settings.purge.start')}
        </button>
      </div>
      <ErrorAlert error={error} />
      {open ? (
        <ConfirmDialog
          title={t('settings.purge.dialogTitle')}
          confirmLabel={busy ? t('settings.purge.working') : t('settings.purge.confirm')}
          confirmDisabled={!understood || busy}
          danger
          onConfirm={() => void destroy()}
          onCancel={close}
          controls={
            <div className="check check--strong">
              <input id={checkId} type="checkbox" checked={understood} onChange={(event) => setUnderstood(event.target.checked)} />
              <label htmlFor={checkId}>{t('settings.purge.understand')}</label>
            </div>
          }
        >
          <p>{t('settings.purge.explain')}</p>
          <p>{t('settings.purge.ssd')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
