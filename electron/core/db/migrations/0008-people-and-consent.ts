// Frozen history: this file imports nothing from the app. Change the schema with a new migration.
import type { Database } from 'better-sqlite3-multiple-ciphers';

export const version = 8;
export const name = 'people-and-consent';

/**
 * People and organisations, and the consent kind's details.
 * - people: what lists show (the pseudonym, unique by its folded form in pseudonym_key; the
 *   kind; the organisation a person belongs to) and the rest of the public record as JSON.
 * - person_identities: the real name and contacts, apart, so no list or search query ever
 *   reads them; only the officer's deliberate reveal does.
 * - people_revisions: every superseded version (identity included, in its own column), keyed
 *   by the person's id with no foreign key, so nothing erases one by cascade.
 * - consent_details: the consent kind's own fields as JSON, as every kind's details table.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE people (
      seq             INTEGER PRIMARY KEY,
      id              TEXT    NOT NULL UNIQUE CHECK (length(id) = 36),
      kind            TEXT    NOT NULL,
      pseudonym       TEXT    NOT NULL,
      pseudonym_key   TEXT    NOT NULL UNIQUE,
      organisation_id TEXT    CHECK (organisation_id IS NULL OR length(organisation_id) = 36),
      data            TEXT    NOT NULL CHECK (json_valid(data)),
      created_at      TEXT    NOT NULL,
      updated_at      TEXT    NOT NULL,
      revision        INTEGER NOT NULL CHECK (revision > 0)
    ) STRICT;
    CREATE INDEX people_by_organisation ON people (organisation_id) WHERE organisation_id IS NOT NULL;

    CREATE TABLE person_identities (
      person_seq INTEGER PRIMARY KEY REFERENCES people (seq) ON DELETE CASCADE,
      real_name  TEXT    NOT NULL,
      contacts   TEXT    NOT NULL
    ) STRICT;

    CREATE TABLE people_revisions (
      person_id TEXT    NOT NULL CHECK (length(person_id) = 36),
      revision  INTEGER NOT NULL CHECK (revision > 0),
      snapshot  TEXT    NOT NULL CHECK (json_valid(snapshot)),
      identity  TEXT    CHECK (identity IS NULL OR json_valid(identity)),
      saved_at  TEXT    NOT NULL,
      PRIMARY KEY (person_id, revision)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE consent_details (
      entry_seq INTEGER PRIMARY KEY REFERENCES entries (seq) ON DELETE CASCADE,
      data      TEXT    NOT NULL CHECK (json_valid(data))
    ) STRICT;
  `);
}
