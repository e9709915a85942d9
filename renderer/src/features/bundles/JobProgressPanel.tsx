import { useId, useState } from 'react';
import type { AppErrorData } from '../../../../shared/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFocusOnMount } from '../../components/use-focus-on-mount';
import { useI18n } from '../../i18n/use-i18n';
import { call, toErrorData } from '../../ipc/client';
import { formatBytes } from './byte-size';
import type { FollowedJob } from './use-job-progress';

/** A running job in bytes, with the pace's estimate and Cancel (nothing is left behind). */
export function JobProgressPanel({ heading, jobId, job, cancellable = true }: { heading: string; jobId: string; job: FollowedJob; cancellable?: boolean }) {
  const i18n = useI18n();
  const { t, tp } = i18n;
  const headingRef = useFocusOnMount<HTMLHeadingElement>();
  const headingId = useId();
  const [error, setError] = useState<AppErrorData | null>(null);
  const { latest, secondsLeft } = job;

  async function cancel() {
    try {
      await call('job:cancel', { jobId });
    } catch (caught) {
      setError(toErrorData(caught));
    }
  }

  return (
    <div className="stack">
      <h3 className="minor-heading" id={headingId} ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      <progress className="job-progress" aria-labelledby={headingId} max={latest?.total || 1} value={latest?.done ?? 0} />
      <p className="status-text" role="status">
        {latest ? t('progress.bytes', { done: formatBytes(latest.done, i18n), total: formatBytes(latest.total, i18n) }) : ''}
        {secondsLeft !== null ? ` ${t('progress.remaining', { time: tp('progress.seconds', secondsLeft) })}` : ''}
      </p>
      {cancellable ? (
        <div>
          <button type="button" className="button" onClick={() => void cancel()}>
            {t('progress.cancel')}
          </button>
        </div>
      ) : null}
      <ErrorAlert error={error} />
    </div>
  );
}
