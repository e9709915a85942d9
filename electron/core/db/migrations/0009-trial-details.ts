// Frozen history: this file imports nothing from the app. Change the schema with a new migration.
import type { Database } from 'better-sqlite3-multiple-ciphers';

export const version = 9;
export const name = 'trial-details';

/**
 * A trial-monitoring observation's own fields (the hearing, access, rights, the fair-trial
 * checklist, the live log, adjournment and assessment) as JSON checked by the app's schema,
 * in the shape every kind's details table has.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE trial_details (
      entry_seq INTEGER PRIMARY KEY REFERENCES entries (seq) ON DELETE CASCADE,
      data      TEXT    NOT NULL CHECK (json_valid(data))
    ) STRICT;
  `);
}
