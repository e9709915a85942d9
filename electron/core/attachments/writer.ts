import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { asStorageError, fsyncDirectory } from '../fs/atomic-file';
import { CHUNK_BYTES, sealChunk, sealHeader } from './format';
import { openSource, sourceBytes, type AttachmentSource, type OpenedSource } from './source';

export interface WriteAttachmentOptions {
  /** The vault's `attachments/` folder (vaultLayout(dir).attachments); made if missing. */
  attachmentsDir: string;
  vaultId: string;
  /** The vault's 32-byte attachments subkey; used, never kept. */
  subkey: Buffer;
  source: AttachmentSource;
  /** The size the officer picked; a source that ends up another size is refused. A path's own size is used when absent. */
  expectedBytes?: number;
  signal?: AbortSignal;
  /** Plaintext bytes read so far, after each megabyte or so. */
  onProgress?: (bytesRead: number) => void;
  /**
   * An existing attachment written again under a new subkey (a re-encryption): its id, and the
   * name the finished file takes instead of the id. A new file key is drawn all the same.
   */
  rewrite?: { attachmentId: string; fileName: string };
}

export interface WrittenAttachment {
  /** A random UUID, also the file's name: the original name never reaches the disk. */
  attachmentId: string;
  /** Plaintext size in bytes. */
  bytes: number;
  /** SHA-256 of the plaintext, lowercase hex. */
  sha256: string;
}

/** Sealed chunks are gathered and written a megabyte at a time: fewer calls, same memory bound. */
const WRITE_BATCH_BYTES = 1024 * 1024;
/**
 * Every so often the written part is flushed in the background, so the disk works while the
 * rest is encrypted; otherwise the kernel holds up to a fifth of RAM dirty and the final fsync
 * writes a whole large file with nothing left to overlap it.
 */
const FLUSH_EVERY_BYTES = 64 * 1024 * 1024;

/** Only `*.partial` names are in-progress writes; a crash leaves one and nothing the notebook would read. */
export function partialName(attachmentId: string): string {
  return `${attachmentId}.partial`;
}

async function writeAll(handle: FileHandle, parts: Buffer[]): Promise<void> {
  const pending = parts.filter((part) => part.length > 0);
  while (pending.length > 0) {
    let { bytesWritten } = await handle.writev(pending);
    // A short write (rare on regular files, possible after a signal) resumes where it stopped.
    while (pending.length > 0 && bytesWritten >= (pending[0] as Buffer).length) bytesWritten -= (pending.shift() as Buffer).length;
    if (bytesWritten > 0 && pending.length > 0) pending[0] = (pending[0] as Buffer).subarray(bytesWritten);
  }
}

class ChunkSealer {
  private readonly plain = Buffer.allocUnsafe(CHUNK_BYTES);
  private fill = 0;
  private index = 0;
  private batch: Buffer[] = [];
  private batchBytes = 0;
  /** One batch is written while the next is encrypted. */
  private writing: Promise<void> = Promise.resolve();
  private flushing: Promise<void> | null = null;
  private unflushedBytes = 0;

  constructor(
    private readonly handle: FileHandle,
    private readonly fileKey: Buffer,
    private readonly header: Buffer,
  ) {}

  /**
   * A full chunk is sealed only once a later byte arrives: until then it may be the last one,
   * whose nonce carries the final flag.
   */
  async add(piece: Buffer): Promise<void> {
    let at = 0;
    while (at < piece.length) {
      if (this.fill === CHUNK_BYTES) await this.seal(false);
      const taken = piece.copy(this.plain, this.fill, at, at + CHUNK_BYTES - this.fill);
      this.fill += taken;
      at += taken;
    }
  }

  /** Seals the last chunk and makes the whole file durable. */
  async finish(): Promise<void> {
    await this.seal(true);
    await this.writing;
    await writeAll(this.handle, this.batch);
    await this.flushing;
    await this.handle.sync();
    this.plain.fill(0);
  }

  /** Waits out a write or flush in flight, so the file can be closed and removed after a failure. */
  async settle(): Promise<void> {
    await this.writing.catch(() => undefined);
    await this.flushing?.catch(() => undefined);
    this.plain.fill(0);
  }

  private async startFlush(): Promise<void> {
    await this.flushing;
    this.unflushedBytes = 0;
    this.flushing = this.writing.then(() => this.handle.datasync());
    this.flushing.catch(() => undefined);
  }

  private async seal(final: boolean): Promise<void> {
    for (const part of sealChunk(this.fileKey, this.header, this.index, final, this.plain.subarray(0, this.fill))) {
      this.batch.push(part);
      this.batchBytes += part.length;
    }
    this.index += 1;
    this.fill = 0;
    if (this.batchBytes >= WRITE_BATCH_BYTES) {
      const batch = this.batch;
      this.batch = [];
      this.batchBytes = 0;
      await this.writing;
      this.writing = writeAll(this.handle, batch);
      // Observed at the next batch, at finish() or at settle(); never an unhandled rejection.
      this.writing.catch(() => undefined);
      this.unflushedBytes += WRITE_BATCH_BYTES;
      if (this.unflushedBytes >= FLUSH_EVERY_BYTES) await this.startFlush();
    }
  }
}

/**
 * Encrypts `source` into a new attachment file: written under a `.partial` name inside the
 * vault's own folder (never the system temp folder, which may be another disk or shared),
 * fsynced, renamed to its id, and the folder fsynced. Any failure or a cancel removes the
 * partial file; a full disk is STORAGE_FULL. Returns what the database row will record.
 */
export async function writeAttachment(options: WriteAttachmentOptions): Promise<WrittenAttachment> {
  const { attachmentsDir, signal } = options;
  signal?.throwIfAborted();
  const attachmentId = options.rewrite?.attachmentId ?? randomUUID();
  const finalPath = join(attachmentsDir, options.rewrite?.fileName ?? attachmentId);
  const tempPath = join(attachmentsDir, partialName(attachmentId));
  const { header, fileKey } = sealHeader({ vaultId: options.vaultId, attachmentId }, options.subkey);
  let source: OpenedSource | null = null;
  let handle: FileHandle | null = null;
  let sealer: ChunkSealer | null = null;
  let renamed = false;
  try {
    source = await openSource(options.source, options.expectedBytes, signal);
    await mkdir(attachmentsDir, { recursive: true, mode: 0o700 });
    handle = await open(tempPath, 'wx', 0o600);
    await writeAll(handle, [header]);
    sealer = new ChunkSealer(handle, fileKey, header);
    const hash = createHash('sha256');
    let bytes = 0;
    let reported = 0;
    for await (const piece of sourceBytes(source, signal)) {
      hash.update(piece);
      await sealer.add(piece);
      bytes += piece.length;
      if (bytes - reported >= WRITE_BATCH_BYTES) {
        reported = bytes;
        options.onProgress?.(bytes);
      }
      signal?.throwIfAborted();
    }
    await sealer.finish();
    await handle.close();
    handle = null;
    signal?.throwIfAborted();
    await rename(tempPath, finalPath);
    renamed = true;
    fsyncDirectory(attachmentsDir);
    options.onProgress?.(bytes);
    return { attachmentId, bytes, sha256: hash.digest('hex') };
  } catch (error) {
    await sealer?.settle();
    await handle?.close().catch(() => undefined);
    // A file whose rename may not survive a power cut is not handed to the database either.
    await rm(renamed ? finalPath : tempPath, { force: true });
    throw asStorageError(error, 'the attachment');
  } finally {
    fileKey.fill(0);
    await source?.close();
  }
}
