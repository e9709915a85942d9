// Frozen history: this file imports nothing from the app. Change the schema with a new migration.
import type { Database } from 'better-sqlite3-multiple-ciphers';

export const version = 7;
export const name = 'entry-kinds';

/**
 * The one rebuild, made while only test vaults exist, of what the first schema got wrong for
 * more than one kind of entry (SQLite cannot alter a CHECK or a foreign key in place):
 * - entries: no CHECK on kind (each new kind would have needed a rebuild); the fields every
 *   kind shares (location, country, sensitivity, status, the formatted body; tags, topics and
 *   outlets as JSON in labels, NULL when there are none) live here.
 * - entry_revisions: keyed by the entry's id with no foreign key, so nothing can erase a
 *   superseded version by cascade; only the service's deliberate delete removes them.
 * - drafts: one new-entry draft per kind ('new:meeting', 'new:trial'…), not one per vault.
 * - meeting_details: the meeting's own fields as JSON checked by the app's schema on the way
 *   in and out; each later kind with fields of its own has a details table of the same shape.
 * - entry_facets: what lists are filtered by (tags, topics, outlets, people, cases, due dates),
 *   with the entry's sort instant, so a filtered page is one seek in the primary key.
 * From here on every migration is additive (tests/unit/core/schema-guard.test.ts).
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE entries_v7 (
      seq         INTEGER PRIMARY KEY,
      id          TEXT    NOT NULL UNIQUE CHECK (length(id) = 36),
      kind        TEXT    NOT NULL,
      status      TEXT    NOT NULL,
      sensitivity TEXT    NOT NULL,
      title       TEXT    NOT NULL,
      body        TEXT    NOT NULL,
      body_doc    TEXT    CHECK (body_doc IS NULL OR json_valid(body_doc)),
      occurred_at TEXT,
      location    TEXT    NOT NULL,
      country     TEXT    NOT NULL,
      labels      TEXT    CHECK (labels IS NULL OR json_valid(labels)),
      created_at  TEXT    NOT NULL,
      updated_at  TEXT    NOT NULL,
      revision    INTEGER NOT NULL CHECK (revision > 0)
    ) STRICT;
    INSERT INTO entries_v7 (seq, id, kind, status, sensitivity, title, body, occurred_at, location, country, created_at, updated_at, revision)
      SELECT e.seq, e.id, e.kind, 'final', 'normal', e.title, e.body, e.occurred_at, coalesce(m.location, ''), '', e.created_at, e.updated_at, e.revision
      FROM entries e LEFT JOIN meeting_details m ON m.entry_seq = e.seq;

    CREATE TEMP TABLE meeting_carry AS
      SELECT entry_seq, json_object('counterpartType', counterpart_type, 'participants', participants) AS data FROM meeting_details;

    CREATE TABLE entry_revisions_v7 (
      entry_id   TEXT    NOT NULL CHECK (length(entry_id) = 36),
      revision   INTEGER NOT NULL CHECK (revision > 0),
      snapshot   TEXT    NOT NULL CHECK (json_valid(snapshot)),
      saved_at   TEXT    NOT NULL,
      PRIMARY KEY (entry_id, revision)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO entry_revisions_v7 (entry_id, revision, snapshot, saved_at)
      SELECT e.id, r.revision, json_set(r.snapshot, '$.status', 'final'), r.saved_at
      FROM entry_revisions r JOIN entries e ON e.seq = r.entry_seq;

    CREATE TABLE drafts_v7 (
      draft_key       TEXT    PRIMARY KEY CHECK (draft_key LIKE 'new:%' OR length(draft_key) = 36),
      base_revision   INTEGER CHECK (base_revision IS NULL OR base_revision > 0),
      payload         TEXT    NOT NULL CHECK (json_valid(payload)),
      saved_at        TEXT    NOT NULL,
      kept_on_purpose INTEGER NOT NULL DEFAULT 0 CHECK (kept_on_purpose IN (0, 1))
    ) STRICT;
    INSERT INTO drafts_v7 (draft_key, base_revision, payload, saved_at, kept_on_purpose)
      SELECT CASE draft_key WHEN 'new' THEN 'new:meeting' ELSE draft_key END, base_revision, payload, saved_at, kept_on_purpose FROM drafts;

    DROP TABLE meeting_details;
    DROP TABLE entry_revisions;
    DROP TABLE drafts;
    DROP TABLE entries;
    ALTER TABLE entries_v7 RENAME TO entries;
    ALTER TABLE entry_revisions_v7 RENAME TO entry_revisions;
    ALTER TABLE drafts_v7 RENAME TO drafts;

    CREATE INDEX entries_by_time ON entries (coalesce(occurred_at, created_at) DESC, seq DESC);
    CREATE INDEX entries_by_kind_time ON entries (kind, coalesce(occurred_at, created_at) DESC, seq DESC);

    CREATE TABLE meeting_details (
      entry_seq INTEGER PRIMARY KEY REFERENCES entries (seq) ON DELETE CASCADE,
      data      TEXT    NOT NULL CHECK (json_valid(data))
    ) STRICT;
    INSERT INTO meeting_details (entry_seq, data) SELECT entry_seq, data FROM meeting_carry;
    DROP TABLE meeting_carry;

    CREATE TABLE entry_facets (
      facet     TEXT    NOT NULL,
      value     TEXT    NOT NULL,
      sort_at   TEXT    NOT NULL,
      entry_seq INTEGER NOT NULL REFERENCES entries (seq) ON DELETE CASCADE,
      PRIMARY KEY (facet, value, sort_at, entry_seq)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX entry_facets_by_entry ON entry_facets (entry_seq);
  `);
}
