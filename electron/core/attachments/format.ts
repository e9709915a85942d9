import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/errors';

/**
 * The attachment file format, version 1 (docs/attachment-format.md is the specification; keep
 * the two in step). A fixed header carrying the per-file key wrapped under the vault's
 * attachments subkey, then the plaintext in 64 KiB chunks, each sealed with AES-256-GCM under
 * a nonce made of its index and a final-chunk flag, in the manner of age's STREAM.
 */

export const MAGIC = Buffer.from('FNATTACH', 'ascii');
export const FORMAT_VERSION = 1;
export const CHUNK_BYTES = 64 * 1024;
export const TAG_BYTES = 16;
export const SEALED_CHUNK_BYTES = CHUNK_BYTES + TAG_BYTES;
const ID_BYTES = 16;
const NONCE_BYTES = 12;
const KEY_BYTES = 32;
/** magic, version, vault id, attachment id: what the key wrap authenticates. */
const BOUND_BYTES = MAGIC.length + 4 + ID_BYTES + ID_BYTES;
export const HEADER_BYTES = BOUND_BYTES + NONCE_BYTES + KEY_BYTES + TAG_BYTES;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isAttachmentId(value: string): boolean {
  return UUID.test(value);
}

function uuidBytes(id: string, what: string): Buffer {
  if (!UUID.test(id)) throw new AppError('INVALID_INPUT', `The ${what} is not a valid id.`);
  return Buffer.from(id.replaceAll('-', ''), 'hex');
}

