import { randomBytes } from 'node:crypto';

/**
 * A new entry's id: a UUID version 7 (RFC 9562), the creation time in milliseconds in its first
 * 48 bits and 74 random bits after. Ids made one after another sort one after another, so each
 * lands at the end of the entries' unique id index. A random (version 4) id lands on any of its
 * pages: a batched import of 1,000 entries into a notebook of 100,000 rewrote nearly all of
 * them (about 300 pages of 16 KiB, each encrypted, written to the WAL and checkpointed again)
 * to add 40 KB of ids. The time in it is the entry's createdAt, which it carries anyway.
 */
export function newEntryId(nowMs: number): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(Math.max(0, Math.trunc(nowMs)), 0, 6);
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
