/** Too early to say: a rate from the first instants of a copy swings wildly (disk caches, start-up). */
const MIN_ELAPSED_MS = 1000;

/**
 * Seconds until a copy ends at the average rate so far, rounded up; null while there is too
 * little to go on (under a second in, or nothing copied yet) or when it is done.
 */
export function secondsLeft(done: number, total: number, elapsedMs: number): number | null {
  if (done <= 0 || done >= total || elapsedMs < MIN_ELAPSED_MS) return null;
  const bytesPerMs = done / elapsedMs;
  return Math.ceil((total - done) / bytesPerMs / 1000);
}
