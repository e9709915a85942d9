import type { ListFilters } from '../../renderer/src/features/filters/list-filters';
import type { EntryKind } from '../../shared/domain/entry-vocabulary';

export const FILTER_PERSON = '0b6a4c3e-1f2d-4a5b-8c7d-9e0f1a2b3c4d';
export const FILTER_CASE = '7f1e2d3c-4b5a-4968-8776-655443322110';

/** Every list filter on at once (March 2026), so a mapping that forgets one shows it. */
export function everyFilter(kind: EntryKind): ListFilters {
  return {
    kind,
    topic: 'surveillance',
    outlet: 'country-reports',
    tag: 'land rights',
    person: { id: FILTER_PERSON, label: 'Cedar' },
    case: { id: FILTER_CASE, label: 'Case of Cedar' },
    from: '2026-03-01',
    until: '2026-03-31',
  };
}
