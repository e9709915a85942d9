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
] as const;

export function applyConnectionPragmas(db: Db): void {
  for (const [name, value] of CONNECTION_PRAGMAS) db.pragma(`${name} = ${value}`);
}
