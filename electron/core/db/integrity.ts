import type { Db } from './driver';

/** SQLite's own consistency check of every page and index: ['ok'] when it finds nothing wrong. */
export function integrityCheck(db: Db): string[] {
  return (db.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check);
}
