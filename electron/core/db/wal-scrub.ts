import type { Db } from './driver';

/**
 * After a redaction or a deletion. secure_delete=ON zeroes the freed cells and pages, but in
 * WAL mode the zeroed pages are new frames appended to the WAL: until a checkpoint copies them
 * home, the database file still holds the old pages, and the WAL's earlier frames hold every
 * version written since the last checkpoint, the removed text included (encrypted, but a seized
 * laptop and a coerced passphrase would read it). TRUNCATE copies every frame into the database
 * and empties the WAL file. If another process is reading the vault at that moment (the CLI
 * beside the app) the checkpoint stops short of the frames it still needs; they are copied and
 * the WAL removed when the last connection closes, at the next lock.
 */
export function checkpointAndTruncateWal(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)');
}
