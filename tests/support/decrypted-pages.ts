import { createDecipheriv } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cipherPageSize, headerAad, readHeader } from '../../electron/core/vault/header';
import { deriveKey } from '../../electron/core/vault/kdf';
import { unwrapKey } from '../../electron/core/vault/key-wrap';
import type { VaultSession } from '../../electron/core/vault/session';

/** SQLCipher 4 (cipher 'sqlcipher', legacy=4): pages of the header's size ending in a 16-byte IV and a 64-byte HMAC. */
const RESERVE = 80;
const SALT = 16;
const WAL_HEADER = 32;
const WAL_FRAME_HEADER = 24;

/**
 * Every page of the database file (and of its WAL, if one is left), decrypted with the vault's
 * real key, byte for byte as SQLite sees them: free pages, freed cells and slack included.
 * Decrypted here rather than through the driver because this build has no sqlite_dbpage, and a
 * VACUUM or re-encrypted copy would rewrite the pages and drop exactly the leftovers that
 * matter. With a raw key SQLCipher uses the key as is (the salt, the file's first 16 bytes,
 * only feeds the HMAC key, which this reader does not check).
 */
export async function decryptedVaultPages(session: VaultSession, passphrase: string): Promise<Buffer> {
  const header = readHeader(session.layout.header);
  const page = cipherPageSize(header);
  const kek = await deriveKey(passphrase, header.kdf);
  const key = unwrapKey(header.wrappedKey, kek, headerAad(header));
  kek.fill(0);
  if (!key) throw new Error('wrong passphrase for the test vault');
  try {
    const file = readFileSync(session.layout.database);
    const pages: Buffer[] = [];
    for (let offset = 0; offset + page <= file.length; offset += page) pages.push(decryptPage(key, file.subarray(offset, offset + page), offset === 0));
    const wal = `${session.layout.database}-wal`;
    if (existsSync(wal)) {
      const frames = readFileSync(wal);
      for (let offset = WAL_HEADER; offset + WAL_FRAME_HEADER + page <= frames.length; offset += WAL_FRAME_HEADER + page) {
        const pageNumber = frames.readUInt32BE(offset);
        pages.push(decryptPage(key, frames.subarray(offset + WAL_FRAME_HEADER, offset + WAL_FRAME_HEADER + page), pageNumber === 1));
      }
    }
    return Buffer.concat(pages);
  } finally {
    key.fill(0);
  }
}

function decryptPage(key: Buffer, page: Buffer, first: boolean): Buffer {
  const start = first ? SALT : 0;
  const end = page.length - RESERVE;
  const iv = page.subarray(end, end + 16);
  const decipher = createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
  return Buffer.concat([decipher.update(page.subarray(start, end)), decipher.final()]);
}

