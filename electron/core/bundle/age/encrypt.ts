import { Transform, type TransformCallback } from 'node:stream';
import { startAgeFile } from './encrypt-blocks';
import { CHUNK_BYTES, type PayloadSealer, SEALED_CHUNK_BYTES } from './payload';

/**
 * Plaintext in, an age v1 file out, encrypted to every recipient. Each input buffer becomes one
 * output buffer holding every chunk it completes, sealed in place (no per-chunk buffers, pushes
 * or copies beyond the one chunk that straddles two inputs); a full chunk is held back only
 * until the next byte shows it is not the last one.
 */
export class AgeEncryptStream extends Transform {
  private readonly sealer: PayloadSealer;
  private readonly chunk = Buffer.alloc(CHUNK_BYTES);
  private filled = 0;

  constructor(recipients: readonly string[]) {
    super();
    const { head, sealer } = startAgeFile(recipients);
    this.push(head);
    this.sealer = sealer;
  }

  override _transform(data: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    // A chunk is sealed once a byte after it has arrived: that many are complete now.
    const total = this.filled + data.length;
    const count = total === 0 ? 0 : Math.floor((total - 1) / CHUNK_BYTES);
    if (count === 0) {
      data.copy(this.chunk, this.filled);
      this.filled += data.length;
      callback();
      return;
    }
    const out = Buffer.allocUnsafe(count * SEALED_CHUNK_BYTES);
    let at = 0;
    for (let i = 0; i < count; i += 1) {
      let plain: Buffer;
      if (this.filled > 0) {
        at = data.copy(this.chunk, this.filled, 0, CHUNK_BYTES - this.filled);
        this.filled = 0;
        plain = this.chunk;
      } else {
        plain = data.subarray(at, at + CHUNK_BYTES);
        at += CHUNK_BYTES;
      }
      this.sealer.seal(plain, false, out.subarray(i * SEALED_CHUNK_BYTES, (i + 1) * SEALED_CHUNK_BYTES));
    }
    this.filled = data.copy(this.chunk, 0, at);
    callback(null, out);
  }

  override _flush(callback: TransformCallback): void {
    this.emitChunk(true);
    this.sealer.wipe();
    this.chunk.fill(0);
    callback();
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.sealer.wipe();
    this.chunk.fill(0);
    callback(error);
  }

  private emitChunk(last: boolean): void {
    const out = Buffer.allocUnsafe(this.filled + SEALED_CHUNK_BYTES - CHUNK_BYTES);
    this.sealer.seal(this.chunk.subarray(0, this.filled), last, out);
    this.push(out);
    this.filled = 0;
  }
}
