import { openEncryptedDatabase } from '../../electron/core/db/connection';
import type { Db } from '../../electron/core/db/driver';
import { cipherPageSize, headerAad, readHeader } from '../../electron/core/vault/header';
import { deriveKey } from '../../electron/core/vault/kdf';
import { unwrapKey } from '../../electron/core/vault/key-wrap';
import type { VaultSession } from '../../electron/core/vault/session';

/**
 * Opens a locked vault's database directly with its real key, to put it in a state an older
 * build or a damaged disk would leave. The session must be locked.
 */
export async function openEncryptedDatabaseForTest<T>(session: VaultSession, passphrase: string, use: (db: Db) => T): Promise<T> {
  const header = readHeader(session.layout.header);
  const kek = await deriveKey(passphrase, header.kdf);
  const key = unwrapKey(header.wrappedKey, kek, headerAad(header));
  kek.fill(0);
  if (!key) throw new Error('wrong passphrase for the test vault');
  const db = openEncryptedDatabase(session.layout.database, key, { create: false, pageSize: cipherPageSize(header) });
  key.fill(0);
  try {
    return use(db);
  } finally {
    db.close();
  }
}
