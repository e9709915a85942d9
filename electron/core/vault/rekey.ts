import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { openEncryptedDatabase } from '../db/connection';
import { writeReencryptedCopy } from '../db/reencrypt';
import { fsyncDirectory } from '../fs/atomic-file';
import { overwriteInPlace, overwriteOpenFile } from './header-slots';
import type { VaultLayout } from './layout';
import { discardReencryptedAttachments, switchReencryptedAttachments } from './rekey-attachments';

export type RekeyPhase = 'copying' | 'switching' | 'wiping';
export type RekeyProgress = (phase: RekeyPhase, done: number, total: number) => void;

/**
 * Step 1 of a re-encryption: a complete, verified copy of the notebook under the new data key,
 * forced to the device, beside the notebook. Nothing depends on it yet: a crash now leaves the
 * vault as it was (the copy is discarded at the next unlock).
 */
export function prepareReencryptedDatabase(layout: VaultLayout, currentKey: Buffer, newKey: Buffer, pageSize: number): void {
  const db = openEncryptedDatabase(layout.database, currentKey, { create: false, pageSize });
  try {
    writeReencryptedCopy(db, currentKey, newKey, layout.rekeyedDatabase, pageSize);
  } finally {
    db.close();
  }
  const fd = openSync(layout.rekeyedDatabase, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  fsyncDirectory(layout.dir);
}

/**
 * Step 3 (after the header names both keys): the copy takes the notebook's name in one rename,
 * then the old database's bytes are overwritten through a descriptor kept open across the
 * rename, so the pages under the old key are not left in free blocks for someone who knows the
 * old passphrase and kept a copy of the old header. The database must be closed.
 */
export function switchToReencryptedDatabase(layout: VaultLayout, onProgress?: RekeyProgress): void {
  onProgress?.('switching', 0, 1);
  const old = existsSync(layout.database) ? openSync(layout.database, 'r+') : null;
  try {
    // A clean close removes them; a crash may not have. They belong to the old key.
    for (const leftover of [`${layout.database}-wal`, `${layout.database}-shm`]) rmSync(leftover, { force: true });
    // Before the copy's rename: while the copy exists, an unlock knows this step may be unfinished.
    switchReencryptedAttachments(layout);
    renameSync(layout.rekeyedDatabase, layout.database);
    fsyncDirectory(layout.dir);
    onProgress?.('switching', 1, 1);
    if (old !== null) overwriteOpenFile(old, (done, total) => onProgress?.('wiping', done, total));
  } finally {
    if (old !== null) closeSync(old);
  }
}

/** A copy left by a re-encryption that never reached the header (and its attachments' copies): overwritten, then removed. */
export function discardReencryptionLeftover(layout: VaultLayout): void {
  discardReencryptedAttachments(layout);
  if (!existsSync(layout.rekeyedDatabase)) return;
  overwriteInPlace(layout.rekeyedDatabase);
  rmSync(layout.rekeyedDatabase, { force: true });
  fsyncDirectory(layout.dir);
}
