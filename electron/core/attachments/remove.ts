import { randomBytes } from 'node:crypto';
import { open, rm } from 'node:fs/promises';
import { fsyncDirectory } from '../fs/atomic-file';
import { attachmentPath } from './reader';

/** The header (104 bytes) and the rest of its file-system block, rewritten whole rather than split. */
const OVERWRITE_BYTES = 4096;

/**
 * Removes an attachment's file for good. The only copy of its file key is the wrapped key in
 * the header, so overwriting that block in place with random bytes (fsynced) leaves the rest
 * of the file as ciphertext nobody can decrypt, even with the vault key, and costs the same
 * for a photo or a 2 GB video. Then the name goes, and the folder is fsynced. What an
 * in-place overwrite cannot reach (SSD cells, copy-on-write file systems, backups) is in
 * docs/security.md and docs/attachment-format.md. A file already gone is not an error: the
 * row is removed first, and a removal retried after a crash finds nothing to do.
 */
export async function removeAttachmentFile(attachmentsDir: string, attachmentId: string): Promise<void> {
  const path = attachmentPath(attachmentsDir, attachmentId);
  let handle;
  try {
    handle = await open(path, 'r+');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, OVERWRITE_BYTES);
    await handle.write(randomBytes(length), 0, length, 0);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rm(path, { force: true });
  fsyncDirectory(attachmentsDir);
}
