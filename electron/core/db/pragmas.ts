import type { Db } from './driver';

/**
 * Settings every connection runs with, encrypted or not (the benchmark's plain baseline too).
 * - WAL + synchronous=FULL: a power cut after a save returns loses nothing.
 * - secure_delete: deleted text is overwritten, not left in free pages.
 * - temp_store=MEMORY: without it SQLite spills large sorts and temp tables to *plaintext*
 *   temp files outside the encrypted database (seen on this machine kind).
 * - trusted_schema=OFF: a tampered schema cannot call functions with side effects.
 * - cache_size: keep hot pages decrypted in memory so search does not pay AES on every page.
 * - journal_size_limit: the WAL grows to the largest transaction (an import of thousands of
 *   notes: hundreds of MB) and SQLite keeps the file that size until the vault closes; past
 *   16 MiB it is cut back at the next checkpoint.
 * - wal_autocheckpoint: a checkpoint decrypts each page's latest frame from the WAL and
 *   encrypts it again into the database, and a batch of 1,000 notes into a notebook of 100,000
 *   rewrites most pages of its indexes (entries are dated at random, so each lands anywhere).
 *   At SQLite's 1,000 pages the checkpoint came after nearly every batch and cost more CPU time
 *   than the commit itself; at 8,192 pages (128 MiB of 16 KiB pages) a hot page is copied once
 *   for several batches. A save of one note adds a few pages, so its checkpoints stay short.
 */
export const CONNECTION_PRAGMAS = [
  ['journal_mode', 'WAL'],
  ['synchronous', 'FULL'],
  ['foreign_keys', 'ON'],
  ['secure_delete', 'ON'],
  ['temp_store', 'MEMORY'],
  ['trusted_schema', 'OFF'],
  ['cache_size', '-65536'],
  ['journal_size_limit', String(16 * 2 ** 20)],
  ['wal_autocheckpoint', '8192'],
] as const;

export function applyConnectionPragmas(db: Db): void {
  for (const [name, value] of CONNECTION_PRAGMAS) db.pragma(`${name} = ${value}`);
}
