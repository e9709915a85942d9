// Frozen history: this file imports nothing from the app. Change the schema with a new migration.
import type { Database } from 'better-sqlite3-multiple-ciphers';

export const version = 1;
export const name = 'initial';

/**
 * entries holds what every kind shares; each kind keeps its own details table keyed by the
 * entry (meeting_details now; trial, consent, people, cases and attachments join later as new
 * tables referencing entries.seq). entry_revisions keeps every superseded version: notes are
 * evidence, so a save never destroys what it replaces.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE entries (
      seq         INTEGER PRIMARY KEY,
      id          TEXT    NOT NULL UNIQUE CHECK (length(id) = 36),
      kind        TEXT    NOT NULL CHECK (kind IN ('meeting', 'trial', 'consent')),
      title       TEXT    NOT NULL,
      body        TEXT    NOT NULL,
      occurred_at TEXT,
      created_at  TEXT    NOT NULL,
      updated_at  TEXT    NOT NULL,
      revision    INTEGER NOT NULL CHECK (revision > 0)
    ) STRICT;

    -- The notebook lists newest first: by when it happened, undated notes by when they were written.
    CREATE INDEX entries_by_time ON entries (coalesce(occurred_at, created_at) DESC, seq DESC);
    CREATE INDEX entries_by_kind_time ON entries (kind, coalesce(occurred_at, created_at) DESC, seq DESC);

    CREATE TABLE meeting_details (
      entry_seq        INTEGER PRIMARY KEY REFERENCES entries (seq) ON DELETE CASCADE,
      location         TEXT NOT NULL,
      counterpart_type TEXT,
      participants     TEXT NOT NULL
    ) STRICT;

    CREATE TABLE entry_revisions (
      entry_seq  INTEGER NOT NULL REFERENCES entries (seq) ON DELETE CASCADE,
      revision   INTEGER NOT NULL,
      snapshot   TEXT    NOT NULL CHECK (json_valid(snapshot)),
      saved_at   TEXT    NOT NULL,
      PRIMARY KEY (entry_seq, revision)
    ) STRICT;

    -- Contentless: the index holds normalised tokens only (the text itself lives in entries),
    -- rowid = entries.seq. Prefix indexes keep 'term*' queries off a full vocabulary scan.
    CREATE VIRTUAL TABLE search_index USING fts5 (
      title, body, extra,
      content = '',
      contentless_delete = 1,
      tokenize = 'unicode61 remove_diacritics 2',
      prefix = '2 3 4'
    );
  `);
}
