// Frozen history: this file imports nothing from the app. Change the schema with a new migration.
import type { Database } from 'better-sqlite3-multiple-ciphers';

export const version = 11;
export const name = 'case-details';

/**
 * A threatened-defender case's own fields (the defender, threat types, its status, sources
 * consulted, the actions taken or planned) as JSON checked by the app's schema, in the shape
 * every kind's details table has.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE case_details (
      entry_seq INTEGER PRIMARY KEY REFERENCES entries (seq) ON DELETE CASCADE,
      data      TEXT    NOT NULL CHECK (json_valid(data))
    ) STRICT;
  `);
}
