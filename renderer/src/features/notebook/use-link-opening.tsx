import { useState } from 'react';
import type { AppErrorData } from '../../../../shared/errors';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useI18n } from '../../i18n/use-i18n';
import { call, toErrorData } from '../../ipc/client';

/**
 * Opening a link written in an entry: ask() shows a confirmation naming the full address and
 * warning that the browser may use the network; only on Confirm does it call link:open, which
 * the core refuses anyway while the allowOpeningLinks setting is off. The caller renders
 * `dialog` and an ErrorAlert of `error`; `opened` says the last confirmed link was handed over.
 */
export function useLinkOpening() {
  const { t } = useI18n();
  const [pending, setPending] = useState<string | null>(null);
  const [opened, setOpened] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);

  async function open(url: string) {
    setPending(null);
    setError(null);
    setOpened(false);
    try {
      await call('link:open', { url });
      setOpened(true);
    } catch (caught) {
      setError(toErrorData(caught));
    }
  }

  const dialog =
    pending === null ? null : (
      <ConfirmDialog title={t('editor.links.confirmTitle')} confirmLabel={t('editor.links.confirm')} onConfirm={() => void open(pending)} onCancel={() => setPending(null)}>
        <p>
          <code className="url url--block" dir="ltr">
            {pending}
          </code>
        </p>
        <p>{t('editor.links.warning')}</p>
      </ConfirmDialog>
    );
  return { ask: setPending, opened, error, dialog };
}
