import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MetaRepository } from '../../../electron/core/db/repositories/meta-repository';
import { cipherPageSize, headerAad, readStoredHeader, writeHeader } from '../../../electron/core/vault/header';
import { deriveKey } from '../../../electron/core/vault/kdf';
import { keyCheck, unwrapKey, wrapKey } from '../../../electron/core/vault/key-wrap';
import { prepareReencryptedDatabase, switchToReencryptedDatabase } from '../../../electron/core/vault/rekey';
import type { VaultSession } from '../../../electron/core/vault/session';
import { slotBodies } from '../../support/header-file';
import { openEncryptedDatabaseForTest } from '../../support/raw-vault';
import { meeting, PASSPHRASE, useTempDirs } from '../../support/temp-vault';
import { failure } from '../../support/app-error';

const temp = useTempDirs();
const NEXT = `${PASSPHRASE} — renewed after the border incident`;

/** The files of the vault this process holds open (Linux): a locked vault must hold none. */
function openVaultFiles(dir: string): string[] {
  if (!existsSync('/proc/self/fd')) return [];
  const open: string[] = [];
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      if (target.startsWith(dir)) open.push(target);
    } catch {
      // The descriptor closed while we listed them.
    }
  }
  return open;
}

async function titles(session: VaultSession, passphrase: string): Promise<string[]> {
  await session.unlock(passphrase);
  const titles = session.requireNotebook().entries.list({ limit: 100, offset: 0 }).entries.map((entry) => entry.title);
  session.lock();
  return titles.sort();
}

describe('a passphrase change cannot be undone', () => {
  it('overwrites the header in place: same file, both slots hold only the new wrapped key', async () => {
    const { session } = await temp.unlockedNotebook();
    session.lock();
    const before = readStoredHeader(session.layout).header;
    const inode = statSync(session.layout.header).ino;
    await session.changePassphrase(PASSPHRASE, NEXT);
    expect(statSync(session.layout.header).ino).toBe(inode);
    expect(statSync(session.layout.header).size).toBe(8192);
    const slots = slotBodies(session.layout.header);
    for (const slot of slots) {
      expect(slot?.wrappedKey).not.toEqual(before.wrappedKey);
      expect(slot?.kdf.salt).not.toBe(before.kdf.salt);
    }
    expect(readdirSync(session.layout.dir).some((name) => name.includes('tmp'))).toBe(false);
    expect((await failure(session.unlock(PASSPHRASE))).code).toBe('WRONG_PASSPHRASE');
  });

  it('with rekey, an old header copy and the old passphrase open nothing written after the change', async () => {
    const { session, notebook } = await temp.unlockedNotebook();
    notebook.entries.create(meeting({ title: 'Before the change' }));
    const oldHeader = readFileSync(session.layout.header);
    const phases = new Set<string>();
    session.onRekeyProgress((phase) => phases.add(phase));
    await session.changePassphrase(PASSPHRASE, NEXT, { rekey: true });
    expect(session.status().state).toBe('unlocked');
    session.requireNotebook().entries.create(meeting({ title: 'After the change' }));
    session.lock();
    expect([...phases]).toEqual(['copying', 'switching', 'wiping']);
    expect(existsSync(session.layout.rekeyedDatabase)).toBe(false);
    expect(readStoredHeader(session.layout).header.previousKey).toBeUndefined();

    // The attack: put the old header back and use the old passphrase.
    const current = readFileSync(session.layout.header);
    writeFileSync(session.layout.header, oldHeader);
    const refused = await failure(session.unlock(PASSPHRASE));
    expect(refused.code).toBe('VAULT_CORRUPT');
    writeFileSync(session.layout.header, current);
    expect(await titles(session, NEXT)).toEqual(['After the change', 'Before the change']);
  });

  it('a re-encryption cut short at any step leaves a vault that opens with the old or the new passphrase', async () => {
    // Each state below is what the disk holds after a kill -9 between two of rekey's durable steps.
    const steps = ['copy written', 'header names both keys', 'copy renamed into place'] as const;
    for (const step of steps) {
      const { session, notebook } = await temp.unlockedNotebook();
      notebook.entries.create(meeting({ title: `Kept through: ${step}` }));
      session.lock();
      const stored = readStoredHeader(session.layout);
      const oldKek = await deriveKey(PASSPHRASE, stored.header.kdf);
      const oldKey = unwrapKey(stored.header.wrappedKey, oldKek, headerAad(stored.header));
      if (!oldKey) throw new Error('fixture: old key');
      const newKey = randomBytes(32);
      prepareReencryptedDatabase(session.layout, oldKey, newKey, cipherPageSize(stored.header));
      let opensWith = PASSPHRASE;
      if (step !== 'copy written') {
        const kek = await deriveKey(NEXT, stored.header.kdf);
        const aad = headerAad(stored.header);
        writeHeader(session.layout, { ...stored.header, wrappedKey: wrapKey(newKey, kek, aad), previousKey: wrapKey(oldKey, kek, aad), keyCheck: keyCheck(kek) }, stored);
        opensWith = NEXT;
      }
      if (step === 'copy renamed into place') switchToReencryptedDatabase(session.layout);
      expect(await titles(session, opensWith)).toEqual([`Kept through: ${step}`]);
      // The unlock finished the switch-over: no copy, no second key left behind.
      expect(existsSync(session.layout.rekeyedDatabase)).toBe(false);
      expect(readStoredHeader(session.layout).header.previousKey).toBeUndefined();
      expect(await titles(session, opensWith)).toEqual([`Kept through: ${step}`]);
    }
  });
});

