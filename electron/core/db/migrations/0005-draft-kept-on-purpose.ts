// Frozen history: this file imports nothing from the app. Change the schema with a new migration.
import type { Database } from 'better-sqlite3-multiple-ciphers';

export const version = 5;
export const name = 'draft-kept-on-purpose';

/**
 * Why a draft exists, so the editor can say it when it restores one: 1 when the officer left
 * the note with "Keep as draft", 0 when the editor kept it on its own (autosave before a lock,
 * a closed window). Additive only: existing drafts read as kept on their own.
 */
export function up(db: Database): void {
  db.exec(`ALTER TABLE drafts ADD COLUMN kept_on_purpose INTEGER NOT NULL DEFAULT 0 CHECK (kept_on_purpose IN (0, 1));`);
}
