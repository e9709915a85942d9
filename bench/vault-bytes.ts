import type { Db } from '../electron/core/db/driver';
import { round } from './measure';

/** Which part of the notebook a b-tree belongs to (dbstat names tables and indexes alike). */
const PARTS: readonly [part: string, pattern: RegExp][] = [
  ['search_index', /^search_index/],
  ['entries', /^(entries|entries_by_.*|sqlite_autoindex_entries_\d+)$/],
  // Facet keys and the values they point at (schema 19).
  ['entry_facets', /^(entry_facet_keys|facet_values|sqlite_autoindex_facet_values_\d+)/],
  ['details', /_details$/],
  ['revisions', /^entry_revisions|^sqlite_autoindex_entry_revisions/],
  ['audit_log', /^audit_log/],
];

/**
 * Where the bytes go, per byte of the text the notes hold: each part's pages as SQLite's
 * dbstat counts them (deterministic for a corpus, unlike timings). Read from the plain
 * baseline, which holds the same rows in pages of the vault's size; an encrypted page keeps 80
 * bytes for its IV and HMAC, so the vault's own parts are a little larger.
 */
export function bytesPerTextByteByPart(db: Db, textBytes: number): Record<string, number> {
  const rows = db.prepare('SELECT name, sum(pgsize) AS bytes FROM dbstat GROUP BY name').all() as { name: string; bytes: number }[];
  const parts: Record<string, number> = {};
  for (const { name, bytes } of rows) {
    const part = PARTS.find(([, pattern]) => pattern.test(name))?.[0] ?? 'other';
    parts[part] = (parts[part] ?? 0) + bytes;
  }
  return Object.fromEntries(Object.entries(parts).map(([part, bytes]) => [part, round(bytes / textBytes, 3)]));
}
