import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../shared/domain/search';
import { evaluateTargets, searchFigures, searchKeys, type QueryTiming } from '../../../bench/report';
import type { QueryKind } from '../../../bench/workload';

const RESULT: SearchResult = { hits: [], total: 0, totalIsLowerBound: false, rankedWindow: null };
const timing = (kind: QueryKind, medianMs: number): QueryTiming => ({
  item: { kind, text: 'x', ranks: [1] },
  medianMs,
  samplesMs: [medianMs],
  result: RESULT,
});

describe('bench report', () => {
  it('keeps the most frequent words out of the workload percentiles and reports them as the worst case', () => {
    const figures = searchFigures([
      timing('single', 1),
      timing('and', 2),
      timing('prefix', 3),
      timing('worst', 40),
      timing('worst', 90),
    ]);
    expect(figures.overall).toMatchObject({ n: 3, p50: 2, max: 3 });
    expect(figures.worstMs).toBe(90);
    expect(figures.byKind.worst.n).toBe(2);
  });

  it('names keys by size and divides encrypted by plain', () => {
    const encrypted = searchFigures([timing('single', 12), timing('worst', 30)]);
    const plain = searchFigures([timing('single', 10), timing('worst', 20)]);
    expect(searchKeys('100k', encrypted, plain)).toMatchObject({
      search_p95_ms_100k: 12,
      search_worst_ms_100k: 30,
      search_p95_ms_plain_100k: 10,
      search_p95_ratio_plain_100k: 1.2,
      search_worst_ratio_plain_100k: 1.5,
    });
  });

  it('judges the targets at 100k, and says null where 100k was not run', () => {
    const pass = {
      unlock_ms: 1_400,
      search_p95_ms_100k: 30,
      search_worst_ms_100k: 49,
      search_p95_ratio_plain_100k: 1.25,
      cli_help_ratio_node: 2,
      vault_bytes_per_text_byte_100k: 2.5,
      insert_per_s: 2_500,
      list_p95_ms_100k: 50,
    };
    expect(evaluateTargets(pass).all).toBe(true);
    expect(evaluateTargets({ ...pass, vault_bytes_per_text_byte_100k: 2.51 })).toMatchObject({ vault_bytes_per_text_byte_100k_le_2_5: false, all: false });
    expect(evaluateTargets({ ...pass, insert_per_s: 2_499 })).toMatchObject({ insert_per_s_ge_2500: false, all: false });
    expect(evaluateTargets({ ...pass, list_p95_ms_100k: 51 })).toMatchObject({ list_p95_100k_le_50_ms: false, all: false });
    // A quick run's insert rate says nothing about 100k.
    expect(evaluateTargets({ insert_per_s: 9_000 })).toMatchObject({ insert_per_s_ge_2500: null });
    expect(evaluateTargets({ ...pass, cli_help_ratio_node: 2.1 })).toMatchObject({ cli_help_ratio_node_le_2: false, all: false });
    expect(evaluateTargets({ ...pass, search_worst_ms_100k: 51 })).toMatchObject({ search_worst_100k_le_50_ms: false, all: false });
    expect(evaluateTargets({ unlock_ms: 900 })).toMatchObject({ unlock_le_1500_ms: true, search_p95_100k_le_30_ms: null, all: null });
  });
});
