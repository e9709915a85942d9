import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, fsyncSync, openSync, rmSync, writeSync } from 'node:fs';
import { fsyncDirectory } from '../fs/atomic-file';
import { attachmentPath } from './reader';

/** The header (104 bytes) and the rest of its file-system block, rewritten whole rather than split. */
const OVERWRITE_BYTES = 4096;

/**
 * Makes the file at `path` undecryptable for good: its only copy of the file key is the wrapped
 * key in the header, so overwriting that block in place with random bytes (fsynced) leaves the
 * rest as ciphertext nobody can decrypt, even with the vault key, at the same cost for a photo
 * or a 2 GB video. False when there is no file (a removal retried after a crash).
 */
export function overwriteHeaderBlock(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  try {
    const length = Math.min(fstatSync(fd).size, OVERWRITE_BYTES);
    writeSync(fd, randomBytes(length), 0, length, 0);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Removes an attachment's file for good: header overwritten, name removed, folder fsynced. What
 * an in-place overwrite cannot reach (SSD cells, copy-on-write file systems, backups) is in
 * docs/security.md and docs/attachment-format.md. A file already gone is not an error: the row
 * is removed first, and a removal retried after a crash finds nothing to do. Synchronous (one
 * 4 KiB write and two fsyncs) so an entry's deletion can finish its files right after its
 * transaction, as that deletion's WAL checkpoint already does.
 */
export function destroyAttachmentFile(attachmentsDir: string, attachmentId: string): void {
  const path = attachmentPath(attachmentsDir, attachmentId);
  if (!overwriteHeaderBlock(path)) return;
  rmSync(path, { force: true });
  fsyncDirectory(attachmentsDir);
}

/** destroyAttachmentFile for callers in a promise chain: a refusal (not an id) rejects. */
export function removeAttachmentFile(attachmentsDir: string, attachmentId: string): Promise<void> {
  return new Promise((resolve) => {
    destroyAttachmentFile(attachmentsDir, attachmentId);
    resolve();
  });
}
