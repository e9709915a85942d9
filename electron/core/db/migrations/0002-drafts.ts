// Frozen history: this file imports nothing from the app. Change the schema with a new migration.
import type { Database } from 'better-sqlite3-multiple-ciphers';

export const version = 2;
export const name = 'drafts';

/**
 * Unsaved editor text, kept so that a lock (idle, suspend, screen lock, quick lock: each reloads
 * the renderer) never throws away what the officer was typing. It lives here, inside the
 * encrypted database, because nothing decrypted may sit in the renderer's storage or on disk.
 * draft_key is 'new' for a note never saved, or the id of the entry being edited (no foreign
 * key: 'new' is not an entry). Additive only: no existing table is touched.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE drafts (
      draft_key     TEXT    PRIMARY KEY CHECK (draft_key = 'new' OR length(draft_key) = 36),
      base_revision INTEGER CHECK (base_revision IS NULL OR base_revision > 0),
      payload       TEXT    NOT NULL CHECK (json_valid(payload)),
      saved_at      TEXT    NOT NULL
    ) STRICT;
  `);
}
