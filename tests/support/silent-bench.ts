import { afterAll, beforeAll } from 'vitest';

/** The bench's progress lines off for the tests of this file (BENCH_SILENT), and as it was afterwards. */
export function useSilentBench(): void {
  const silent = process.env.BENCH_SILENT;
  beforeAll(() => {
    process.env.BENCH_SILENT = '1';
  });
  afterAll(() => {
    if (silent === undefined) delete process.env.BENCH_SILENT;
    else process.env.BENCH_SILENT = silent;
  });
}
