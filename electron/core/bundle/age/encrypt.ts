import { randomBytes } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { AppError } from '../../../../shared/errors';
import { serializeHeader } from './header';
import { CHUNK_BYTES, PAYLOAD_NONCE_BYTES, payloadKey, PayloadSealer } from './payload';
import { FILE_KEY_BYTES, parseAgeRecipient, wrapFileKey } from './x25519';

/**
 * Plaintext in, an age v1 file out, encrypted to every recipient. Memory stays at one 64 KiB
 * chunk whatever the size: a full chunk is held back only until the next byte shows it is
 * not the last one.
 */
export class AgeEncryptStream extends Transform {
  private readonly sealer: PayloadSealer;
  private readonly chunk = Buffer.alloc(CHUNK_BYTES);
  private filled = 0;

  constructor(recipients: readonly string[]) {
    super();
    const keys = recipients.map(parseAgeRecipient);
    if (keys.length === 0) throw new AppError('INVALID_INPUT', 'A bundle needs at least one recipient.');
    if (new Set(keys.map((k) => k.toString('hex'))).size !== keys.length) throw new AppError('INVALID_INPUT', 'A recipient is listed twice.');
    const fileKey = randomBytes(FILE_KEY_BYTES);
    const nonce = randomBytes(PAYLOAD_NONCE_BYTES);
    try {
      this.push(Buffer.concat([serializeHeader(keys.map((k) => wrapFileKey(fileKey, k)), fileKey), nonce]));
      this.sealer = new PayloadSealer(payloadKey(fileKey, nonce));
    } finally {
      fileKey.fill(0);
    }
  }

  override _transform(data: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    let at = 0;
    while (at < data.length) {
      if (this.filled === CHUNK_BYTES) this.emitChunk(false);
      const n = Math.min(CHUNK_BYTES - this.filled, data.length - at);
      data.copy(this.chunk, this.filled, at, at + n);
      this.filled += n;
      at += n;
    }
    callback();
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
    for (const part of this.sealer.seal(this.chunk.subarray(0, this.filled), last)) this.push(part);
    this.filled = 0;
  }
}
