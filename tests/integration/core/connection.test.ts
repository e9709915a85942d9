import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openEncryptedDatabase } from '../../../electron/core/db/connection';
import { useTempDirs } from '../../support/temp-vault';

const temp = useTempDirs();

describe('encrypted connection', () => {
  it('runs with every setting the vault depends on', () => {
    const db = openEncryptedDatabase(`${temp.dir()}/n.db`, randomBytes(32), { create: true });
    try {
      const pragma = (name: string) => db.pragma(name, { simple: true });
      expect(pragma('cipher')).toBe('sqlcipher');
      expect(Number(pragma('legacy'))).toBe(4);
      expect(pragma('journal_mode')).toBe('wal');
      expect(pragma('synchronous')).toBe(2); // FULL
      expect(pragma('foreign_keys')).toBe(1);
      expect(pragma('secure_delete')).toBe(1);
      expect(pragma('temp_store')).toBe(2); // MEMORY
      expect(pragma('trusted_schema')).toBe(0);
      expect(pragma('journal_size_limit')).toBe(16 * 2 ** 20);
      expect(pragma('wal_autocheckpoint')).toBe(8192);
    } finally {
      db.close();
    }
  });

  it('writes a file that is indistinguishable from random bytes to anyone without the key', () => {
    const file = `${temp.dir()}/n.db`;
    const db = openEncryptedDatabase(file, randomBytes(32), { create: true });
    db.exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('visible?')");
    db.close();
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toContain('SQLite format');
    expect(bytes.includes(Buffer.from('visible?'))).toBe(false);
  });

  it('fails with a clear error and changes nothing when the key is wrong', () => {
    const dir = temp.dir();
    const file = `${dir}/n.db`;
    openEncryptedDatabase(file, randomBytes(32), { create: true }).close();
    const before = readdirSync(dir).sort();
    const bytes = readFileSync(file);
    expect(() => openEncryptedDatabase(file, randomBytes(32), { create: false })).toThrow(/does not open/);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });

  it('uses stock SQLCipher 4 parameters, so standard SQLCipher 4 tools can open the file with the key', () => {
    const db = openEncryptedDatabase(`${temp.dir()}/n.db`, randomBytes(32), { create: true });
    try {
      expect(Number(db.pragma('legacy_page_size', { simple: true }))).toBe(4096);
      expect(Number(db.pragma('hmac_algorithm', { simple: true }))).toBe(2); // HMAC-SHA512
      expect(Number(db.pragma('kdf_algorithm', { simple: true }))).toBe(2); // PBKDF2-HMAC-SHA512
    } finally {
      db.close();
    }
  });

  it('writes pages of the size it is given, and opens such a file only with that size', () => {
    const file = `${temp.dir()}/n.db`;
    const key = randomBytes(32);
    const db = openEncryptedDatabase(file, key, { create: true, pageSize: 16384 });
    db.exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('kept')");
    expect(db.pragma('page_size', { simple: true })).toBe(16384);
    db.close();
    expect(readFileSync(file).length % 16384).toBe(0);
    // SQLCipher 4's default 4096 reads the file as if the key were wrong: the header must name the size.
    expect(() => openEncryptedDatabase(file, key, { create: false })).toThrow(/does not open/);
    const reopened = openEncryptedDatabase(file, key, { create: false, pageSize: 16384 });
    try {
      expect(reopened.prepare('SELECT x FROM t').pluck().get()).toBe('kept');
    } finally {
      reopened.close();
    }
  });
});
