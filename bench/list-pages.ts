import type { Notebook } from '../electron/core/services/notebook';
import { median, round } from './measure';
import type { BenchQuery } from './workload';

const PAGE = 100;
const SAMPLES = 5;

function medianMs(run: () => unknown): number {
  run(); // warm-up: statements prepared, pages cached
  const samples = Array.from({ length: SAMPLES }, () => {
    const started = performance.now();
    run();
    return performance.now() - started;
  });
  return round(median(samples));
}

/**
 * What the virtual lists ask for, at one size: a notebook page at the top, in the middle (the
 * deepest an offset walk goes: past the middle it walks from the other end), at the end, and by
 * cursor from the middle; and a date-sorted search page for the most common word, first and deep.
 */
export function listPageKeys(label: string, notebook: Notebook, workload: readonly BenchQuery[]): Record<string, number> {
  const { entries, search } = notebook;
  const total = entries.list({ kind: 'meeting', limit: 1, offset: 0 }).total;
  const middle = Math.floor(total / 2);
  const cursor = entries.list({ kind: 'meeting', limit: PAGE, offset: middle }).nextCursor ?? undefined;
  const common = workload.find((q) => q.kind === 'worst')?.text ?? '';
  return {
    [`list_page_first_ms_${label}`]: medianMs(() => entries.list({ kind: 'meeting', limit: PAGE, offset: 0 })),
    [`list_page_middle_ms_${label}`]: medianMs(() => entries.list({ kind: 'meeting', limit: PAGE, offset: middle })),
    [`list_page_last_ms_${label}`]: medianMs(() => entries.list({ kind: 'meeting', limit: PAGE, offset: Math.max(0, total - PAGE) })),
    [`list_page_cursor_ms_${label}`]: medianMs(() => entries.list({ kind: 'meeting', limit: PAGE, offset: 0, ...(cursor ? { after: cursor } : {}) })),
    [`search_date_first_ms_${label}`]: medianMs(() => search.query({ query: common, limit: PAGE, offset: 0, sort: 'date' })),
    [`search_date_deep_ms_${label}`]: medianMs(() => search.query({ query: common, limit: PAGE, offset: 9_900, sort: 'date' })),
  };
}
