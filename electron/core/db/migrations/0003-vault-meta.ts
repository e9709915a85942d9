// Frozen history: this file imports nothing from the app. Change the schema with a new migration.
import type { Database } from 'better-sqlite3-multiple-ciphers';

export const version = 3;
export const name = 'vault-meta';

/**
 * Small facts about the vault's derived data, inside the encrypted database. The first is the
 * version of the search normalisation the index was built with: when the app's normalisation
 * changes, the index is rebuilt from the entries at the next unlock. Additive only.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE vault_meta (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `);
}
