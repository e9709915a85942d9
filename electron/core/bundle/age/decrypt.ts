import { Transform, type TransformCallback } from 'node:stream';
import { AppError } from '../../../../shared/errors';
import { ByteQueue } from '../byte-queue';
import { malformed, tampered } from '../errors';
import { findHeaderEnd, headerMacMatches, parseHeader, type Header } from './header';
import { CHUNK_BYTES, PAYLOAD_NONCE_BYTES, payloadKey, PayloadOpener, SEALED_CHUNK_BYTES } from './payload';
import { recipientOf, unwrapFileKey, type AgeIdentity } from './x25519';

/** A bundle is encrypted to a few recipients; a header this long is not one of ours (nor sane). */
export const MAX_HEADER_BYTES = 64 * 1024;

/** What 'header' reports: how many stanzas, and the recipient (`age1…`) whose identity unwrapped the file key. */
export interface AgeHeaderInfo {
  readonly stanzas: number;
  readonly recipient: string;
}

/** What a header's stanzas gave: the file key, and the recipient (`age1…`) of the identity that unwrapped it. */
interface Unwrapped {
  readonly fileKey: Buffer;
  readonly recipient: string;
}

/** The file key from the first stanza one of `identities` unwraps, after every stanza was checked. */
function unwrapAny(header: Header, identities: readonly AgeIdentity[]): Unwrapped {
  if (header.stanzas.some((s) => s.args[0] === 'scrypt') && header.stanzas.length > 1) {
    throw malformed('an scrypt stanza must be the only stanza');
  }
  let unwrapped: Unwrapped | null = null;
  for (const stanza of header.stanzas) {
    for (const identity of identities) {
      const key = unwrapFileKey(stanza, identity);
      if (key && !unwrapped) unwrapped = { fileKey: key, recipient: recipientOf(identity) };
      else key?.fill(0);
    }
  }
  if (!unwrapped) throw new AppError('NOT_A_RECIPIENT', 'This file was not encrypted to any of the given age identities.');
  return unwrapped;
}

/**
 * An age v1 file in, its plaintext out. The header is parsed, unwrapped and its MAC checked
 * before any output ('header' is emitted once it and the payload nonce are in, with the number
 * of stanzas and the recipient whose identity unwrapped the file key); each chunk is released only once its tag is
 * checked, but the end of the payload is known only at the end of the input: a consumer must
 * treat what it received as unproven until the stream finishes without error.
 */
export class AgeDecryptStream extends Transform {
  private readonly input = new ByteQueue();
  private opener: PayloadOpener | null = null;
  private header: Header | null = null;
  private fileKey: Buffer | null = null;
  private unwrappedBy = '';

  constructor(private readonly identities: readonly AgeIdentity[]) {
    super();
    if (identities.length === 0) throw new AppError('INVALID_INPUT', 'Opening a bundle needs an age identity.');
  }

  override _transform(data: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.input.push(data);
    try {
      this.advance();
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      this.advance();
      if (!this.header) throw malformed(this.input.length === 0 ? 'the file is empty' : 'the header is incomplete');
      if (!this.opener) throw malformed('the payload nonce is missing or short');
      const last = this.opener.openLast(this.input.take(this.input.length));
      if (last.length > 0) this.push(last);
      callback();
    } catch (error) {
      callback(error as Error);
    } finally {
      this.wipe();
    }
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    this.wipe();
    callback(error);
  }

  private advance(): void {
    if (!this.header) this.readHeader();
    if (this.header && !this.opener && this.input.length >= PAYLOAD_NONCE_BYTES) {
      this.opener = new PayloadOpener(payloadKey(this.fileKey as Buffer, this.input.take(PAYLOAD_NONCE_BYTES)));
      this.fileKey?.fill(0);
      this.fileKey = null;
      const info: AgeHeaderInfo = { stanzas: this.header.stanzas.length, recipient: this.unwrappedBy };
      this.emit('header', info);
    }
    // A full chunk is opened as a middle chunk only once a byte after it has arrived; all those
    // that have go into one output buffer, opened in place.
    const count = this.opener && this.input.length > SEALED_CHUNK_BYTES ? Math.floor((this.input.length - 1) / SEALED_CHUNK_BYTES) : 0;
    if (!this.opener || count === 0) return;
    const out = Buffer.allocUnsafe(count * CHUNK_BYTES);
    try {
      for (let i = 0; i < count; i += 1) this.opener.openMiddle(this.input.take(SEALED_CHUNK_BYTES), out.subarray(i * CHUNK_BYTES, (i + 1) * CHUNK_BYTES));
    } catch (error) {
      out.fill(0);
      throw error;
    }
    this.push(out);
  }

  private readHeader(): void {
    const pending = this.input.peekAll();
    const end = findHeaderEnd(pending.subarray(0, MAX_HEADER_BYTES));
    if (end < 0) {
      if (pending.length >= MAX_HEADER_BYTES) throw malformed('the header is longer than 64 KiB');
      return;
    }
    const header = parseHeader(Buffer.from(this.input.take(end)));
    const { fileKey, recipient } = unwrapAny(header, this.identities);
    if (!headerMacMatches(header, fileKey)) {
      fileKey.fill(0);
      throw tampered('the header MAC does not match');
    }
    this.header = header;
    this.fileKey = fileKey;
    this.unwrappedBy = recipient;
  }

  private wipe(): void {
    this.fileKey?.fill(0);
    this.fileKey = null;
    this.opener?.wipe();
  }
}
