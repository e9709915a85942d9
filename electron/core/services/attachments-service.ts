import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { link, open, rm, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import type { Attachment, AttachmentOrphans } from '../../../shared/domain/attachments';
import { AppError } from '../../../shared/errors';
import { destroyAttachmentFile, isAttachmentId, removeAttachmentFile, writeAttachment, type AttachmentReader } from '../attachments';
import { folderNames, orphansIn } from '../attachments/folder';
import { HEAD_BYTES, inspectMetadata, isStrippable, sniffMediaType, stripMetadata } from '../attachments/metadata';
import { OpenReaders } from '../attachments/open-readers';
import { openSource, sourceBytes } from '../attachments/source';
import type { Db } from '../db/driver';
import { AttachmentsRepository } from '../db/repositories/attachments-repository';
import { asStorageError, fsyncDirectory } from '../fs/atomic-file';
import type { Subkeys } from '../vault/subkeys';
import type { EntryDependents } from './entries-service';
import type { Audit, WritePath } from './write-path';

/** What a file is before it is added: shown to the officer so the choice to strip is informed. */
export interface AttachmentPreview {
  name: string;
  bytes: number;
  mediaType: string;
  metadata: Attachment['metadata'];
  /** Location and device identifiers can be taken out of the stored copy. */
  strippable: boolean;
}

export interface AddAttachment {
  entryId: string;
  /** A path the officer picked (main process or CLI only: the renderer holds a token). */
  path: string;
  stripLocation: boolean;
  signal?: AbortSignal;
  onProgress?: (bytesRead: number, total: number) => void;
}

const NAME_MAX = 255;

/** The file's name as the officer knew it, cut to what the row holds; never a path. */
function displayName(path: string): string {
  const name = basename(path).replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return [...(name === '' ? 'file' : name)].slice(0, NAME_MAX).join('');
}

function cancelled(): AppError {
  return new AppError('UNAVAILABLE', 'Cancelled: nothing was added.');
}

/**
 * Files attached to entries: each encrypted in attachments/ (../attachments), its row and the
 * audit record in one transaction. A file is written before its row (a crash between leaves a
 * file no row names, which `vault check` reports); a removal drops the row first and destroys
 * the file after (a crash between leaves a file no live row names, reported the same way).
 */
export class AttachmentsService implements EntryDependents {
  private readonly readers = new OpenReaders();
  private readonly rows: AttachmentsRepository;

  constructor(
    db: Db,
    private readonly writes: WritePath,
    private readonly requireEntry: (entryId: string) => void,
    private readonly keys: Subkeys,
    private readonly vaultId: string,
    readonly dir: string,
    private readonly now: () => Date,
  ) {
    this.rows = new AttachmentsRepository(db);
    this.sweepPartials();
  }

  /** A write cut short by a crash left a `.partial` file: nothing names it, so it goes at unlock. */
  private sweepPartials(): void {
    for (const name of folderNames(this.dir)) {
      if (name.endsWith('.partial') && isAttachmentId(name.slice(0, -'.partial'.length))) rmSync(join(this.dir, name), { force: true });
    }
  }

  /** The file's name, size, type and what its metadata says, read from its first bytes only. */
  async preview(path: string): Promise<AttachmentPreview> {
    const head = await readHead(path);
    const mediaType = sniffMediaType(head.bytes);
    return { name: displayName(path), bytes: head.size, mediaType, metadata: await inspectMetadata(head.bytes, mediaType), strippable: isStrippable(mediaType, head.size) };
  }

  async add(request: AddAttachment): Promise<Attachment> {
    this.requireEntry(request.entryId);
    const preview = await this.preview(request.path);
    const strip = request.stripLocation && preview.strippable;
    const source = strip ? await this.strippedCopy(request.path, preview) : request.path;
    const total = Buffer.isBuffer(source) ? source.length : preview.bytes;
    let written;
    try {
      written = await writeAttachment({
        attachmentsDir: this.dir,
        vaultId: this.vaultId,
        subkey: this.keys.get('attachments'),
        source: Buffer.isBuffer(source) ? Readable.from([source]) : source,
        expectedBytes: total,
        signal: request.signal,
        onProgress: (done) => request.onProgress?.(done, total),
      });
    } catch (error) {
      if (request.signal?.aborted) throw cancelled();
      throw error;
    } finally {
      if (Buffer.isBuffer(source)) source.fill(0);
    }
    const attachment: Attachment = {
      id: written.attachmentId,
      entryId: request.entryId,
      name: preview.name,
      mediaType: preview.mediaType,
      bytes: written.bytes,
      sha256: written.sha256,
      createdAt: this.now().toISOString(),
      metadata: preview.metadata,
      stripped: strip,
      removedAt: null,
    };
    try {
      this.writes.run((audit) => {
        this.requireEntry(request.entryId);
        this.rows.insert(attachment);
        audit({ action: 'attachment.added', subjectId: attachment.id, detail: { entryId: attachment.entryId, bytes: attachment.bytes, mediaType: attachment.mediaType, stripped: strip } });
      });
    } catch (error) {
      // No row names the file: it goes now rather than waiting for `vault check`.
      await removeAttachmentFile(this.dir, attachment.id);
      throw asStorageError(error, 'the attachment');
    }
    return attachment;
  }

  /** The photo read whole (photos only, up to STRIP_MAX_BYTES) and rewritten without its metadata. */
  private async strippedCopy(path: string, preview: AttachmentPreview): Promise<Buffer> {
    const whole = await readAll(path, preview.bytes);
    const stripped = stripMetadata(whole, preview.mediaType);
    whole.fill(0);
    if (!stripped) throw new AppError('SOURCE_UNREADABLE', 'The photo could not be read to remove its location: nothing was added. Add it without removing, or try another copy.');
    return stripped;
  }

  list(entryId: string, options: { includeRemoved?: boolean } = {}): Attachment[] {
    return this.rows
      .forEntry(entryId)
      .filter((attachment) => options.includeRemoved === true || attachment.removedAt === null);
  }

  get(id: string): Attachment {
    const attachment = isAttachmentId(id) ? this.rows.get(id) : undefined;
    if (!attachment || attachment.removedAt !== null) throw new AppError('NOT_FOUND', 'There is no such attachment (it may have been removed).');
    return attachment;
  }

  /** The row is marked removed with its audit record first, then the file is destroyed. */
  async remove(id: string): Promise<void> {
    const attachment = this.get(id);
    this.writes.run((audit) => this.markRemovedAudited(attachment, audit));
    await removeAttachmentFile(this.dir, id);
  }

  /**
   * An entry's deletion (EntriesService.delete): its live attachments are marked removed, each
   * audited, inside the deletion's transaction (their rows stay for the history); the files are
   * destroyed once it has committed. A file that cannot be destroyed then is left for `vault
   * check`, which names it, and the others are still destroyed.
   */
  detach(entryId: string, audit: Audit): () => void {
    const attached = this.list(entryId);
    for (const attachment of attached) this.markRemovedAudited(attachment, audit);
    return () => {
      const failed = attached.filter((attachment) => {
        try {
          destroyAttachmentFile(this.dir, attachment.id);
          return false;
        } catch {
          return true;
        }
      });
      if (failed.length > 0) {
        throw new AppError('INTERNAL', `The entry was deleted, but ${failed.length} of its attached files could not be destroyed. Run "fieldnotes vault check" to find and remove them.`);
      }
    };
  }

  private markRemovedAudited(attachment: Attachment, audit: Audit): void {
    this.rows.markRemovedAt(attachment.id, this.now().toISOString());
    audit({ action: 'attachment.removed', subjectId: attachment.id, detail: { entryId: attachment.entryId, bytes: attachment.bytes } });
  }

  /** An opened attachment for range reads; closed by the caller, and by a lock at the latest. */
  async open(id: string): Promise<{ attachment: Attachment; reader: AttachmentReader }> {
    const attachment = this.get(id);
    const reader = await this.readers.open({
      attachmentsDir: this.dir,
      attachmentId: id,
      vaultId: this.vaultId,
      subkey: this.keys.get('attachments'),
      expectedBytes: attachment.bytes,
    });
    return { attachment, reader };
  }

  /**
   * The decrypted file at `target`: written beside it under a temporary name, fsynced, then
   * linked into place (which refuses an existing file unless `overwrite`), then audited. A
   * failure at any step leaves no part of the file behind.
   */
  async saveCopy(id: string, target: string, options: { overwrite: boolean }): Promise<Attachment> {
    const { attachment, reader } = await this.open(id);
    const temp = join(dirname(target), `.fieldnotes-${randomUUID()}.partial`);
    let placed = false;
    try {
      const handle = await open(temp, 'wx', 0o600);
      try {
        for await (const piece of reader.stream()) await handle.write(piece as Buffer);
        await handle.sync();
      } finally {
        await handle.close();
      }
      if (options.overwrite) await rm(target, { force: true });
      await link(temp, target).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'EEXIST') throw new AppError('CONFLICT', 'A file is already there: nothing was written. Choose another name, or allow overwriting.');
        throw error;
      });
      placed = true;
      fsyncDirectory(dirname(target));
      this.writes.run((audit) => audit({ action: 'attachment.copy-saved', subjectId: id, detail: { entryId: attachment.entryId, bytes: attachment.bytes } }));
      return attachment;
    } catch (error) {
      if (placed) await rm(target, { force: true });
      throw asStorageError(error, 'the copy');
    } finally {
      await unlink(temp).catch(() => undefined);
      await reader.close();
    }
  }

  /** Files without a row and live rows without a file; `.partial` files are swept at unlock, not reported. */
  orphans(): AttachmentOrphans {
    return orphansIn(this.dir, this.rows.liveIdList());
  }

  /** Destroys files no live row names (removals cut short, rows never written). */
  async removeOrphanFiles(): Promise<number> {
    const { filesWithoutRow } = this.orphans();
    for (const id of filesWithoutRow) await removeAttachmentFile(this.dir, id);
    return filesWithoutRow.length;
  }

  /** At lock: every open reader wipes its file key and closes, whatever it was serving. */
  closeAll(): void {
    this.readers.closeAll();
  }
}

/** The first HEAD_BYTES of a file, through the writer's own checks (no folder, no FIFO, no device). */
async function readHead(path: string): Promise<{ bytes: Buffer; size: number }> {
  const opened = await openSource(path, undefined);
  try {
    const size = opened.expectedBytes ?? 0;
    for await (const piece of opened.pieces) {
      if (typeof piece === 'string') break;
      return { bytes: Buffer.from(piece.subarray(0, HEAD_BYTES)), size };
    }
    return { bytes: Buffer.alloc(0), size };
  } finally {
    await opened.close();
  }
}

async function readAll(path: string, bytes: number): Promise<Buffer> {
  const opened = await openSource(path, bytes);
  try {
    const parts: Buffer[] = [];
    for await (const piece of sourceBytes(opened)) parts.push(Buffer.from(piece));
    return Buffer.concat(parts);
  } finally {
    await opened.close();
  }
}
