import type { Notebook } from '../electron/core/services/notebook';
import { CIVIC_TOPICS, ENTRY_KINDS, isWritableKind, REPORTING_OUTLETS } from '../shared/domain/entries';
import { median, percentile, round } from './measure';
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

type ListFilter = Omit<Parameters<Notebook['entries']['list']>[0], 'limit' | 'offset' | 'after'>;

/** The lists the sidebar's places and filters open: by kind, tag, topic, outlet, country, period, and two at once. */
const LIST_FILTERS: readonly ListFilter[] = [
  ...ENTRY_KINDS.filter(isWritableKind).map((kind) => ({ kind })),
  { facets: [{ facet: 'tag', value: 'detention' }] },
  { facets: [{ facet: 'tag', value: 'protest' }] }, // the rarest tag of the corpus
  { facets: [{ facet: 'topic', value: CIVIC_TOPICS[0] }] },
  { facets: [{ facet: 'country', value: 'Belmora' }] },
  { kind: 'meeting', facets: [{ facet: 'outlet', value: REPORTING_OUTLETS[0] }] },
  { facets: [{ facet: 'tag', value: 'follow-up' }, { facet: 'topic', value: CIVIC_TOPICS[1] }] },
  { kind: 'meeting', from: '2023-01-01T00:00:00.000Z', until: '2024-01-01T00:00:00.000Z' },
  { facets: [{ facet: 'country', value: 'Arkavia' }], from: '2024-01-01T00:00:00.000Z', until: '2024-04-01T00:00:00.000Z' },
];

/** A filter as a short label for the slowest-lists report: `kind=meeting tag=detention 2023-01-01…`. */
function filterLabel(filter: ListFilter): string {
  const parts = [
    ...(filter.kind ? [`kind=${filter.kind}`] : []),
    ...(filter.facets ?? []).map((f) => `${f.facet}=${f.value}`),
    ...(filter.from || filter.until ? [`${filter.from?.slice(0, 10) ?? ''}…${filter.until?.slice(0, 10) ?? ''}`] : []),
  ];
  return parts.join(' ');
}

export interface ListTiming {
  filter: string;
  at: 'first' | 'middle' | 'cursor';
  total: number;
  ms: number;
}

/**
 * The filtered lists an officer opens: each filter at the top, in the middle (an offset walk)
 * and from a cursor in the middle (the next page of a scrolled list). `list_p95_ms` is the p95
 * of their medians; the timings themselves say which lists are the slow ones.
 */
export function filteredListTimings(notebook: Notebook): ListTiming[] {
  const { entries } = notebook;
  return LIST_FILTERS.flatMap((filter) => {
    const page = (offset: number, after?: string) => entries.list({ ...filter, limit: PAGE, offset, ...(after ? { after } : {}) });
    const total = page(0).total;
    const middle = Math.floor(total / 2);
    const cursor = page(middle).nextCursor ?? undefined;
    const timing = (at: ListTiming['at'], run: () => unknown): ListTiming => ({ filter: filterLabel(filter), at, total, ms: medianMs(run) });
    return [timing('first', () => page(0)), timing('middle', () => page(middle)), timing('cursor', () => page(0, cursor))];
  });
}

/**
 * What the virtual lists ask for, at one size: a notebook page at the top, in the middle (the
 * deepest an offset walk goes: past the middle it walks from the other end), at the end, and by
 * cursor from the middle; and a date-sorted search page for the most common word, first and deep.
 */
export function listPageKeys(label: string, notebook: Notebook, workload: readonly BenchQuery[], lists: readonly ListTiming[]): Record<string, number> {
  const { entries, search } = notebook;
  const total = entries.list({ kind: 'meeting', limit: 1, offset: 0 }).total;
  const middle = Math.floor(total / 2);
  const cursor = entries.list({ kind: 'meeting', limit: PAGE, offset: middle }).nextCursor ?? undefined;
  const common = workload.find((q) => q.kind === 'worst')?.text ?? '';
  return {
    [`list_p95_ms_${label}`]: round(percentile(lists.map((t) => t.ms), 95)),
    [`list_page_first_ms_${label}`]: medianMs(() => entries.list({ kind: 'meeting', limit: PAGE, offset: 0 })),
    [`list_page_middle_ms_${label}`]: medianMs(() => entries.list({ kind: 'meeting', limit: PAGE, offset: middle })),
    [`list_page_last_ms_${label}`]: medianMs(() => entries.list({ kind: 'meeting', limit: PAGE, offset: Math.max(0, total - PAGE) })),
    [`list_page_cursor_ms_${label}`]: medianMs(() => entries.list({ kind: 'meeting', limit: PAGE, offset: 0, ...(cursor ? { after: cursor } : {}) })),
    [`search_date_first_ms_${label}`]: medianMs(() => search.query({ query: common, limit: PAGE, offset: 0, sort: 'date' })),
    [`search_date_deep_ms_${label}`]: medianMs(() => search.query({ query: common, limit: PAGE, offset: 9_900, sort: 'date' })),
  };
}
