// Frozen history: this file imports nothing from the app. Change the schema with a new migration.
import type { Database } from 'better-sqlite3-multiple-ciphers';

export const version = 16;
export const name = 'search-index-without-prefixes';

/**
 * The search index without prefix indexes. Each prefix length FTS5 keeps is another copy of
 * every token's position lists: at 20,000 bench notes the index with '2 3' took 1.36 bytes per
 * byte of text and a third of a batched import's time went into writing it; with none it takes
 * 0.59, and the vault drops from 3.0 to about 2.2 bytes per text byte. A prefix query now reads
 * the words that start so and joins their lists; the search service bounds it as it bounds a
 * frequent word (a ranked window of the newest matches, a capped count). bench/ times 3- and
 * 4-letter prefixes at 100,000 notes.
 *
 * Still detail=full: a quoted phrase needs token positions. The index is contentless (it
 * cannot rebuild itself), so it is recreated empty and every search_index_* mark in vault_meta
 * is removed: the search-index upkeep rebuilds it from the entries at the next unlock, as after
 * migration 10.
 */
export function up(db: Database): void {
  db.exec(`
    DROP TABLE search_index;
    CREATE VIRTUAL TABLE search_index USING fts5 (
      title, body, extra,
      content = '',
      contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2'
    );
    DELETE FROM vault_meta WHERE key LIKE 'search\\_index\\_%' ESCAPE '\\';
  `);
}
