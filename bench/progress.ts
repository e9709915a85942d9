/** Progress goes to stderr, so stdout carries nothing but the JSON. BENCH_SILENT=1 mutes it (tests). */
const started = performance.now();

export function secondsSinceStart(): number {
  return (performance.now() - started) / 1000;
}

export function progress(message: string): void {
  if (process.env.BENCH_SILENT === '1') return;
  process.stderr.write(`[bench ${secondsSinceStart().toFixed(1).padStart(6)}s] ${message}\n`);
}
