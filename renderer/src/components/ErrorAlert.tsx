import type { ReactNode } from 'react';
import type { AppErrorData } from '../../../shared/errors';
import { errorMessage } from '../i18n/error-message';
import { useI18n } from '../i18n/use-i18n';

/**
 * The live region is always in the DOM (an element that appears already filled is not reliably
 * announced); only its content changes. The message is translated from the code, never the
 * main process's English text.
 */
export function ErrorAlert({ error, children }: { error: AppErrorData | null; children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="alert-region" role="alert" aria-live="assertive">
      {error ? (
        <div className="alert alert--error" data-error-code={error.code}>
          <p className="alert__text">{errorMessage(t, error)}</p>
          {children}
        </div>
      ) : null}
    </div>
  );
}
