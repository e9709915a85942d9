// Frozen history: this file imports nothing from the app. Change the schema with a new migration.
import type { Database } from 'better-sqlite3-multiple-ciphers';

export const version = 4;
export const name = 'entry-events';

/**
 * Redaction and deletion are the officer's deliberate acts on evidence, so each leaves a
 * record: which entry, what happened ('redacted', 'deleted'), at which revision, when. Never
 * the passage or its length. No foreign key: a deleted entry's row is gone and its record
 * must stay. No CHECK on event: new kinds of event must not need a table rebuild. Additive:
 * no existing table is touched.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE entry_events (
      entry_id   TEXT    NOT NULL CHECK (length(entry_id) = 36),
      entry_kind TEXT    NOT NULL,
      event      TEXT    NOT NULL,
      revision   INTEGER NOT NULL CHECK (revision > 0),
      at         TEXT    NOT NULL
    ) STRICT;
    CREATE INDEX entry_events_by_entry ON entry_events (entry_id, at);
  `);
}
