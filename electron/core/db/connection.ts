import { chmodSync, closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { openDriver, type Db } from './driver';
import { applyConnectionPragmas } from './pragmas';

export const DATA_KEY_BYTES = 32;

const PLAINTEXT_SQLITE_MAGIC = Buffer.from('SQLite format 3\u0000', 'latin1');

/** SQLCipher 4's default page size. */
const DEFAULT_PAGE_SIZE = 4096;

/**
 * Fail closed: SQLite treats an empty file as a new database, so a notebook truncated to zero
 * (or cut short) would open as an empty notebook and be written over. Refuse it instead.
 */
function assertWhole(file: string, pageSize: number): void {
  // An encrypted database that exists is never shorter than one page.
  if (statSync(file).size < pageSize) {
    throw new AppError('VAULT_CORRUPT', 'The notebook database is empty or cut short: it is damaged. Restore the vault folder from a backup.');
  }
}

/** Fail closed: a file that starts with SQLite's plaintext header is refused, never opened. */
function assertNotPlaintext(file: string): void {
  const head = Buffer.alloc(PLAINTEXT_SQLITE_MAGIC.length);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (head.equals(PLAINTEXT_SQLITE_MAGIC)) {
    throw new AppError('NOT_ENCRYPTED', 'The notebook database is not encrypted; Fieldnotes refuses to open it.');
  }
}

/**
 * SQLCipher's raw-key form `x'<64 hex>'`, built byte by byte into a Buffer so the key never
 * exists as an immutable JS string or inside SQL text. The caller wipes it after use.
 */
export function rawKeySpec(key: Buffer): Buffer {
  const hex = '0123456789abcdef';
  const spec = Buffer.alloc(3 + key.length * 2);
  spec.write("x'", 0, 'latin1');
  for (let i = 0; i < key.length; i += 1) {
    const byte = key[i] ?? 0;
    spec[2 + i * 2] = hex.charCodeAt(byte >> 4);
    spec[3 + i * 2] = hex.charCodeAt(byte & 0x0f);
  }
  spec.write("'", spec.length - 1, 'latin1');
  return spec;
}

/**
 * SQLite creates the database, its WAL and shared-memory files with the process umask (often
 * 0644); they are ciphertext, but their sizes and times tell another local user about the
 * notebook. Only the owner may read them, whatever the folder allows.
 */
export function restrictToOwner(file: string): void {
  if (process.platform === 'win32') return;
  for (const path of [file, `${file}-wal`, `${file}-shm`]) {
    if (existsSync(path)) chmodSync(path, 0o600);
  }
}

export function isNotADatabase(error: unknown): boolean {
  return error instanceof Error && 'code' in error && (error as { code: unknown }).code === 'SQLITE_NOTADB';
}

export interface OpenOptions {
  create: boolean;
  /**
   * SQLCipher's page size (the vault header's `cipherPageSize`): nothing in the encrypted file
   * tells it, so a wrong one reads as a wrong key. SQLCipher 4's 4096 when not given.
   */
  pageSize?: number;
}

/**
 * Open order: cipher → legacy=4 → page size → raw key → verification read → connection
 * pragmas. The cipher settings must precede the key; a wrong key fails at the read and changes
 * nothing (tests/integration/core/connection.test.ts checks the folder and the file afterwards).
 */
export function openEncryptedDatabase(file: string, dataKey: Buffer, options: OpenOptions): Db {
  if (dataKey.length !== DATA_KEY_BYTES) throw new AppError('INTERNAL', 'Data key has the wrong length.');
  const pageSize = Math.trunc(options.pageSize ?? DEFAULT_PAGE_SIZE);
  const exists = existsSync(file);
  if (exists) {
    assertNotPlaintext(file);
    assertWhole(file, pageSize);
  }
  else if (!options.create) throw new AppError('VAULT_CORRUPT', 'The notebook database file is missing from the vault.');

  const db = openDriver(file, { mustExist: !options.create });
  const spec = rawKeySpec(dataKey);
  try {
    db.pragma(`cipher = 'sqlcipher'`);
    db.pragma('legacy = 4');
    // SQLite3 Multiple Ciphers' name for SQLCipher's cipher_page_size.
    db.pragma(`legacy_page_size = ${pageSize}`);
    db.key(spec);
    db.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
    applyConnectionPragmas(db);
    restrictToOwner(file);
    return db;
  } catch (error) {
    db.close();
    if (isNotADatabase(error)) {
      throw new AppError('VAULT_CORRUPT', 'The vault key does not open the notebook database: it is damaged or from another vault.', { cause: error });
    }
    throw error;
  } finally {
    spec.fill(0);
  }
}
