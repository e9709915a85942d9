import { readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AttachmentReader, isAttachmentId, writeAttachment } from '../attachments';
import { corrupt } from '../attachments/format';
import { overwriteHeaderBlock } from '../attachments/remove';
import type { Db } from '../db/driver';
import { fsyncDirectory } from '../fs/atomic-file';
import type { VaultLayout } from './layout';

/**
 * Attachments through a re-encryption (rekey.ts). Each file's key is wrapped, in the file's
 * header, under the attachments subkey of the data key, and a re-encryption replaces the data
 * key. Re-wrapping the header alone is not possible: every chunk authenticates the whole header
 * (format.ts), so a new header means new chunk tags, and sealing the same chunks again under the
 * same file key and counter nonces would reuse GCM nonces. So each live attachment is written
 * again whole, under a new file key wrapped by the new subkey, as `<id>.rekey` beside the old
 * file; the database keeps its rows as they are (same id, size and SHA-256).
 *
 * Crash safety follows the database's own steps:
 * 1. (copy) every `<id>.rekey` is written, checked against its row's SHA-256 and fsynced, and
 *    the folder fsynced, BEFORE the header names the new key. A crash here leaves the vault
 *    on the old key; the next unlock finds no previousKey and discards every `.rekey`.
 * 2. (switch) once the header names both keys, each old file's header block is overwritten
 *    (its file key is gone even for someone holding the old passphrase and old header) and
 *    `<id>.rekey` is renamed over `<id>`. This runs before the database copy is renamed, so
 *    while `notebook.db.rekey` exists some `.rekey` may still wait, and the next unlock (which
 *    sees previousKey and the copy) runs this step again: each `.rekey` is complete, and a
 *    file whose header was overwritten but not yet replaced is replaced then.
 */
const REKEY_SUFFIX = '.rekey';

interface LiveAttachment {
  id: string;
  bytes: number;
  sha256: string;
}

function readdirSafe(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** The notebook's own attachments and those imported bundles carried (same format, same subkey). */
function stores(layout: VaultLayout): { dir: string; live: string }[] {
  return [
    { dir: layout.attachments, live: 'SELECT id, bytes, sha256 FROM attachments WHERE removed_at IS NULL ORDER BY id' },
    { dir: layout.importedAttachments, live: 'SELECT file_id AS id, bytes, sha256 FROM imported_attachments ORDER BY file_id' },
  ];
}

function pendingIds(dir: string): string[] {
  return readdirSafe(dir).filter((name) => name.endsWith(REKEY_SUFFIX) && isAttachmentId(name.slice(0, -REKEY_SUFFIX.length))).map((name) => name.slice(0, -REKEY_SUFFIX.length));
}

/**
 * Step 1: `copy` is the re-encrypted database (rows are the same in both). A live row whose
 * file is missing stays the orphan `vault check` already reports; a file that no longer
 * decrypts, or decrypts to other bytes than its row records, stops the re-encryption.
 */
export async function prepareReencryptedAttachments(layout: VaultLayout, copy: Db, vaultId: string, keys: { previous: Buffer; next: Buffer }): Promise<void> {
  for (const store of stores(layout)) {
    const live = copy.prepare<[], LiveAttachment>(store.live).all();
    const present = new Set(readdirSafe(store.dir));
    for (const row of live.filter((attachment) => present.has(attachment.id))) {
      const reader = await AttachmentReader.open({ attachmentsDir: store.dir, vaultId, attachmentId: row.id, subkey: keys.previous, expectedBytes: row.bytes });
      try {
        const written = await writeAttachment({
          attachmentsDir: store.dir,
          vaultId,
          subkey: keys.next,
          source: reader.stream(),
          expectedBytes: row.bytes,
          rewrite: { attachmentId: row.id, fileName: `${row.id}${REKEY_SUFFIX}` },
        });
        if (written.sha256 !== row.sha256) throw corrupt(`attachment ${row.id} no longer holds what was added (its SHA-256 differs)`);
      } finally {
        await reader.close();
      }
    }
    if (live.length > 0) fsyncDirectory(store.dir);
  }
}

/** Step 2: only once the header names the new key. Safe to run again after a crash. */
export function switchReencryptedAttachments(layout: VaultLayout): void {
  for (const { dir } of stores(layout)) {
    const ids = pendingIds(dir);
    for (const id of ids) {
      overwriteHeaderBlock(join(dir, id));
      renameSync(join(dir, `${id}${REKEY_SUFFIX}`), join(dir, id));
    }
    if (ids.length > 0) fsyncDirectory(dir);
  }
}

/** A re-encryption that never reached the header: its copies are under a key nobody holds. */
export function discardReencryptedAttachments(layout: VaultLayout): void {
  for (const { dir } of stores(layout)) {
    const ids = pendingIds(dir);
    for (const id of ids) rmSync(join(dir, `${id}${REKEY_SUFFIX}`), { force: true });
    if (ids.length > 0) fsyncDirectory(dir);
  }
}
