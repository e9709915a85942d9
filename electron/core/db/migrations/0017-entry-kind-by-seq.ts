// Frozen history: this file imports nothing from the app. Change the schema with a new migration.
import type { Database } from 'better-sqlite3-multiple-ciphers';

export const version = 17;
export const name = 'entry-kind-by-seq';

/**
 * A list filtered by a facet and a kind (meetings sent to headquarters) walks the facet's rows
 * and checks each entry's kind. Without this index that check reads the entry's row: one
 * 16 KiB page per entry, and at 100,000 entries the table is several times the page cache, so
 * a filtered count read and decrypted tens of thousands of pages (bench: list_p95_ms_100k).
 * This index answers it from a few small pages. Additive.
 */
export function up(db: Database): void {
  db.exec('CREATE INDEX entries_kind_by_seq ON entries (seq, kind)');
}
