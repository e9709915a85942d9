import type { Db } from '../db/driver';
import type { EntriesRepository } from '../db/repositories/entries-repository';
import type { MetaRepository } from '../db/repositories/meta-repository';
import type { SearchRepository } from '../db/repositories/search-repository';
import { indexedText, SEARCH_INDEX_VERSION } from '../search/indexed-text';

const VERSION_KEY = 'search_index_version';
const PAGE = 500;

/**
 * Rebuilds the search index from the entries when it was built by another normalisation
 * (an upgrade), in one transaction: a crash halfway leaves the old index and version, and the
 * next unlock tries again. Runs at unlock; on a large notebook an upgrade costs about as long
 * as importing the notes once. Returns whether it rebuilt.
 */
export function keepSearchIndexCurrent(db: Db, meta: MetaRepository, entries: EntriesRepository, index: SearchRepository): boolean {
  if (meta.get(VERSION_KEY) === SEARCH_INDEX_VERSION) return false;
  db.transaction(() => {
    index.clear();
    const seqs = entries.allSeqs();
    for (let start = 0; start < seqs.length; start += PAGE) {
      for (const { seq, note } of entries.findManyBySeq(seqs.slice(start, start + PAGE))) index.add(seq, indexedText(note));
    }
    meta.set(VERSION_KEY, SEARCH_INDEX_VERSION);
  })();
  return true;
}
