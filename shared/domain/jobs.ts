import { z } from 'zod';

/**
 * Long work the main process runs in slices (electron/core/jobs).
 */
export const JOB_KINDS = ['search-index', 'attachment', 'bundle-export', 'bundle-import'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export const JOB_UNITS = ['items', 'bytes'] as const;
export type JobUnit = (typeof JOB_UNITS)[number];

/** 'cancelled' covers both the officer's cancel and a lock, which aborts every job. */
export const JOB_STATES = ['running', 'done', 'failed', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];

export const jobIdSchema = z.uuid();

/** One step of a job, pushed to the renderer as 'job:progress'. Counts only: never a title, a name or a path. */
export const jobProgressSchema = z.strictObject({
  jobId: jobIdSchema,
  kind: z.enum(JOB_KINDS),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  unit: z.enum(JOB_UNITS),
  state: z.enum(JOB_STATES),
  /** Why a job failed, in the words of its AppError; absent otherwise. */
  message: z.string().max(500).optional(),
});
export type JobProgress = z.infer<typeof jobProgressSchema>;
