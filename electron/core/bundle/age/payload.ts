import { tampered } from '../errors';
import { hkdfSha256 } from '../hkdf';
import { openInto, sealInto } from '../crypto-backend';
import { TAG_BYTES } from './aead';

/**
 * age's payload (age.md, "Payload"): a 16-byte nonce, then STREAM over ChaCha20-Poly1305 in
 * 64 KiB chunks. Each chunk's nonce is an 11-byte big-endian counter and a last-chunk flag, so
 * chunks cannot be reordered, dropped or cut off at a chunk boundary without failing a tag.
 */
export const CHUNK_BYTES = 64 * 1024;
export const SEALED_CHUNK_BYTES = CHUNK_BYTES + TAG_BYTES;
export const PAYLOAD_NONCE_BYTES = 16;

export function payloadKey(fileKey: Uint8Array, nonce: Uint8Array): Buffer {
  return hkdfSha256(fileKey, nonce, 'payload');
}

/** The per-chunk nonce; 2^48 chunks (16 EiB) is far past any bundle, so six counter bytes do. */
class ChunkNonce {
  private readonly bytes = Buffer.alloc(12);
  private counter = 0;

  get index(): number {
    return this.counter;
  }

  next(last: boolean): Buffer {
    this.bytes.writeUIntBE(this.counter, 5, 6);
    this.bytes[11] = last ? 1 : 0;
    this.counter += 1;
    return this.bytes;
  }
}

/** Seals each chunk into the caller's buffer, so a stream can seal many chunks into one output. */
export class PayloadSealer {
  private readonly nonce = new ChunkNonce();

  constructor(private readonly key: Buffer) {}

  /**
   * A chunk of CHUNK_BYTES, or the last one (shorter, or empty only when it is the only one),
   * sealed into `out` (chunk length + TAG_BYTES).
   */
  seal(chunk: Buffer, last: boolean, out: Buffer): void {
    sealInto(this.key, this.nonce.next(last), chunk, out);
  }

  wipe(): void {
    this.key.fill(0);
  }
}

export class PayloadOpener {
  private readonly nonce = new ChunkNonce();

  constructor(private readonly key: Buffer) {}

  get chunksOpened(): number {
    return this.nonce.index;
  }

  /** A full sealed chunk known to have data after it, opened into `out` (CHUNK_BYTES). */
  openMiddle(sealed: Buffer, out: Buffer): void {
    const at = this.nonce.index;
    if (!openInto(this.key, this.nonce.next(false), sealed, out)) throw tampered(`payload chunk ${at} does not authenticate`);
  }

  /** What is left at the end of the input: must be one final chunk, non-empty unless it is the only one. */
  openLast(sealed: Buffer): Buffer {
    const at = this.nonce.index;
    if (sealed.length === 0) throw tampered(at === 0 ? 'the payload has no chunk' : `the payload ends after chunk ${at - 1} without a final chunk`);
    const plaintext = Buffer.allocUnsafe(Math.max(0, sealed.length - TAG_BYTES));
    if (sealed.length < TAG_BYTES || !openInto(this.key, this.nonce.next(true), sealed, plaintext)) {
      throw tampered(`final payload chunk ${at} does not authenticate (altered or truncated)`);
    }
    if (plaintext.length === 0 && at > 0) throw tampered('the final payload chunk is empty');
    return plaintext;
  }

  wipe(): void {
    this.key.fill(0);
  }
}
