import { randomUUID } from 'node:crypto';
import { setImmediate as afterPendingEvents } from 'node:timers/promises';
import type { JobKind, JobProgress, JobState, JobUnit } from '../../../shared/domain/jobs';
import { AppError } from '../../../shared/errors';

/** Reports how far a job has come; the runner pushes it to every progress listener. */
export type ReportProgress = (done: number, total: number, unit?: JobUnit) => void;

/**
 * A job's work. It must do its work in short synchronous slices and `await nextSlice(signal)`
 * between them: the main process's event loop then stays free for IPC and, above all, for a
 * lock on suspend or idle, which aborts `signal`.
 */
export type JobWork = (signal: AbortSignal, progress: ReportProgress) => Promise<void>;

/** How a job ended; `error` only when it failed (for the caller's log, never for the renderer). */
export interface JobOutcome {
  state: Exclude<JobState, 'running'>;
  error?: unknown;
}

interface Running {
  controller: AbortController;
  outcome: Promise<JobOutcome>;
}

const UNEXPECTED = 'The work stopped on an unexpected error.';

/**
 * Yields to the event loop (everything already queued runs first: IPC, timers, a lock), then
 * throws if the job was cancelled meanwhile. Call it between slices, and before the first.
 */
export async function nextSlice(signal: AbortSignal): Promise<void> {
  await afterPendingEvents();
  signal.throwIfAborted();
}

/**
 * Runs long work off the caller's stack, one job per start(), each with its own AbortSignal.
 * The vault session owns one and cancels every job at lock.
 */
export class JobRunner {
  private readonly running = new Map<string, Running>();
  private readonly listeners = new Set<(update: JobProgress) => void>();
  private readonly failureListeners = new Set<(kind: JobKind, error: unknown) => void>();

  /**
   * The whole error of a job that failed unexpectedly, for main's incident log (the renderer gets
   * a generic message). An AppError is the officer's own message, not an incident: its words may
   * name a file, and the log is stderr, which a desktop session often keeps on disk.
   */
  onFailure(listener: (kind: JobKind, error: unknown) => void): () => void {
    this.failureListeners.add(listener);
    return () => this.failureListeners.delete(listener);
  }

  onProgress(listener: (update: JobProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Starts `work` after the current event-loop turn; returns the job's id at once. The work's
   * first progress() announces the job ('running'); the runner adds the last word (done,
   * failed, cancelled).
   */
  start(kind: JobKind, work: JobWork): string {
    const jobId = randomUUID();
    const controller = new AbortController();
    let last: Pick<JobProgress, 'done' | 'total' | 'unit'> = { done: 0, total: 0, unit: 'items' };
    const report = (state: JobState, message?: string) =>
      this.emit({ jobId, kind, ...last, state, ...(message === undefined ? {} : { message }) });
    const progress: ReportProgress = (done, total, unit = last.unit) => {
      last = { done, total, unit };
      report('running');
    };
    const outcome = (async (): Promise<JobOutcome> => {
      try {
        await nextSlice(controller.signal);
        await work(controller.signal, progress);
        report('done');
        return { state: 'done' };
      } catch (error) {
        if (controller.signal.aborted) {
          report('cancelled');
          return { state: 'cancelled' };
        }
        if (error instanceof AppError) {
          report('failed', error.message);
        } else {
          report('failed', UNEXPECTED);
          for (const listener of this.failureListeners) listener(kind, error);
        }
        return { state: 'failed', error };
      } finally {
        this.running.delete(jobId);
      }
    })();
    this.running.set(jobId, { controller, outcome });
    return jobId;
  }

  /** Asks a running job to stop at its next slice; false when no such job is running. */
  cancel(jobId: string): boolean {
    const job = this.running.get(jobId);
    job?.controller.abort();
    return job !== undefined;
  }

  /** Every running job stops at its next slice (a lock: their notebook is closing). */
  cancelAll(): void {
    for (const { controller } of this.running.values()) controller.abort();
  }

  /** How a running job ends; undefined when no such job is running. */
  outcome(jobId: string): Promise<JobOutcome> | undefined {
    return this.running.get(jobId)?.outcome;
  }

  /** Resolves once no job is running (the CLI waits for a rebuild before it searches). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running.values()].map((job) => job.outcome));
  }

  private emit(update: JobProgress): void {
    for (const listener of this.listeners) listener(update);
  }
}
