import type { Db } from './driver';

/**
 * After a redaction or a deletion. secure_delete=ON zeroes the freed cells and pages, but in
 * WAL mode the zeroed pages are new frames appended to the WAL: until a checkpoint copies them
 * home, the database file still holds the old pages, and the WAL's earlier frames hold every
 * version written since the last checkpoint, the removed text included (encrypted, but a seized
 * laptop and a coerced passphrase would read it). TRUNCATE copies every frame into the database
 * and empties the WAL file. Returns false when a reader kept it from completing (another
 * connection mid-read: the CLI beside the app), so the caller can say so.
 */
export function checkpointAndTruncateWal(db: Db): boolean {
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  return result?.busy === 0;
}
