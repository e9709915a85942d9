import { randomBytes } from 'node:crypto';
import { AppError } from '../../../../shared/errors';
import { serializeHeader } from './header';
import { CHUNK_BYTES, PAYLOAD_NONCE_BYTES, payloadKey, PayloadSealer, SEALED_CHUNK_BYTES } from './payload';
import { FILE_KEY_BYTES, parseAgeRecipient, wrapFileKey } from './x25519';

/**
 * An age v1 file for these recipients: its header and payload nonce (the file's first bytes),
 * and the sealer of its payload. The file key lives only long enough to wrap it and derive the
 * payload key.
 */
export function startAgeFile(recipients: readonly string[]): { head: Buffer; sealer: PayloadSealer } {
  const keys = recipients.map(parseAgeRecipient);
  if (keys.length === 0) throw new AppError('INVALID_INPUT', 'A bundle needs at least one recipient.');
  if (new Set(keys.map((k) => k.toString('hex'))).size !== keys.length) throw new AppError('INVALID_INPUT', 'A recipient is listed twice.');
  const fileKey = randomBytes(FILE_KEY_BYTES);
  const nonce = randomBytes(PAYLOAD_NONCE_BYTES);
  try {
    return { head: Buffer.concat([serializeHeader(keys.map((k) => wrapFileKey(fileKey, k)), fileKey), nonce]), sealer: new PayloadSealer(payloadKey(fileKey, nonce)) };
  } finally {
    fileKey.fill(0);
  }
}

/** Room a block of `plainBytes` takes once sealed. */
export const sealedBytes = (plainBytes: number): number => Math.max(1, Math.ceil(plainBytes / CHUNK_BYTES)) * (SEALED_CHUNK_BYTES - CHUNK_BYTES) + plainBytes;

/**
 * Seals the first `length` bytes of `plain` into `out` as consecutive payload chunks and returns
 * the bytes written. Not `final`: `length` is whole chunks, each a middle one (the caller knows
 * more follows). `final`: the last chunk (full, short, or empty when it is the payload's only
 * chunk, as age.md allows) carries the last-chunk flag.
 */
export function sealChunks(sealer: PayloadSealer, plain: Buffer, length: number, final: boolean, out: Buffer): number {
  if (!final && length % CHUNK_BYTES !== 0) throw new AppError('INTERNAL', 'Only whole chunks can be sealed before the end of the payload.');
  const count = final ? Math.max(1, Math.ceil(length / CHUNK_BYTES)) : length / CHUNK_BYTES;
  let written = 0;
  for (let i = 0; i < count; i += 1) {
    const start = i * CHUNK_BYTES;
    const end = Math.min(length, start + CHUNK_BYTES);
    const size = end - start + SEALED_CHUNK_BYTES - CHUNK_BYTES;
    sealer.seal(plain.subarray(start, end), final && i === count - 1, out.subarray(written, written + size));
    written += size;
  }
  return written;
}
