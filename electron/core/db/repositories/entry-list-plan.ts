import type { EntryListQuery } from '../../../../shared/domain/entries';

/** The SQL pieces of one list query: where its rows come from, how they sort, what narrows them. */
export interface ListPlan {
  from: string;
  where: string;
  /** The sort instant (milliseconds) and the tie-break, as columns an index orders by. */
  sortAt: string;
  seq: string;
  params: Record<string, string | number>;
}

/**
 * Without a facet the entries' time indexes (entries_by_sort, entries_by_kind_sort) serve the
 * list. With one, the first facet's rows in entry_facet_keys are already in time order (its
 * key is value id, sort_ms, seq): a filtered page is one seek however rare or common the value;
 * further facets are checked per row. `valueIds` are the facets' ids in facet_values, the one
 * to walk first (the repository puts the rarest there) then the ones to check. Only the shape goes into the SQL text; values are bound. `from` and `until`
 * are instants (ISO 8601), compared as milliseconds.
 */
export function listPlan(query: EntryListQuery, valueIds: readonly number[]): ListPlan {
  const [first, ...rest] = valueIds;
  const params: Record<string, string | number> = {};
  const where: string[] = [];
  let plan: Omit<ListPlan, 'where' | 'params'>;
  if (first !== undefined) {
    plan = {
      // The kind is read from the small (seq, kind) index, never from the entries' own wide pages (the planner would pick those).
      from: `FROM entry_facet_keys f${query.kind === undefined ? '' : ' JOIN entries e INDEXED BY entries_kind_by_seq ON e.seq = f.entry_seq'}`,
      sortAt: 'f.sort_ms',
      seq: 'f.entry_seq',
    };
    where.push('f.value_id = @value0');
    params.value0 = first;
    rest.forEach((id, i) => {
      const alias = `g${i + 1}`;
      where.push(`EXISTS (SELECT 1 FROM entry_facet_keys ${alias} WHERE ${alias}.entry_seq = f.entry_seq AND ${alias}.value_id = @value${i + 1})`);
      params[`value${i + 1}`] = id;
    });
  } else {
    plan = { from: 'FROM entries e', sortAt: 'e.sort_ms', seq: 'e.seq' };
  }
  if (query.kind !== undefined) {
    where.push('e.kind = @kind');
    params.kind = query.kind;
  }
  if (query.from !== undefined) {
    where.push(`${plan.sortAt} >= @from`);
    params.from = Date.parse(query.from);
  }
  if (query.until !== undefined) {
    where.push(`${plan.sortAt} < @until`);
    params.until = Date.parse(query.until);
  }
  return { ...plan, where: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}
