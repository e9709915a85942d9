import { createDecipheriv, createHash, createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hashRaw } from '@node-rs/argon2';
import BetterSqlite3 from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { meeting, PASSPHRASE, useTempDirs } from '../../support/temp-vault';

// docs/vault-format.md, followed step by step with none of Fieldnotes' own code: only
// node:crypto, an Argon2id library and the SQLite driver. If this test needs Fieldnotes'
// code to pass, the document is not precise enough for someone opening a vault in ten years.

const temp = useTempDirs();

interface Wrapped {
  nonce: string;
  ciphertext: string;
  tag: string;
}
interface DocumentedHeader {
  format: string;
  version: number;
  vaultId: string;
  createdAt: string;
  kdf: { name: string; version: number; memoryKiB: number; passes: number; parallelism: number; salt: string };
  wrappedKey: Wrapped;
  keyCheck?: string;
  cipherPageSize?: number;
}

/** §2: the valid slot with the highest sequence. */
function headerFromSlots(file: Buffer): DocumentedHeader {
  const magic = Buffer.from('464e564844520001', 'hex');
  let best: { sequence: bigint; body: Buffer } | null = null;
  for (const offset of [0, 4096]) {
    const slot = file.subarray(offset, offset + 4096);
    const length = slot.readUInt32BE(16);
    if (!slot.subarray(0, 8).equals(magic) || length < 1 || length > 4044) continue;
    const body = slot.subarray(52, 52 + length);
    const sum = createHash('sha256').update(slot.subarray(0, 20)).update(body).digest();
    if (!sum.equals(slot.subarray(20, 52))) continue;
    const sequence = slot.readBigUInt64BE(8);
    if (best === null || sequence > best.sequence) best = { sequence, body };
  }
  if (best === null) throw new Error('no valid slot');
  return JSON.parse(best.body.toString('utf8')) as DocumentedHeader;
}

/** §4. */
async function dataKeyFor(header: DocumentedHeader, passphrase: string): Promise<Buffer> {
  const { kdf } = header;
  const kek = await hashRaw(Buffer.from(passphrase.normalize('NFC'), 'utf8'), {
    algorithm: 2, // Argon2id
    version: 1, // 0x13
    memoryCost: kdf.memoryKiB,
    timeCost: kdf.passes,
    parallelism: kdf.parallelism,
    outputLen: 32,
    salt: Buffer.from(kdf.salt, 'base64'),
  });
  const check = createHmac('sha256', kek).update('fieldnotes/key-check/v1').digest().subarray(0, 16);
  expect(check.toString('base64')).toBe(header.keyCheck);
  const aad = JSON.stringify({
    format: header.format,
    version: header.version,
    vaultId: header.vaultId,
    createdAt: header.createdAt,
    kdf: { name: kdf.name, version: kdf.version, memoryKiB: kdf.memoryKiB, passes: kdf.passes, parallelism: kdf.parallelism, salt: kdf.salt },
  });
  const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(header.wrappedKey.nonce, 'base64'));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(Buffer.from(header.wrappedKey.tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(header.wrappedKey.ciphertext, 'base64')), decipher.final()]);
}

describe('docs/vault-format.md', () => {
  it('is enough to open a vault the app made, without Fieldnotes', async () => {
    const { session, notebook } = await temp.unlockedNotebook();
    notebook.entries.create(meeting({ title: 'Read in ten years — قراءة بعد عشر سنوات' }));
    session.lock();

    const header = headerFromSlots(readFileSync(session.layout.header));
    expect(header).toMatchObject({ format: 'fieldnotes-vault', version: 2, cipherPageSize: 16384, kdf: { name: 'argon2id', version: 19 } });
    const key = await dataKeyFor(header, PASSPHRASE);

    // §5: SQLCipher 4 defaults but the page size the header names, raw key. The driver is the
    // only SQLCipher at hand here (Debian's sqlcipher shell is 3.4, which cannot read SQLCipher 4
    // files); legacy_page_size is its name for SQLCipher's cipher_page_size.
    const db = new BetterSqlite3(session.layout.database, { fileMustExist: true });
    try {
      db.pragma("cipher = 'sqlcipher'");
      db.pragma('legacy = 4');
      db.pragma(`legacy_page_size = ${header.cipherPageSize ?? 4096}`);
      db.key(Buffer.from(`x'${key.toString('hex')}'`));
      const rows = db.prepare('SELECT title FROM entries ORDER BY seq').pluck().all();
      expect(rows).toEqual(['Read in ten years — قراءة بعد عشر سنوات']);
      expect(db.prepare("SELECT value FROM vault_meta WHERE key = 'vault_id'").pluck().get()).toBe(header.vaultId);
      expect(db.pragma('page_size', { simple: true })).toBe(16384);
    } finally {
      db.close();
      key.fill(0);
    }
  });
});
