// Frozen history: this file imports nothing from the app. Change the schema with a new migration.
import type { Database } from 'better-sqlite3-multiple-ciphers';

export const version = 14;
export const name = 'bundles';

/**
 * The officer's signing identity (one row; the Ed25519 seed AES-256-GCM-wrapped under the
 * signing subkey, never stored in the clear), the bundle sequence it last used, and the
 * headquarters recipients bundles may be encrypted to. Additive.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE officer_identity (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      key_id BLOB NOT NULL CHECK (length(key_id) = 8),
      public_key BLOB NOT NULL CHECK (length(public_key) = 32),
      wrapped_secret BLOB NOT NULL,
      created_at TEXT NOT NULL,
      last_sequence INTEGER NOT NULL DEFAULT 0 CHECK (last_sequence >= 0)
    ) STRICT;
    CREATE TABLE bundle_recipients (
      name TEXT PRIMARY KEY,
      recipient TEXT NOT NULL UNIQUE,
      verified INTEGER NOT NULL CHECK (verified IN (0, 1)),
      created_at TEXT NOT NULL
    ) STRICT;
  `);
}
