// Frozen history: this file imports nothing from the app. Change the schema with a new migration.
import type { Database } from 'better-sqlite3-multiple-ciphers';

export const version = 12;
export const name = 'attachments';

/**
 * One row per attached file, written in the audit row's transaction. The file itself lives in
 * the vault's attachments/ folder under `id`. A removed attachment keeps its row with
 * `removed_at` set (its file is destroyed): an entry's history still says what it carried.
 * `metadata` is what the file carried when added (flags, never the values: no coordinates),
 * `stripped` whether location and device identifiers were taken out of the stored copy.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE attachments (
      id         TEXT    PRIMARY KEY,
      entry_id   TEXT    NOT NULL,
      name       TEXT    NOT NULL,
      media_type TEXT    NOT NULL,
      bytes      INTEGER NOT NULL CHECK (bytes >= 0),
      sha256     TEXT    NOT NULL CHECK (length(sha256) = 64),
      created_at TEXT    NOT NULL,
      metadata   TEXT    NOT NULL CHECK (json_valid(metadata)),
      stripped   INTEGER NOT NULL CHECK (stripped IN (0, 1)),
      removed_at TEXT
    ) STRICT;
    CREATE INDEX attachments_by_entry ON attachments (entry_id, created_at);
  `);
}
