import type { z } from 'zod';
import type { exportFilterSchema } from '../../../../shared/domain/bundles';
import { toListQuery, type ListFilters } from '../filters';

export type ExportFilterInput = z.input<typeof exportFilterSchema>;

/**
 * The list filters as an export's filter: the same selection the notebook list shows for them
 * (local calendar days, `until` included), so what the officer checked in a list is what leaves.
 */
export function toExportFilter(filters: ListFilters, revisions: boolean): ExportFilterInput {
  const { kind, facets, from, until } = toListQuery(filters);
  return { ...(kind ? { kind } : {}), facets, ...(from ? { since: from } : {}), ...(until ? { until } : {}), revisions };
}
