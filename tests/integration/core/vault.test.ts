import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openEncryptedDatabase } from '../../../electron/core/db/connection';
import { readHeader, type VaultHeader } from '../../../electron/core/vault/header';
import { KDF_FLOOR } from '../../../electron/core/vault/kdf';
import { VaultSession } from '../../../electron/core/vault/session';
import { tamperHeader } from '../../support/header-file';
import { meeting, PASSPHRASE, useTempDirs } from '../../support/temp-vault';
import { rejectsWith } from '../../support/app-error';

const temp = useTempDirs();

describe('vault lifecycle', () => {
  it('creates an encrypted vault whose header records Argon2id at or above the floor', async () => {
    const session = temp.session();
    expect(session.status().state).toBe('absent');
    await session.create(PASSPHRASE);
    expect(session.status().state).toBe('unlocked');
    const header = readHeader(session.layout.header);
    expect(header.kdf).toMatchObject({ name: 'argon2id', memoryKiB: KDF_FLOOR.memoryKiB, passes: 3, parallelism: 4 });
    expect(readFileSync(session.layout.database).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
  });

  it('calibrates the KDF upward when asked to take longer', async () => {
    const session = new VaultSession({ dir: `${temp.dir()}/v`, kdfTargetMs: 1500 });
    await session.create(PASSPHRASE);
    const { kdf } = readHeader(session.layout.header);
    expect(kdf.memoryKiB * kdf.passes).toBeGreaterThan(KDF_FLOOR.memoryKiB * KDF_FLOOR.passes);
    session.lock();
  });

  it('refuses to create over an existing vault and leaves it intact', async () => {
    const { session } = await temp.unlockedNotebook();
    session.lock();
    const before = readFileSync(session.layout.header, 'utf8');
    await rejectsWith(temp.session(session.layout.dir).create('another passphrase here'), 'VAULT_EXISTS');
    expect(readFileSync(session.layout.header, 'utf8')).toBe(before);
  });

  it('creates atomically: leftovers of an interrupted creation neither block nor survive', async () => {
    const parent = temp.dir();
    const abandoned = `${parent}/.vault.creating-x1y2z3`;
    mkdirSync(abandoned);
    writeFileSync(`${abandoned}/notebook.db`, randomBytes(4096));
    const session = temp.session(`${parent}/vault`);
    await session.create(PASSPHRASE);
    expect(readdirSync(parent)).toEqual(['vault']);
    expect(readdirSync(`${parent}/vault`).filter((name) => name !== 'unlock-attempts.json').sort()).toEqual([
      'notebook.db',
      'notebook.db-shm',
      'notebook.db-wal',
      'vault.header',
    ]);
  });

  it('creates in an existing empty folder, and refuses a folder holding other files', async () => {
    const empty = temp.dir();
    await temp.session(empty).create(PASSPHRASE);
    expect(existsSync(`${empty}/vault.header`)).toBe(true);
    const busy = temp.dir();
    writeFileSync(`${busy}/thesis.docx`, 'not ours');
    await rejectsWith(temp.session(busy).create(PASSPHRASE), 'VAULT_EXISTS');
    expect(readdirSync(busy)).toEqual(['thesis.docx']);
  });

  it('locks, then unlocks with the right passphrase and finds the data', async () => {
    const { session, notebook } = await temp.unlockedNotebook();
    const note = notebook.entries.create(meeting());
    session.lock();
    expect(session.status().state).toBe('locked');
    expect(() => session.requireNotebook()).toThrow(/locked/);
    expect(() => notebook.entries.get(note.id)).toThrow();
    await session.unlock(PASSPHRASE);
    expect(session.requireNotebook().entries.get(note.id).title).toBe(note.title);
  });

  it('rejects a wrong passphrase, changes nothing, and slows down repeated failures', async () => {
    const { session } = await temp.unlockedNotebook();
    session.lock();
    const header = readFileSync(session.layout.header);
    const db = readFileSync(session.layout.database);
    for (let i = 0; i < 3; i += 1) await rejectsWith(session.unlock('not the passphrase'), 'WRONG_PASSPHRASE');
    expect(session.status().retryAfterMs).toBeGreaterThan(0);
    const throttled = await rejectsWith(session.unlock(PASSPHRASE), 'THROTTLED');
    expect(throttled.retryAfterMs).toBeGreaterThan(0);
    expect(readFileSync(session.layout.header).equals(header)).toBe(true);
    expect(readFileSync(session.layout.database).equals(db)).toBe(true);
    expect(session.status().state).toBe('locked');
  });

  it('keeps the failure count across a restart (a new session on the same folder)', async () => {
    const { session } = await temp.unlockedNotebook();
    session.lock();
    for (let i = 0; i < 3; i += 1) await rejectsWith(session.unlock('not the passphrase'), 'WRONG_PASSPHRASE');
    await rejectsWith(temp.session(session.layout.dir).unlock(PASSPHRASE), 'THROTTLED');
  });

  it('changes the passphrase by rewrapping the key, without re-encrypting the database', async () => {
    const { session, notebook } = await temp.unlockedNotebook();
    const note = notebook.entries.create(meeting());
    session.lock();
    const dbBefore = readFileSync(session.layout.database);
    const saltBefore = readHeader(session.layout.header).kdf.salt;
    await rejectsWith(session.changePassphrase('not the passphrase', 'a brand new passphrase'), 'WRONG_PASSPHRASE');
    await session.changePassphrase(PASSPHRASE, 'a brand new passphrase');
    expect(readFileSync(session.layout.database).equals(dbBefore)).toBe(true);
    expect(readHeader(session.layout.header).kdf.salt).not.toBe(saltBefore);
    await rejectsWith(session.unlock(PASSPHRASE), 'WRONG_PASSPHRASE');
    await session.unlock('a brand new passphrase');
    expect(session.requireNotebook().entries.get(note.id).id).toBe(note.id);
  });

  it('treats a header with lowered KDF cost as tampered', async () => {
    const { session } = await temp.unlockedNotebook();
    session.lock();
    tamperHeader(session.layout.header, (header) => ((header as VaultHeader).kdf.memoryKiB = 1024), 'recompute');
    await rejectsWith(session.unlock(PASSPHRASE), 'VAULT_CORRUPT');
  });

  it('reports an altered authenticated field as tampering, not as a wrong passphrase, and does not count it as a guess', async () => {
    const { session } = await temp.unlockedNotebook();
    session.lock();
    // createdAt plays no part in key derivation: only the AEAD's associated data catches this.
    tamperHeader(session.layout.header, (header) => (header.createdAt = '2020-01-01T00:00:00.000Z'), 'recompute');
    for (let attempt = 0; attempt < 4; attempt += 1) {
      expect((await rejectsWith(session.unlock(PASSPHRASE), 'VAULT_CORRUPT')).message).toMatch(/altered/);
    }
    expect(session.status().retryAfterMs).toBe(0);
    await rejectsWith(session.unlock('not the passphrase'), 'WRONG_PASSPHRASE');
  });

  it('reports a careless edit of the header (checksums not recomputed) as damage', async () => {
    const { session } = await temp.unlockedNotebook();
    session.lock();
    tamperHeader(session.layout.header, (header) => (header.createdAt = '2020-01-01T00:00:00.000Z'), 'keep');
    expect((await rejectsWith(session.unlock(PASSPHRASE), 'VAULT_CORRUPT')).message).toMatch(/checksum/);
  });

  it('names the database page size in the header, which alone opens the database', async () => {
    const { session } = await temp.unlockedNotebook();
    session.lock();
    expect(readHeader(session.layout.header)).toMatchObject({ version: 2, cipherPageSize: 16384 });
    tamperHeader(session.layout.header, (header) => (header.cipherPageSize = 4096), 'recompute');
    expect((await rejectsWith(session.unlock(PASSPHRASE), 'VAULT_CORRUPT')).message).toMatch(/does not open the notebook database/);
    tamperHeader(session.layout.header, (header) => (header.cipherPageSize = 10000), 'recompute');
    expect((await rejectsWith(session.unlock(PASSPHRASE), 'VAULT_CORRUPT')).message).toMatch(/cipherPageSize/);
    tamperHeader(session.layout.header, (header) => (header.cipherPageSize = 16384), 'recompute');
    await session.unlock(PASSPHRASE);
  });

  it('names an unknown header field', async () => {
    const { session } = await temp.unlockedNotebook();
    session.lock();
    tamperHeader(session.layout.header, (header) => (header.extra = 1), 'recompute');
    expect((await rejectsWith(session.unlock(PASSPHRASE), 'VAULT_CORRUPT')).message).toMatch(/unknown field 'extra'/);
  });

  it('refuses to open a plaintext SQLite database in place of the vault database', async () => {
    const { session } = await temp.unlockedNotebook();
    session.lock();
    const plain = `${temp.dir()}/plain.db`;
    // Build a real plaintext SQLite file with the same driver.
    const { openPlaintextDatabaseForBenchmark } = await import('../../../electron/core/db/plain-connection');
    const db = openPlaintextDatabaseForBenchmark(plain);
    db.exec('CREATE TABLE t (x)');
    db.close();
    writeFileSync(session.layout.database, readFileSync(plain));
    for (const suffix of ['-wal', '-shm']) if (existsSync(session.layout.database + suffix)) writeFileSync(session.layout.database + suffix, '');
    await rejectsWith(session.unlock(PASSPHRASE), 'NOT_ENCRYPTED');
    expect(() => openEncryptedDatabase(plain, Buffer.alloc(32, 1), { create: false })).toThrow(/not encrypted/);
  });

  it('reports a missing vault clearly', async () => {
    await rejectsWith(temp.session().unlock(PASSPHRASE), 'VAULT_NOT_FOUND');
  });

  it('tells lock listeners, once per lock', async () => {
    const { session } = await temp.unlockedNotebook();
    let calls = 0;
    session.onLock(() => (calls += 1));
    session.lock();
    session.lock();
    expect(calls).toBe(1);
  });
});

describe('quick purge', () => {
  it('destroys the wrapped key first, then every file, and leaves an absent vault', async () => {
    const { session, notebook } = await temp.unlockedNotebook();
    notebook.entries.create(meeting());
    const headerBefore = readFileSync(session.layout.header);
    // A second name for the header's inode shows what happened to the bytes on the device:
    // they are overwritten in place, not merely unlinked.
    const sameInode = `${temp.dir()}/header-link`;
    linkSync(session.layout.header, sameInode);
    const status = await session.purge();
    expect(status.state).toBe('absent');
    expect(existsSync(session.layout.dir)).toBe(false);
    expect(() => session.requireNotebook()).toThrow(/locked/);
    await rejectsWith(session.unlock(PASSPHRASE), 'VAULT_NOT_FOUND');
    const afterPurge = readFileSync(sameInode);
    expect(afterPurge.length).toBe(headerBefore.length);
    expect(afterPurge.equals(headerBefore)).toBe(false);
    expect(afterPurge.toString('latin1')).not.toContain('wrappedKey');
  });
});

describe('a purge that cannot finish', () => {
  it('fails loudly, stays locked, and keeps saying so to the lock screen', async () => {
    const { session } = await temp.unlockedNotebook();
    // A header that cannot be overwritten in place (here: a directory where the file should be),
    // as a failing or read-only disk would refuse it.
    session.lock();
    const header = readFileSync(session.layout.header);
    rmSync(session.layout.header);
    mkdirSync(session.layout.header);
    const error = await rejectsWith(session.purge(), 'PURGE_FAILED');
    expect(error.message).toMatch(/may still be on this laptop/);
    expect(session.status()).toMatchObject({ state: 'locked', purgeFailed: true });
    // The next purge that succeeds clears the warning.
    rmSync(session.layout.header, { recursive: true });
    writeFileSync(session.layout.header, header);
    expect(await session.purge()).toMatchObject({ state: 'absent', purgeFailed: false });
  });
});

describe('locks that race an unlock', () => {
  it('a lock arriving while the key is being derived wins: the vault stays locked', async () => {
    const { session, notebook } = await temp.unlockedNotebook();
    notebook.entries.create(meeting());
    session.lock();
    const unlocking = session.unlock(PASSPHRASE);
    expect(session.lock().state).toBe('locked');
    expect((await unlocking).state).toBe('locked');
    expect(() => session.requireNotebook()).toThrow(/locked/);
    expect((await session.unlock(PASSPHRASE)).state).toBe('unlocked');
  });

  it('a lock during creation leaves a complete vault, locked', async () => {
    const session = temp.session();
    const creating = session.create(PASSPHRASE);
    session.lock();
    expect((await creating).state).toBe('locked');
    expect((await session.unlock(PASSPHRASE)).state).toBe('unlocked');
  });
});
