/**
 * Schema 18's list storage, rebuilt from what 19 holds exactly as the build before 19 wrote it
 * (each facet row keyed by facet, value and the sort instant as ISO text; the time indexes on
 * the expression), with every object 19 made removed.
 */
export const UNDO_MIGRATION_19 = `
  CREATE TABLE entry_facets (
    facet     TEXT    NOT NULL,
    value     TEXT    NOT NULL,
    sort_at   TEXT    NOT NULL,
    entry_seq INTEGER NOT NULL REFERENCES entries (seq) ON DELETE CASCADE,
    PRIMARY KEY (facet, value, sort_at, entry_seq)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX entry_facets_by_entry ON entry_facets (entry_seq);
  INSERT INTO entry_facets (facet, value, sort_at, entry_seq)
    SELECT v.facet, v.value, coalesce(e.occurred_at, e.created_at), k.entry_seq
    FROM entry_facet_keys k JOIN facet_values v ON v.id = k.value_id JOIN entries e ON e.seq = k.entry_seq;
  DROP TABLE entry_facet_keys;
  DROP TABLE facet_values;
  DROP INDEX entries_by_sort;
  DROP INDEX entries_by_kind_sort;
  ALTER TABLE entries DROP COLUMN sort_ms;
  CREATE INDEX entries_by_time ON entries (coalesce(occurred_at, created_at) DESC, seq DESC);
  CREATE INDEX entries_by_kind_time ON entries (kind, coalesce(occurred_at, created_at) DESC, seq DESC);
  DELETE FROM schema_migrations WHERE version >= 19;
  PRAGMA user_version = 18;
`;
