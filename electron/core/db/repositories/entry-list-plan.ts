import type { EntryListQuery } from '../../../../shared/domain/entries';

/** The SQL pieces of one list query: where its rows come from, how they sort, what narrows them. */
export interface ListPlan {
  from: string;
  where: string;
  /** The sort instant and the tie-break, as expressions an index orders by. */
  sortAt: string;
  seq: string;
  params: Record<string, string>;
}

/** entries_by_time's expression, word for word, so SQLite reads that index. */
const ENTRY_SORT_AT = 'coalesce(e.occurred_at, e.created_at)';

/**
 * Without a facet the entries' time indexes serve the list. With one, the first facet's rows
 * in entry_facets are already in time order (its key is facet, value, sort_at, seq): a
 * filtered page is one seek however rare or common the value; further facets are checked per
 * row. Only the shape goes into the SQL text; values are bound. `from` and `until` must be in
 * the stored form (canonicalInstant) to compare as text.
 */
export function listPlan(query: EntryListQuery): ListPlan {
  const [first, ...rest] = query.facets;
  const params: Record<string, string> = {};
  const where: string[] = [];
  let plan: Omit<ListPlan, 'where' | 'params'>;
  if (first) {
    plan = {
      from: `FROM entry_facets f${query.kind === undefined ? '' : ' JOIN entries e ON e.seq = f.entry_seq'}`,
      sortAt: 'f.sort_at',
      seq: 'f.entry_seq',
    };
    where.push('f.facet = @facet0 AND f.value = @value0');
    Object.assign(params, { facet0: first.facet, value0: first.value });
    rest.forEach((filter, i) => {
      const alias = `g${i + 1}`;
      where.push(`EXISTS (SELECT 1 FROM entry_facets ${alias} WHERE ${alias}.entry_seq = f.entry_seq AND ${alias}.facet = @facet${i + 1} AND ${alias}.value = @value${i + 1})`);
      Object.assign(params, { [`facet${i + 1}`]: filter.facet, [`value${i + 1}`]: filter.value });
    });
  } else {
    plan = { from: 'FROM entries e', sortAt: ENTRY_SORT_AT, seq: 'e.seq' };
  }
  if (query.kind !== undefined) {
    where.push('e.kind = @kind');
    params.kind = query.kind;
  }
  if (query.from !== undefined) {
    where.push(`${plan.sortAt} >= @from`);
    params.from = query.from;
  }
  if (query.until !== undefined) {
    where.push(`${plan.sortAt} < @until`);
    params.until = query.until;
  }
  return { ...plan, where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}
