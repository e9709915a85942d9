import type { JobKind } from '../../../shared/domain/jobs';
import { AppError } from '../../../shared/errors';
import type { JobRunner, ReportProgress } from './job-runner';

export type JobResult<T> = { state: 'done'; result: T } | { state: 'cancelled' };

type Ended<T> = JobResult<T> | { state: 'failed'; error: unknown };

/**
 * Jobs whose work returns something the page asks for once it ended (an export's hash, an
 * import's outcome): 'job:progress' carries counts only, so the result waits here, by job id,
 * until its '…-result' channel takes it. A failed job's error is thrown to that caller.
 */
export class JobResults<T> {
  private readonly ended = new Map<string, Promise<Ended<T>>>();

  start(jobs: JobRunner, kind: JobKind, work: (signal: AbortSignal, progress: ReportProgress) => Promise<T>): string {
    let result: { value: T } | undefined;
    const jobId = jobs.start(kind, async (signal, progress) => {
      result = { value: await work(signal, progress) };
    });
    const outcome = jobs.outcome(jobId) as NonNullable<ReturnType<JobRunner['outcome']>>;
    this.ended.set(
      jobId,
      outcome.then((end): Ended<T> => {
        if (end.state === 'done' && result) return { state: 'done', result: result.value };
        return end.state === 'failed' ? { state: 'failed', error: end.error } : { state: 'cancelled' };
      }),
    );
    return jobId;
  }

  /** At lock: results not yet read are dropped, with whatever they hold. */
  clear(): void {
    this.ended.clear();
  }

  /** Waits for the job to end; its result is handed out once. */
  async take(jobId: string): Promise<JobResult<T>> {
    const ended = this.ended.get(jobId);
    if (!ended) throw new AppError('NOT_FOUND', 'No such job, or its result was already read.');
    this.ended.delete(jobId);
    const end = await ended;
    if (end.state === 'failed') throw end.error;
    return end;
  }
}
