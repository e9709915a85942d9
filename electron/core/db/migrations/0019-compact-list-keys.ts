// Frozen history: this file imports nothing from the app. Change the schema with a new migration.
import type { Database } from 'better-sqlite3-multiple-ciphers';

export const version = 19;
export const name = 'compact-list-keys';

/**
 * Smaller keys for what every save writes into several indexes. Entries are dated at random,
 * so a batch of 1,000 notes into a notebook of 100,000 lands on most leaf pages of each list
 * index, and every such page goes to the WAL and is encrypted twice (commit, checkpoint): the
 * size of those indexes is what a batched import pays. Before this, per 1,000 notes at 100k
 * about 40 MB went to the WAL, half of it entry_facets, whose key repeated the facet's name,
 * its value (a 36-character id for a person or a case) and a 24-character ISO instant per row.
 * - entries.sort_ms: the list's sort instant (occurred_at, else created_at) as milliseconds
 *   since 1970, a column SQLite derives itself so it can never disagree with the row. The
 *   time indexes key it instead of the expression on two TEXT columns (8 bytes against 24).
 * - facet_values: each (facet, value) once, with a small integer id; entry_facet_keys: the
 *   entry's rows keyed (value id, sort_ms, seq), about 12 bytes against 60-90. A value no
 *   entry uses any more is deleted with its last row (secure_delete zeroes it).
 * - entry_facets and the two expression indexes are dropped: nothing reads them any more.
 * Retires objects, so tests/unit/core/schema-guard.test.ts names each one it drops.
 */
export function up(db: Database): void {
  db.exec(`
    ALTER TABLE entries ADD COLUMN sort_ms INTEGER
      GENERATED ALWAYS AS (CAST(round((julianday(coalesce(occurred_at, created_at)) - 2440587.5) * 86400000) AS INTEGER)) VIRTUAL;
    CREATE INDEX entries_by_sort ON entries (sort_ms DESC, seq DESC);
    CREATE INDEX entries_by_kind_sort ON entries (kind, sort_ms DESC, seq DESC);
    DROP INDEX entries_by_time;
    DROP INDEX entries_by_kind_time;

    CREATE TABLE facet_values (
      id    INTEGER PRIMARY KEY,
      facet TEXT    NOT NULL,
      value TEXT    NOT NULL,
      UNIQUE (facet, value)
    ) STRICT;
    CREATE TABLE entry_facet_keys (
      value_id  INTEGER NOT NULL REFERENCES facet_values (id),
      sort_ms   INTEGER NOT NULL,
      entry_seq INTEGER NOT NULL REFERENCES entries (seq) ON DELETE CASCADE,
      PRIMARY KEY (value_id, sort_ms, entry_seq)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX entry_facet_keys_by_entry ON entry_facet_keys (entry_seq);

    INSERT INTO facet_values (facet, value) SELECT DISTINCT facet, value FROM entry_facets ORDER BY facet, value;
    INSERT INTO entry_facet_keys (value_id, sort_ms, entry_seq)
      SELECT v.id, e.sort_ms, f.entry_seq FROM entry_facets f
      JOIN facet_values v ON v.facet = f.facet AND v.value = f.value
      JOIN entries e ON e.seq = f.entry_seq;
    DROP TABLE entry_facets;
  `);
}
