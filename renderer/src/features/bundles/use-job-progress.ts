import { useEffect, useState } from 'react';
import type { JobProgress } from '../../../../shared/domain/jobs';
import { onEvent } from '../../ipc/client';

export interface FollowedJob {
  latest: JobProgress | null;
  /** Seconds left at the pace so far; null until there is a pace to go by. */
  secondsLeft: number | null;
}

interface Seen {
  first: { done: number; at: number };
  latest: JobProgress;
  at: number;
}

/**
 * Follows one job's 'job:progress' by id (an attachment copy running beside it is not ours).
 * It listens from mount, before the job is started, so a small job that ends before its id
 * comes back is not missed. The estimate is the pace since the first step seen.
 */
export function useJobProgress(jobId: string | null, now: () => number = Date.now): FollowedJob {
  const [seen, setSeen] = useState<ReadonlyMap<string, Seen>>(new Map());
  useEffect(
    () =>
      onEvent('job:progress', (update) => {
        const at = now();
        setSeen((previous) => {
          const next = new Map(previous);
          const before = previous.get(update.jobId);
          next.set(update.jobId, { first: before?.first ?? { done: update.done, at }, latest: update, at });
          return next;
        });
      }),
    [now],
  );
  const job = jobId ? seen.get(jobId) : undefined;
  if (!job) return { latest: null, secondsLeft: null };
  const { first, latest, at } = job;
  const doneSince = latest.done - first.done;
  const elapsed = at - first.at;
  const secondsLeft = latest.state === 'running' && doneSince > 0 && elapsed > 0 ? Math.ceil(((latest.total - latest.done) * elapsed) / doneSince / 1000) : null;
  return { latest, secondsLeft };
}
