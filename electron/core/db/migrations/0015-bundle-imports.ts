// Frozen history: this file imports nothing from the app. Change the schema with a new migration.
import type { Database } from 'better-sqlite3-multiple-ciphers';

export const version = 15;
export const name = 'bundle-imports';

/**
 * Headquarters mode: each verified bundle imported once (its id is the key, so a second import
 * changes nothing), with the officer key that signed it and its sequence number; the entries
 * it carried, kept apart from the notebook's own and never edited. Additive.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE imported_bundles (
      bundle_id TEXT PRIMARY KEY,
      officer_key_id TEXT NOT NULL,
      officer_fingerprint TEXT NOT NULL,
      sequence INTEGER NOT NULL CHECK (sequence > 0),
      created_at TEXT NOT NULL,
      imported_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX imported_bundles_by_officer ON imported_bundles (officer_key_id, sequence);
    CREATE TABLE imported_entries (
      bundle_id TEXT NOT NULL REFERENCES imported_bundles (bundle_id),
      entry_id TEXT NOT NULL,
      data TEXT NOT NULL CHECK (json_valid(data)),
      PRIMARY KEY (bundle_id, entry_id)
    ) STRICT;
  `);
}