function uuidText(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function corrupt(detail: string): AppError {
  return new AppError('ATTACHMENT_CORRUPT', `This attachment could not be opened: ${detail}. Nothing from it was shown.`);
}

function requireKey(key: Buffer, what: string): void {
  if (key.length !== KEY_BYTES) throw new AppError('INTERNAL', `The ${what} must be ${KEY_BYTES} bytes.`);
}

export interface FileBinding {
  vaultId: string;
  attachmentId: string;
}

/** A new file key and the header that carries it wrapped under `subkey`. */
export function sealHeader(binding: FileBinding, subkey: Buffer): { header: Buffer; fileKey: Buffer } {
  requireKey(subkey, 'attachments subkey');
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt32BE(FORMAT_VERSION, MAGIC.length);
  uuidBytes(binding.vaultId, 'vault id').copy(header, MAGIC.length + 4);
  uuidBytes(binding.attachmentId, 'attachment id').copy(header, MAGIC.length + 4 + ID_BYTES);
  const nonce = randomBytes(NONCE_BYTES);
  const fileKey = randomBytes(KEY_BYTES);
  // The ids are associated data: a header copied from another attachment or another vault, or
  // with its ids rewritten to match, does not unwrap.
  const cipher = createCipheriv('aes-256-gcm', subkey, nonce);
  cipher.setAAD(header.subarray(0, BOUND_BYTES));
  const wrapped = Buffer.concat([cipher.update(fileKey), cipher.final()]);
  nonce.copy(header, BOUND_BYTES);
  wrapped.copy(header, BOUND_BYTES + NONCE_BYTES);
  cipher.getAuthTag().copy(header, BOUND_BYTES + NONCE_BYTES + KEY_BYTES);
  return { header, fileKey };
}

/**
 * Checks the header names the attachment the caller expects and returns its file key. The
 * ids are compared first only to give a precise message; the unwrap is what enforces them.
 */
export function openHeader(header: Buffer, expected: FileBinding, subkey: Buffer): Buffer {
  requireKey(subkey, 'attachments subkey');
  if (header.length < HEADER_BYTES || !header.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw corrupt('the file is not a Fieldnotes attachment');
  }
  const version = header.readUInt32BE(MAGIC.length);
  if (version > FORMAT_VERSION) {
    throw new AppError('VAULT_TOO_NEW', 'This attachment was stored by a newer version of Fieldnotes. Update the app to open it.');
  }
  if (version !== FORMAT_VERSION) throw corrupt(`its format version (${version}) is unknown`);
  const vaultId = uuidText(header.subarray(MAGIC.length + 4, MAGIC.length + 4 + ID_BYTES));
  const attachmentId = uuidText(header.subarray(MAGIC.length + 4 + ID_BYTES, BOUND_BYTES));
  if (vaultId !== expected.vaultId) throw corrupt('the file belongs to another notebook');
  if (attachmentId !== expected.attachmentId) throw corrupt('the file on disk is a different attachment (files swapped or replaced)');
  const decipher = createDecipheriv('aes-256-gcm', subkey, header.subarray(BOUND_BYTES, BOUND_BYTES + NONCE_BYTES));
  decipher.setAAD(header.subarray(0, BOUND_BYTES));
  decipher.setAuthTag(header.subarray(BOUND_BYTES + NONCE_BYTES + KEY_BYTES, HEADER_BYTES));
  const key = decipher.update(header.subarray(BOUND_BYTES + NONCE_BYTES, BOUND_BYTES + NONCE_BYTES + KEY_BYTES));
  try {
    decipher.final();
    return key;
  } catch {
    key.fill(0);
    throw corrupt('its header was altered or does not belong to this notebook');
  }
}

/** 11-byte big-endian chunk index, then 0x01 on the last chunk and 0x00 on every other. */
export function chunkNonce(index: number, final: boolean): Buffer {
  const nonce = Buffer.alloc(NONCE_BYTES);
  nonce.writeUIntBE(index, 5, 6);
  nonce[NONCE_BYTES - 1] = final ? 1 : 0;
  return nonce;
}

/**
 * Every chunk also authenticates the whole header, so a chunk is bound to its file even if a
 * file key were ever repeated.
 */
export function sealChunk(fileKey: Buffer, header: Buffer, index: number, final: boolean, plain: Buffer): Buffer[] {
  const cipher = createCipheriv('aes-256-gcm', fileKey, chunkNonce(index, final));
  cipher.setAAD(header);
  // GCM's final() yields no bytes; the parts go to writev as they are, without a copy.
  const parts = [cipher.update(plain), cipher.final()];
  parts.push(cipher.getAuthTag());
  return parts;
}

/** The plaintext of one sealed chunk, or ATTACHMENT_CORRUPT naming it. */
export function openChunk(fileKey: Buffer, header: Buffer, index: number, final: boolean, sealed: Buffer): Buffer {
  if (sealed.length < TAG_BYTES) throw corrupt(`part ${index + 1} is cut short`);
  const decipher = createDecipheriv('aes-256-gcm', fileKey, chunkNonce(index, final));
  decipher.setAAD(header);
  decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
  const plain = decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES));
  try {
    decipher.final();
    return plain;
  } catch {
    plain.fill(0);
    throw corrupt(`part ${index + 1} was altered, moved or cut short${final ? ', or the end of the file is missing' : ''}`);
  }
}

/** The file's size for `plaintextBytes` of content: the header plus one tag per chunk (at least one). */
export function sealedFileBytes(plaintextBytes: number): number {
  const chunks = Math.max(1, Math.ceil(plaintextBytes / CHUNK_BYTES));
  return HEADER_BYTES + plaintextBytes + chunks * TAG_BYTES;
}

/**
 * The content size a file of `fileBytes` holds, or ATTACHMENT_CORRUPT when no complete file
 * has that size (cut inside a tag, or an empty chunk that is not the only one).
 */
export function plaintextBytesOf(fileBytes: number): { bytes: number; chunks: number } {
  const body = fileBytes - HEADER_BYTES;
  if (body < TAG_BYTES) throw corrupt('the file is cut short');
  const chunks = Math.ceil(body / SEALED_CHUNK_BYTES);
  const last = body - (chunks - 1) * SEALED_CHUNK_BYTES;
  if (last < TAG_BYTES || (last === TAG_BYTES && chunks > 1)) throw corrupt('the file is cut short or has bytes added');
  return { bytes: body - chunks * TAG_BYTES, chunks };
}
