import { existsSync, rmSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { openEncryptedDatabase, rawKeySpec } from './connection';
import type { Db } from './driver';

/**
 * Writes a re-encrypted copy of an open notebook to `target`, under `newKey`, and leaves the
 * open database untouched. Two SQLite steps, neither of which puts a key in SQL text:
 * `VACUUM INTO` writes a compact copy under the *current* key (SQLite3 Multiple Ciphers
 * encrypts it like its source), then SQLCipher's rekey rewrites every page of that copy under
 * the new key. The copy's rekey keeps its rollback journal in memory: an interrupted rekey
 * can only spoil the copy, which the caller then discards; the notebook itself never depends
 * on it until it is complete and verified.
 */
export function writeReencryptedCopy(db: Db, currentKey: Buffer, newKey: Buffer, target: string, pageSize: number): void {
  if (existsSync(target)) rmSync(target);
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.prepare('VACUUM INTO ?').run(target);
  // VACUUM INTO keeps the source's page size.
  const copy = openEncryptedDatabase(target, currentKey, { create: false, pageSize });
  const spec = rawKeySpec(newKey);
  try {
    // WAL was set by openEncryptedDatabase; the rekey needs a rollback journal, kept in memory.
    copy.pragma('journal_mode = DELETE');
    copy.pragma('journal_mode = MEMORY');
    copy.rekey(spec);
    copy.pragma('journal_mode = WAL');
  } finally {
    spec.fill(0);
    copy.close();
  }
  verifyOpens(target, newKey, pageSize);
}

/** The copy must open under the new key and pass SQLite's integrity check before anything depends on it. */
function verifyOpens(file: string, key: Buffer, pageSize: number): void {
  const db = openEncryptedDatabase(file, key, { create: false, pageSize });
  try {
    const result = db.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw new AppError('INTERNAL', 'The re-encrypted copy of the notebook failed its integrity check.');
  } finally {
    db.close();
  }
}
