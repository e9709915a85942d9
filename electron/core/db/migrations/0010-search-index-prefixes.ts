// Frozen history: this file imports nothing from the app. Change the schema with a new migration.
import type { Database } from 'better-sqlite3-multiple-ciphers';

export const version = 10;
export const name = 'search-index-prefixes';

/**
 * The search index without its 4-letter prefix index. Each prefix length FTS5 keeps is another
 * copy of every token's positions, about 0.4 times the notebook's text each: with '2 3 4' the
 * index was 1.8 times the text it indexes. A 4-letter prefix query is as quick without its own
 * index (it reads the few words that start so and joins their lists); 2 and 3 letters match so
 * many words that joining them at query time was 4 to 7 times slower, so those stay.
 *
 * The index is contentless (it cannot rebuild itself), so it is recreated empty and every
 * search_index_* mark in vault_meta is removed: the search-index upkeep then rebuilds it from
 * the entries at the next unlock, from the start (a mark of a rebuild under way would describe
 * the dropped index).
 */
export function up(db: Database): void {
  db.exec(`
    DROP TABLE search_index;
    CREATE VIRTUAL TABLE search_index USING fts5 (
      title, body, extra,
      content = '',
      contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3'
    );
    DELETE FROM vault_meta WHERE key LIKE 'search\\_index\\_%' ESCAPE '\\';
  `);
}
