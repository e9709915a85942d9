import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fstatSync, fsyncSync, openSync, readSync, writeSync } from 'node:fs';

/**
 * The vault header file (`vault.header`): a fixed 8 KiB file of two 4 KiB slots, each holding
 * a whole copy of the header (JSON) behind a magic, a sequence number, a length and a SHA-256
 * checksum. docs/vault-format.md is the specification.
 *
 * Why slots, written in place: a header replaced by write-temp-and-rename leaves the old
 * header's blocks free but intact, so an old passphrase stays usable by anyone who reads the
 * raw disk (a passphrase change or a purge could be undone). Here every write overwrites the
 * same bytes of the same file: slot 0 first, fsync, then slot 1, fsync. A crash while slot 0 is
 * written leaves slot 1 (the old header, still valid); a crash while slot 1 is written leaves
 * slot 0 (the new header, higher sequence). The reader takes the valid slot with the highest
 * sequence. LUKS keeps its keyslots the same way, for the same reason.
 */
export const SLOT_BYTES = 4096;
export const SLOT_COUNT = 2;
export const HEADER_FILE_BYTES = SLOT_BYTES * SLOT_COUNT;

/** "FNVHDR", NUL, slot layout version 1. */
const MAGIC = Buffer.from([0x46, 0x4e, 0x56, 0x48, 0x44, 0x52, 0x00, 0x01]);
const SEQUENCE_AT = 8;
const LENGTH_AT = 16;
const CHECKSUM_AT = 20;
const BODY_AT = 52;
export const MAX_BODY_BYTES = SLOT_BYTES - BODY_AT;

export type SlotReading =
  | { state: 'valid'; sequence: bigint; body: Buffer }
  | { state: 'blank' }
  | { state: 'damaged'; reason: string };

function checksum(prefix: Buffer, body: Buffer): Buffer {
  return createHash('sha256').update(prefix).update(body).digest();
}

export function encodeSlot(sequence: bigint, body: Buffer): Buffer {
  if (body.length > MAX_BODY_BYTES) throw new Error(`header body of ${body.length} bytes does not fit a slot`);
  const slot = Buffer.alloc(SLOT_BYTES);
  MAGIC.copy(slot, 0);
  slot.writeBigUInt64BE(sequence, SEQUENCE_AT);
  slot.writeUInt32BE(body.length, LENGTH_AT);
  checksum(slot.subarray(0, CHECKSUM_AT), body).copy(slot, CHECKSUM_AT);
  body.copy(slot, BODY_AT);
  return slot;
}

export function decodeSlot(slot: Buffer): SlotReading {
  if (slot.length < SLOT_BYTES) return { state: 'damaged', reason: 'the slot is cut short' };
  if (slot.every((byte) => byte === 0)) return { state: 'blank' };
  if (!slot.subarray(0, MAGIC.length).equals(MAGIC)) return { state: 'damaged', reason: 'the slot does not start with the header magic' };
  const length = slot.readUInt32BE(LENGTH_AT);
  if (length === 0 || length > MAX_BODY_BYTES) return { state: 'damaged', reason: 'the slot length is out of range' };
  const body = slot.subarray(BODY_AT, BODY_AT + length);
  if (!checksum(slot.subarray(0, CHECKSUM_AT), body).equals(slot.subarray(CHECKSUM_AT, BODY_AT))) {
    return { state: 'damaged', reason: 'the slot checksum does not match' };
  }
  return { state: 'valid', sequence: slot.readBigUInt64BE(SEQUENCE_AT), body: Buffer.from(body) };
}

/** Reads both slots; a file shorter than 8 KiB reads as damaged slots, never as an error. */
export function readSlots(file: string): SlotReading[] {
  const fd = openSync(file, 'r');
  try {
    const readings: SlotReading[] = [];
    for (let index = 0; index < SLOT_COUNT; index += 1) {
      const slot = Buffer.alloc(SLOT_BYTES);
      const read = readSync(fd, slot, 0, SLOT_BYTES, index * SLOT_BYTES);
      readings.push(decodeSlot(read === SLOT_BYTES ? slot : slot.subarray(0, read)));
    }
    return readings;
  } finally {
    closeSync(fd);
  }
}

/** The newest valid slot, or null when neither slot holds a valid header. */
export function newestSlot(readings: SlotReading[]): { sequence: bigint; body: Buffer } | null {
  let newest: { sequence: bigint; body: Buffer } | null = null;
  for (const reading of readings) {
    if (reading.state === 'valid' && (newest === null || reading.sequence > newest.sequence)) newest = reading;
  }
  return newest;
}

function writeFully(fd: number, bytes: Buffer, position: number): void {
  let written = 0;
  while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written, position + written);
}

/**
 * Overwrites both slots in place, one after the other, each forced to the device before the
 * next is touched. `create` makes the file (mode 0600) when it does not exist yet.
 */
export function writeSlots(file: string, sequence: bigint, body: Buffer, options: { create: boolean }): void {
  const slot = encodeSlot(sequence, body);
  const fd = openSync(file, options.create ? 'w' : 'r+', 0o600);
  try {
    for (let index = 0; index < SLOT_COUNT; index += 1) {
      writeFully(fd, slot, index * SLOT_BYTES);
      fsyncSync(fd);
    }
  } finally {
    closeSync(fd);
  }
}

/** Overwrites a file's bytes in place with random data and forces them to the device. */
export function overwriteInPlace(file: string, onProgress?: (done: number, total: number) => void): void {
  const fd = openSync(file, 'r+');
  try {
    overwriteOpenFile(fd, onProgress);
  } finally {
    closeSync(fd);
  }
}

const WIPE_CHUNK = 1 << 20;

/** The same, for a file already open (a database already renamed away still has its inode). */
export function overwriteOpenFile(fd: number, onProgress?: (done: number, total: number) => void): void {
  const { size } = fstatSync(fd);
  const total = Math.max(size, 1);
  const chunk = randomBytes(Math.min(total, WIPE_CHUNK));
  for (let done = 0; done < total; done += chunk.length) {
    const length = Math.min(chunk.length, total - done);
    writeFully(fd, chunk.subarray(0, length), done);
    onProgress?.(done + length, total);
  }
  fsyncSync(fd);
}
