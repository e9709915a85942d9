import { useCallback, useEffect, useRef, useState } from 'react';
import type { JobProgress } from '../../../../shared/domain/jobs';
import type { AppErrorData } from '../../../../shared/errors';
import { call, onEvent, toErrorData } from '../../ipc/client';
import type { ChosenFile } from './chosen-file';

/** A file being copied into the vault: its name (the page's own, from the preview) and the job's last step. */
export interface Upload {
  jobId: string;
  name: string;
  /** When the add started, on the `now` clock. */
  startedAt: number;
  /** From the start to the last step: the estimate of time left is the rate over it. */
  elapsedMs: number;
  done: number;
  total: number;
}

export interface UploadOutcome {
  state: 'done' | 'cancelled' | 'failed';
  name: string;
}

export interface Uploads {
  uploads: Upload[];
  error: AppErrorData | null;
  start: (entryId: string, file: ChosenFile, stripLocation: boolean) => Promise<void>;
  cancel: (jobId: string) => void;
}

const monotonicNow = () => performance.now();

/**
 * Adds as jobs: each add's 'job:progress' (bytes) updates its row until it ends. A step can come
 * before attachment:add has answered with its job id, so steps are kept by job id until then.
 */
export function useUploads(onEnded: (outcome: UploadOutcome) => void, now: () => number = monotonicNow): Uploads {
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [error, setError] = useState<AppErrorData | null>(null);
  const early = useRef(new Map<string, JobProgress>());
  const onEndedRef = useRef(onEnded);
  useEffect(() => {
    onEndedRef.current = onEnded;
  });

  const apply = useCallback((step: JobProgress, name: string) => {
    if (step.state === 'running') {
      const at = now();
      setUploads((list) => list.map((upload) => (upload.jobId === step.jobId ? { ...upload, done: step.done, total: step.total, elapsedMs: at - upload.startedAt } : upload)));
      return;
    }
    setUploads((list) => list.filter((upload) => upload.jobId !== step.jobId));
    onEndedRef.current({ state: step.state, name });
  }, [now]);

  const names = useRef(new Map<string, string>());
  useEffect(
    () =>
      onEvent('job:progress', (step) => {
        if (step.kind !== 'attachment') return;
        const name = names.current.get(step.jobId);
        if (name === undefined) early.current.set(step.jobId, step);
        else apply(step, name);
      }),
    [apply],
  );

  const start = useCallback(
    async (entryId: string, file: ChosenFile, stripLocation: boolean) => {
      setError(null);
      try {
        const { jobId } = await call('attachment:add', { entryId, token: file.token, stripLocation });
        names.current.set(jobId, file.name);
        setUploads((list) => [...list, { jobId, name: file.name, startedAt: now(), elapsedMs: 0, done: 0, total: file.bytes }]);
        const step = early.current.get(jobId);
        early.current.delete(jobId);
        if (step) apply(step, file.name);
      } catch (caught) {
        setError(toErrorData(caught));
      }
    },
    [apply, now],
  );

  const cancel = useCallback((jobId: string) => {
    call('job:cancel', { jobId }).catch((caught: unknown) => setError(toErrorData(caught)));
  }, []);

  return { uploads, error, start, cancel };
}
