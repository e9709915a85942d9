import type { SearchResult } from '../shared/domain/search';
import { round, summarize, type Summary, type Timed } from './measure';
import type { BenchQuery, QueryKind } from './workload';

/** Turns per-query timings into the flat keys of the benchmark's JSON. */

export type QueryTiming = Timed<BenchQuery, SearchResult>;

/** The workload proper; `worst` (the 5 most frequent words) is reported on its own. */
const WORKLOAD_KINDS: readonly QueryKind[] = ['single', 'and', 'prefix'];
const ALL_KINDS: readonly QueryKind[] = [...WORKLOAD_KINDS, 'worst'];

export interface SearchFigures {
  overall: Summary;
  byKind: Record<QueryKind, Summary>;
  /** The slowest of the most-frequent-word queries (each itself a median of repetitions). */
  worstMs: number;
}

export function searchFigures(timings: readonly QueryTiming[]): SearchFigures {
  const ms = (kinds: readonly QueryKind[]) => timings.filter((t) => kinds.includes(t.item.kind)).map((t) => t.medianMs);
  const byKind = Object.fromEntries(ALL_KINDS.map((kind) => [kind, summarize(ms([kind]))])) as Record<QueryKind, Summary>;
  return { overall: summarize(ms(WORKLOAD_KINDS)), byKind, worstMs: byKind.worst.max };
}

export function searchKeys(label: string, encrypted: SearchFigures, plain: SearchFigures): Record<string, number> {
  return {
    [`search_p50_ms_${label}`]: encrypted.overall.p50,
    [`search_p95_ms_${label}`]: encrypted.overall.p95,
    [`search_max_ms_${label}`]: encrypted.overall.max,
    [`search_worst_ms_${label}`]: encrypted.worstMs,
    [`search_p50_ms_plain_${label}`]: plain.overall.p50,
    [`search_p95_ms_plain_${label}`]: plain.overall.p95,
    [`search_max_ms_plain_${label}`]: plain.overall.max,
    [`search_worst_ms_plain_${label}`]: plain.worstMs,
    [`search_p95_ratio_plain_${label}`]: round(encrypted.overall.p95 / plain.overall.p95, 3),
    [`search_worst_ratio_plain_${label}`]: round(encrypted.worstMs / plain.worstMs, 3),
  };
}

/** Per-kind p50/p95/max, encrypted and plain side by side: where the time goes. */
export function byKindTable(encrypted: SearchFigures, plain: SearchFigures) {
  return Object.fromEntries(
    ALL_KINDS.map((kind) => [
      kind,
      {
        p50: encrypted.byKind[kind].p50,
        p95: encrypted.byKind[kind].p95,
        max: encrypted.byKind[kind].max,
        p50_plain: plain.byKind[kind].p50,
        p95_plain: plain.byKind[kind].p95,
        max_plain: plain.byKind[kind].max,
      },
    ]),
  );
}

export interface QueryRow {
  kind: QueryKind;
  query: string;
  ranks: number[];
  ms: number;
  ms_plain: number;
  /** Matching notes (capped by the service), and whether ranking ran over a recent window only. */
  total: number;
  ranked_window: number | null;
  hits: number;
}

export function queryRows(encrypted: readonly QueryTiming[], plain: readonly QueryTiming[]): QueryRow[] {
  return encrypted.map((t, i) => ({
    kind: t.item.kind,
    query: t.item.text,
    ranks: t.item.ranks,
    ms: round(t.medianMs),
    ms_plain: round(plain[i]?.medianMs ?? Number.NaN),
    total: t.result.total,
    ranked_window: t.result.rankedWindow,
    hits: t.result.hits.length,
  }));
}

export function slowest(rows: readonly QueryRow[], count: number): QueryRow[] {
  return [...rows].sort((a, b) => b.ms - a.ms).slice(0, count);
}

export const TARGETS = {
  unlockMs: 1_500,
  searchP95Ms: 30,
  searchWorstMs: 50,
  ratio: 1.25,
  cliHelpRatio: 2,
  // Issue 8: headquarters imports bundles by the thousand; the vault stays small on a laptop.
  vaultBytesPerTextByte: 2.5,
  insertPerS: 2_500,
  listP95Ms: 50,
} as const;

/** Pass/fail against issue 2's and issue 8's targets, judged at 100k notes; null where that size was not run. */
export function evaluateTargets(metrics: Record<string, unknown>) {
  const num = (key: string) => {
    const value = metrics[key];
    return typeof value === 'number' ? value : undefined;
  };
  const check = (value: number | undefined, limit: number) => (value === undefined ? null : value <= limit);
  const atLeast = (value: number | undefined, floor: number) => (value === undefined ? null : value >= floor);
  const checks = {
    unlock_le_1500_ms: check(num('unlock_ms'), TARGETS.unlockMs),
    search_p95_100k_le_30_ms: check(num('search_p95_ms_100k'), TARGETS.searchP95Ms),
    search_worst_100k_le_50_ms: check(num('search_worst_ms_100k'), TARGETS.searchWorstMs),
    search_p95_ratio_plain_100k_le_1_25: check(num('search_p95_ratio_plain_100k'), TARGETS.ratio),
    cli_help_ratio_node_le_2: check(num('cli_help_ratio_node'), TARGETS.cliHelpRatio),
    vault_bytes_per_text_byte_100k_le_2_5: check(num('vault_bytes_per_text_byte_100k'), TARGETS.vaultBytesPerTextByte),
    // insert_per_s is the rate over the whole growth, so it is judged only when the run reached 100k.
    insert_per_s_ge_2500: num('search_p95_ms_100k') === undefined ? null : atLeast(num('insert_per_s'), TARGETS.insertPerS),
    list_p95_100k_le_50_ms: check(num('list_p95_ms_100k'), TARGETS.listP95Ms),
  };
  const values = Object.values(checks);
  return { ...checks, all: values.includes(null) ? null : values.every(Boolean) };
}
