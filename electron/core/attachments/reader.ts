import { open, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { AppError } from '../../../shared/errors';
import { CHUNK_BYTES, corrupt, HEADER_BYTES, isAttachmentId, openChunk, openHeader, plaintextBytesOf, SEALED_CHUNK_BYTES, type FileBinding } from './format';

export interface OpenAttachmentOptions extends FileBinding {
  attachmentsDir: string;
  /** The vault's 32-byte attachments subkey; used at open, never kept. */
  subkey: Buffer;
  /** The size the database recorded: a file of any other size is refused before a byte is read. */
  expectedBytes?: number;
}

/** At most this many chunks are read and decrypted per step: 1 MiB, whatever the file's size. */
const CHUNKS_PER_STEP = 16;

export function attachmentPath(attachmentsDir: string, attachmentId: string): string {
  // The id becomes a path: only a UUID may, so no id can name a file outside the folder.
  if (!isAttachmentId(attachmentId)) throw new AppError('INVALID_INPUT', 'That is not an attachment id.');
  return join(attachmentsDir, attachmentId);
}

/**
 * One opened attachment: checked at open (header, key, size, and that the last chunk is the
 * final one, so a file cut at a chunk boundary is refused before any read), then read by
 * range or streamed, each chunk verified as it is decrypted. Close it to wipe its file key.
 */
export class AttachmentReader {
  private closed = false;

  private constructor(
    private readonly handle: FileHandle,
    private readonly header: Buffer,
    private readonly fileKey: Buffer,
    /** Plaintext size in bytes. */
    readonly bytes: number,
    private readonly chunks: number,
  ) {}

  static async open(options: OpenAttachmentOptions): Promise<AttachmentReader> {
    const path = attachmentPath(options.attachmentsDir, options.attachmentId);
    let handle: FileHandle;
    try {
      handle = await open(path, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw corrupt('its file is missing from the notebook folder');
      throw error;
    }
    let fileKey: Buffer | null = null;
    try {
      const { size } = await handle.stat();
      const header = Buffer.alloc(HEADER_BYTES);
      await handle.read(header, 0, HEADER_BYTES, 0);
      fileKey = openHeader(header, options, options.subkey);
      const { bytes, chunks } = plaintextBytesOf(size);
      if (options.expectedBytes !== undefined && bytes !== options.expectedBytes) {
        throw corrupt('its size is not the size the notebook recorded');
      }
      const reader = new AttachmentReader(handle, header, fileKey, bytes, chunks);
      (await reader.decrypt(chunks - 1, 1, Buffer.allocUnsafe(SEALED_CHUNK_BYTES))).forEach((chunk) => chunk.fill(0));
      return reader;
    } catch (error) {
      fileKey?.fill(0);
      await handle.close();
      throw error;
    }
  }

  /**
   * `length` bytes from `offset` (fewer at the end of the file), decrypting only the chunks
   * the range touches: what an HTTP range request from a media player needs.
   */
  async read(offset: number, length: number): Promise<Buffer> {
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < 0 || length < 0 || offset > this.bytes) {
      throw new AppError('INVALID_INPUT', 'That range is outside the attachment.');
    }
    const end = Math.min(this.bytes, offset + length);
    const out = Buffer.alloc(end - offset);
    for await (const piece of this.pieces(offset, end)) piece.data.copy(out, piece.at - offset);
    return out;
  }

  /** The plaintext from `start` (inclusive) to `end` (exclusive), a chunk at a time, with backpressure. */
  stream(range: { start?: number; end?: number } = {}): Readable {
    const start = range.start ?? 0;
    const end = Math.min(this.bytes, range.end ?? this.bytes);
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || start > end) {
      throw new AppError('INVALID_INPUT', 'That range is outside the attachment.');
    }
    const pieces = this.pieces(start, end);
    return Readable.from(
      (async function* () {
        for await (const piece of pieces) yield piece.data;
      })(),
      { objectMode: false, highWaterMark: CHUNK_BYTES },
    );
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.fileKey.fill(0);
    await this.handle.close();
  }

  private async *pieces(start: number, end: number): AsyncGenerator<{ at: number; data: Buffer }> {
    if (end <= start) return;
    // One read buffer per call, reused at every step (calls may run side by side: a player
    // asks for several ranges at once), so a long read makes no more garbage than it must.
    const sealed = Buffer.allocUnsafe(CHUNKS_PER_STEP * SEALED_CHUNK_BYTES);
    const last = Math.floor((end - 1) / CHUNK_BYTES);
    for (let first = Math.floor(start / CHUNK_BYTES); first <= last; first += CHUNKS_PER_STEP) {
      const chunks = await this.decrypt(first, Math.min(CHUNKS_PER_STEP, last - first + 1), sealed);
      for (const [i, chunk] of chunks.entries()) {
        const at = (first + i) * CHUNK_BYTES;
        yield { at: Math.max(at, start), data: chunk.subarray(Math.max(0, start - at), Math.min(chunk.length, end - at)) };
      }
    }
  }

  /** `count` consecutive chunks from `first`, read in one call into `sealed` and each authenticated. */
  private async decrypt(first: number, count: number, sealed: Buffer): Promise<Buffer[]> {
    if (this.closed) throw new AppError('VAULT_LOCKED', 'The attachment was closed (the notebook may have been locked).');
    const position = HEADER_BYTES + first * SEALED_CHUNK_BYTES;
    const { bytesRead } = await this.handle.read(sealed, 0, count * SEALED_CHUNK_BYTES, position);
    const plain: Buffer[] = [];
    for (let i = 0; i < count; i += 1) {
      const index = first + i;
      const from = i * SEALED_CHUNK_BYTES;
      const to = Math.min(bytesRead, from + SEALED_CHUNK_BYTES);
      // A chunk shorter than a full one is only allowed at the end; its tag decides the rest.
      if (to - from < SEALED_CHUNK_BYTES && index !== this.chunks - 1) throw corrupt('the file was cut short after it was opened');
      plain.push(openChunk(this.fileKey, this.header, index, index === this.chunks - 1, sealed.subarray(from, Math.max(from, to))));
    }
    return plain;
  }
}
