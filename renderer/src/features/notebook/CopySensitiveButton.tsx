import { useState } from 'react';
import { SENSITIVE_CLIPBOARD_MS } from '../../../../shared/domain/clipboard';
import type { AppErrorData } from '../../../../shared/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n/use-i18n';
import { call, toErrorData } from '../../ipc/client';

const CLEARS_AFTER_SECONDS = SENSITIVE_CLIPBOARD_MS / 1000;

/**
 * Copies a sensitive field (names, contacts) through the main process, which clears the
 * clipboard 30 s later if it still holds the value, and at once on lock. Never
 * navigator.clipboard: the renderer's Permissions-Policy denies it, and a copy made here
 * would not be cleared.
 */
export function CopySensitiveButton({ text, label }: { text: string; label: string }) {
  const { t, tp } = useI18n();
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<AppErrorData | null>(null);

  async function copy() {
    setCopied(false);
    setError(null);
    try {
      await call('clipboard:copy-sensitive', { text });
      setCopied(true);
    } catch (caught) {
      setError(toErrorData(caught));
    }
  }

  return (
    <div className="copy-row">
      <button type="button" className="button button--small" aria-label={label} disabled={text.trim().length === 0} onClick={() => void copy()}>
        {t('editor.copy')}
      </button>
      <p className="status-text" role="status">
        {copied ? tp('editor.copied', CLEARS_AFTER_SECONDS) : ''}
      </p>
      <ErrorAlert error={error} />
    </div>
  );
}
