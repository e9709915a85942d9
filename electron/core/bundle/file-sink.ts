import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { Writable } from 'node:stream';

/**
 * The bundle's last stage: every buffer written to `handle` as it comes (queued buffers in one
 * writev), hashed once for the audit log, and flushed to the device in the background every
 * FLUSH_EVERY_BYTES so the disk works while the rest is encrypted; otherwise the kernel holds
 * up to a fifth of RAM dirty and the closing fsync writes a whole large bundle with nothing
 * left to overlap it. The stream finishes only once the file is fsynced.
 */
const FLUSH_EVERY_BYTES = 64 * 1024 * 1024;

async function writeAll(handle: FileHandle, parts: Buffer[]): Promise<void> {
  const pending = parts.filter((part) => part.length > 0);
  while (pending.length > 0) {
    let { bytesWritten } = await handle.writev(pending);
    // A short write (rare on regular files, possible after a signal) resumes where it stopped.
    while (pending.length > 0 && bytesWritten >= (pending[0] as Buffer).length) bytesWritten -= (pending.shift() as Buffer).length;
    if (bytesWritten > 0 && pending.length > 0) pending[0] = (pending[0] as Buffer).subarray(bytesWritten);
  }
}

export class FileSink extends Writable {
  private readonly hash = createHash('sha256');
  private written = 0;
  private unflushed = 0;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly handle: FileHandle) {
    super({ highWaterMark: 4 * 1024 * 1024 });
  }

  get bytes(): number {
    return this.written;
  }

  /** SHA-256 of everything written, lowercase hex; once the stream has finished. */
  sha256(): string {
    return this.hash.digest('hex');
  }

  override _writev(chunks: { chunk: Buffer }[], callback: (error?: Error | null) => void): void {
    const parts = chunks.map(({ chunk }) => chunk);
    for (const part of parts) {
      this.hash.update(part);
      this.written += part.length;
      this.unflushed += part.length;
    }
    writeAll(this.handle, parts).then(() => {
      if (this.unflushed >= FLUSH_EVERY_BYTES) this.startFlush();
      callback();
    }, callback);
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.flushing.then(() => this.handle.sync()).then(() => callback(), callback);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    // A flush in flight is waited out, so the caller can close and remove the file after a failure.
    this.flushing.then(() => callback(error), () => callback(error));
  }

  /** One flush at a time; a failed one fails the closing fsync's wait. */
  private startFlush(): void {
    this.unflushed = 0;
    this.flushing = this.flushing.then(() => this.handle.datasync());
  }
}