describe('an unlock that fails', () => {
  it('inside the notebook (an index rebuild that breaks) closes the keyed database', async () => {
    const { session } = await temp.unlockedNotebook();
    session.requireNotebook().entries.create(meeting());
    session.lock();
    await openEncryptedDatabaseForTest(session, PASSPHRASE, (db) => {
      db.exec('DROP TABLE search_index');
      new MetaRepository(db).set('search_index_version', 'from an older build');
    });
    expect(openVaultFiles(session.layout.dir)).toEqual([]);
    await expect(session.unlock(PASSPHRASE)).rejects.toThrow(/search_index/);
    expect(session.status().state).toBe('locked');
    expect(openVaultFiles(session.layout.dir)).toEqual([]);
  });
});

describe('a damaged or mixed-up vault is refused, never replaced', () => {
  it('refuses a zero-length database instead of starting an empty notebook', async () => {
    const { session } = await temp.unlockedNotebook();
    session.lock();
    for (const suffix of ['', '-wal', '-shm']) rmSync(session.layout.database + suffix, { force: true });
    writeFileSync(session.layout.database, '');
    expect((await failure(session.unlock(PASSPHRASE))).code).toBe('VAULT_CORRUPT');
    expect(statSync(session.layout.database).size).toBe(0);
  });

  it('a database without its header is a damaged vault, not an absent one', async () => {
    const { session } = await temp.unlockedNotebook();
    session.lock();
    rmSync(session.layout.header);
    expect(session.status().state).toBe('locked');
    expect((await failure(session.unlock(PASSPHRASE))).message).toMatch(/header is missing/);
    expect((await failure(session.create(PASSPHRASE))).code).toBe('VAULT_EXISTS');
  });

  it("refuses a database that records another vault's id", async () => {
    const { session } = await temp.unlockedNotebook();
    session.lock();
    await openEncryptedDatabaseForTest(session, PASSPHRASE, (db) => new MetaRepository(db).set('vault_id', '00000000-0000-4000-8000-000000000000'));
    expect((await failure(session.unlock(PASSPHRASE))).message).toMatch(/another vault/);
    expect(openVaultFiles(session.layout.dir)).toEqual([]);
  });

  it('keeps the database files readable by their owner only', async () => {
    const { session, notebook } = await temp.unlockedNotebook();
    notebook.entries.create(meeting());
    for (const file of readdirSync(session.layout.dir)) {
      expect(statSync(join(session.layout.dir, file)).mode & 0o077).toBe(0);
    }
  });
});

describe('a vault of the first format', () => {
  it('is rewritten in the slot format at its first unlock, and its vault.json is overwritten, then removed', async () => {
    const dir = join(temp.dir(), 'vault');
    cpSync(resolve(import.meta.dirname, '../../fixtures/vault-v1'), dir, { recursive: true });
    const legacy = join(dir, 'vault.json');
    const before = readFileSync(legacy);
    const sameInode = join(temp.dir(), 'legacy-link');
    linkSync(legacy, sameInode);
    const session = temp.session(dir);
    await session.unlock('fixture vault passphrase');
    expect(existsSync(legacy)).toBe(false);
    expect(readFileSync(sameInode).equals(before)).toBe(false);
    expect(readFileSync(sameInode).toString('latin1')).not.toContain('wrappedKey');
    const converted = readStoredHeader(session.layout);
    expect(converted.legacy).toBe(false);
    expect(converted.header.keyCheck).toMatch(/^[A-Za-z0-9+/]+=*$/);
    session.lock();
    expect((await session.unlock('fixture vault passphrase')).state).toBe('unlocked');
  });
});

describe('quick purge', () => {
  it('also removes the traces outside the vault it was given', async () => {
    const root = temp.dir();
    const preferences = join(root, 'preferences.json');
    const profile = join(root, 'Chromium profile');
    writeFileSync(preferences, '{"language":"ar"}');
    mkdirSync(profile);
    writeFileSync(join(profile, 'Local State'), '{}');
    const { VaultSession } = await import('../../../electron/core/vault/session');
    const session = new VaultSession({ dir: join(root, 'vault'), kdfTargetMs: 0, traces: [preferences, profile] });
    await session.create(PASSPHRASE);
    let told = 0;
    session.onPurge(() => (told += 1));
    await session.purge();
    expect(readdirSync(root)).toEqual([]);
    expect(told).toBe(1);
  });

  it('tells purge listeners only when the purge finished', async () => {
    const { session } = await temp.unlockedNotebook();
    session.lock();
    rmSync(session.layout.header);
    mkdirSync(session.layout.header);
    let told = 0;
    session.onPurge(() => (told += 1));
    expect((await failure(session.purge())).code).toBe('PURGE_FAILED');
    expect(told).toBe(0);
  });
});
