import type { Entry } from '../../../shared/domain/entries';
import type { IndexedText } from '../db/repositories/search-repository';
import { kindOf } from '../kinds';
import { normalizeForSearch } from './normalize';

/**
 * What the search index holds for an entry. Bump SEARCH_INDEX_VERSION whenever this or
 * normalizeForSearch changes what is indexed: every vault then rebuilds its index at unlock.
 */
export const SEARCH_INDEX_VERSION = '3';

export function indexedText(entry: Entry): IndexedText {
  const short = [entry.location, entry.country, ...entry.tags, ...kindOf(entry).searchFields(entry).map((f) => f.text)];
  return {
    title: normalizeForSearch(entry.title),
    body: normalizeForSearch(entry.body),
    extra: normalizeForSearch(short.filter((text) => text !== '').join('\n')),
  };
}
