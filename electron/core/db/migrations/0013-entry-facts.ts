// Frozen history: this file imports nothing from the app. Change the schema with a new migration.
import type { Database } from 'better-sqlite3-multiple-ciphers';

export const version = 13;
export const name = 'entry-facts';

/**
 * What a list row shows beside the title (a meeting's counterpart type, a hearing's stage), as
 * JSON written with the entry, so a page of the list reads the entries rows alone instead of
 * every entry's body and details. NULL for rows written before: those are read whole once.
 * Additive.
 */
export function up(db: Database): void {
  db.exec('ALTER TABLE entries ADD COLUMN facts TEXT CHECK (facts IS NULL OR json_valid(facts))');
}
