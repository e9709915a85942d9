import type { PersonSummary } from '../../../../../shared/domain/people';
import { useLoad } from '../../../components/use-load';
import { call } from '../../../ipc/client';

/** People by id, for showing a linked record by its pseudonym (never a name). */
export function usePseudonyms(): ReadonlyMap<string, PersonSummary> {
  const { data } = useLoad('people:', () => call('person:list', { limit: 500 }));
  return new Map((data?.people ?? []).map((person) => [person.id, person]));
}
