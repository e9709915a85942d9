import { describe, expect, it } from 'vitest';
import { JobRunner, nextSlice } from '../../../electron/core/jobs/job-runner';
import type { JobProgress } from '../../../shared/domain/jobs';
import { AppError } from '../../../shared/errors';

/** A runner whose every update is kept, in order. */
function observed() {
  const runner = new JobRunner();
  const updates: JobProgress[] = [];
  runner.onProgress((update) => updates.push(update));
  return { runner, updates };
}

/** Work of `slices` slices of 10 items, counting the slices it ran. */
function sliced(slices: number, ran: { count: number }) {
  return async (signal: AbortSignal, progress: (done: number, total: number) => void) => {
    for (let i = 0; i < slices; i += 1) {
      await nextSlice(signal);
      ran.count += 1;
      progress((i + 1) * 10, slices * 10);
    }
  };
}

describe('job runner', () => {
  it('reports each step of a job and its completion', async () => {
    const { runner, updates } = observed();
    const ran = { count: 0 };
    const id = runner.start('search-index', sliced(3, ran));
    // Nothing of the work runs on the caller's stack.
    expect(ran.count).toBe(0);
    expect(await runner.outcome(id)).toEqual({ state: 'done' });
    expect(updates.map(({ state, done, total }) => [state, done, total])).toEqual([
      ['running', 10, 30],
      ['running', 20, 30],
      ['running', 30, 30],
      ['done', 30, 30],
    ]);
    expect(updates.every((u) => u.jobId === id && u.kind === 'search-index' && u.unit === 'items')).toBe(true);
    expect(runner.outcome(id)).toBeUndefined();
  });

  it('stops a cancelled job at its next slice', async () => {
    const { runner, updates } = observed();
    const ran = { count: 0 };
    const id = runner.start('search-index', sliced(5, ran));
    runner.onProgress((u) => {
      if (u.done === 20 && u.state === 'running') runner.cancel(id);
    });
    expect(await runner.outcome(id)).toEqual({ state: 'cancelled' });
    expect(ran.count).toBe(2);
    expect(updates.at(-1)).toMatchObject({ state: 'cancelled', done: 20, total: 50 });
    expect(runner.cancel(id)).toBe(false);
  });

  it('cancels every running job at once (a lock)', async () => {
    const { runner } = observed();
    const ran = { count: 0 };
    const ids = [runner.start('search-index', sliced(4, ran)), runner.start('search-index', sliced(4, ran))];
    runner.cancelAll();
    const outcomes = ids.map((id) => runner.outcome(id) ?? Promise.reject(new Error(`job ${id} is not running`)));
    expect(await Promise.all(outcomes)).toEqual([{ state: 'cancelled' }, { state: 'cancelled' }]);
    expect(ran.count).toBe(0);
    await runner.idle();
  });

  it('says why a job failed in its AppError words, and hides anything else', async () => {
    const { runner, updates } = observed();
    const logged: unknown[] = [];
    runner.onFailure((_kind, error) => logged.push(error));
    const known = runner.start('search-index', () => Promise.reject(new AppError('STORAGE_FULL', 'The disk is full.')));
    const unknown = runner.start('search-index', () => Promise.reject(new Error('/home/officer/secret path')));
    expect((await runner.outcome(known))?.state).toBe('failed');
    expect((await runner.outcome(unknown))?.error).toBeInstanceOf(Error);
    const failures = updates.filter((u) => u.state === 'failed');
    expect(failures.find((u) => u.jobId === known)?.message).toBe('The disk is full.');
    expect(failures.find((u) => u.jobId === unknown)?.message).not.toMatch(/home|secret/);
    // Only the unexpected error goes to main's log: an AppError's words can name a file or a person,
    // and stderr often ends up on disk (journald, .xsession-errors).
    expect(logged.map((e) => (e as Error).message)).toEqual(['/home/officer/secret path']);
  });

  it('lets queued callbacks run between slices', async () => {
    const { runner } = observed();
    const ran = { count: 0 };
    const seenBetween: number[] = [];
    const id = runner.start('search-index', sliced(3, ran));
    runner.onProgress((u) => {
      if (u.done === 10 && u.state === 'running') setImmediate(() => seenBetween.push(ran.count));
    });
    await runner.outcome(id);
    expect(seenBetween).toEqual([1]);
  });
});
