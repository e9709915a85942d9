// Frozen history: this file imports nothing from the app. Change the schema with a new migration.
import type { Database } from 'better-sqlite3-multiple-ciphers';

export const version = 18;
export const name = 'imported-attachments-and-people';

/**
 * Headquarters mode keeps what a bundle carried beside its entries: each attachment, stored
 * encrypted under the vault's attachments subkey in attachments/imported/<file_id> (a fresh
 * id: two bundles may carry the same attachment), and each person the bundle references with
 * the pseudonym, and a name only where the bundle carried one (consent allowed it). Additive.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE imported_attachments (
      file_id TEXT PRIMARY KEY,
      bundle_id TEXT NOT NULL REFERENCES imported_bundles (bundle_id),
      entry_id TEXT NOT NULL,
      attachment_id TEXT NOT NULL,
      name TEXT NOT NULL,
      media_type TEXT NOT NULL,
      bytes INTEGER NOT NULL CHECK (bytes >= 0),
      sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
      UNIQUE (bundle_id, attachment_id)
    ) STRICT;
    CREATE INDEX imported_attachments_by_entry ON imported_attachments (bundle_id, entry_id);
    CREATE TABLE imported_people (
      bundle_id TEXT NOT NULL REFERENCES imported_bundles (bundle_id),
      person_id TEXT NOT NULL,
      pseudonym TEXT NOT NULL,
      real_name TEXT,
      PRIMARY KEY (bundle_id, person_id)
    ) STRICT;
  `);
}
