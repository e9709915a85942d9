// Frozen history: this file imports nothing from the app. Change the schema with a new migration.
import type { Database } from 'better-sqlite3-multiple-ciphers';

export const version = 6;
export const name = 'audit-log';

/**
 * The vault's append-only, hash-chained audit log (electron/core/audit/audit-log.ts says how
 * each hash is computed). seq is assigned by the log, one more than the chain head it keeps in
 * vault_meta, never by SQLite, so a removed last row leaves a visible gap. detail is JSON of
 * ids, counts, kinds and scopes, never a name or a passage. No CHECK on action: a new action
 * must not need a table rebuild. Additive: no existing table is touched.
 */
export function up(db: Database): void {
  db.exec(`
    CREATE TABLE audit_log (
      seq        INTEGER PRIMARY KEY,
      at         TEXT    NOT NULL,
      action     TEXT    NOT NULL,
      subject_id TEXT,
      detail     TEXT    NOT NULL,
      prev_hash  TEXT    NOT NULL,
      hash       TEXT    NOT NULL
    ) STRICT;
    CREATE INDEX audit_log_by_action ON audit_log (action, seq);
  `);
}
