import type { MeetingNote } from '../../../shared/domain/entries';
import type { IndexedText } from '../db/repositories/search-repository';
import { normalizeForSearch } from './normalize';

/**
 * What the search index holds for a note. Bump SEARCH_INDEX_VERSION whenever this or
 * normalizeForSearch changes what is indexed: every vault then rebuilds its index at unlock.
 */
export const SEARCH_INDEX_VERSION = '2';

export function indexedText(note: MeetingNote): IndexedText {
  return {
    title: normalizeForSearch(note.title),
    body: normalizeForSearch(note.body),
    extra: normalizeForSearch([note.location, note.participants].join('\n')),
  };
}
