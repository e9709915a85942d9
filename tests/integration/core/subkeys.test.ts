import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deriveSubkeys, hkdfSha256, SUBKEY_BYTES, SUBKEY_LABELS, type SubkeyName } from '../../../electron/core/vault/subkeys';
import { AppError } from '../../../shared/errors';
import { PASSPHRASE, useTempDirs } from '../../support/temp-vault';

const temp = useTempDirs();
const NAMES = Object.keys(SUBKEY_LABELS) as SubkeyName[];
const NEXT = `${PASSPHRASE} — after the laptop was out of sight`;

function isZero(key: Buffer): boolean {
  return key.every((byte) => byte === 0);
}

describe('HKDF-SHA256', () => {
  it('gives RFC 5869 test case 1 through the helper the subkeys use', () => {
    const ikm = Buffer.alloc(22, 0x0b);
    const salt = Buffer.from('000102030405060708090a0b0c', 'hex');
    const info = Buffer.from('f0f1f2f3f4f5f6f7f8f9', 'hex');
    expect(hkdfSha256(ikm, salt, info, 42).toString('hex')).toBe(
      '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865',
    );
  });
});

describe('subkeys', () => {
  it('differ per label and per vault id, even under one data key', () => {
    const dataKey = randomBytes(32);
    const a = deriveSubkeys(dataKey, 'vault-a');
    const b = deriveSubkeys(dataKey, 'vault-b');
    const all = [...NAMES.map((n) => a.get(n)), ...NAMES.map((n) => b.get(n))].map((k) => k.toString('hex'));
    expect(new Set(all).size).toBe(NAMES.length * 2);
    for (const key of all) expect(key).toHaveLength(SUBKEY_BYTES * 2);
    // And they are what HKDF gives for the vault id as salt and the label as info.
    expect(a.get('signing').equals(hkdfSha256(dataKey, 'vault-a', 'fieldnotes/v1/signing', SUBKEY_BYTES))).toBe(true);
  });

  it('are handed to the notebook at unlock and stay the same across lock and unlock', async () => {
    const { session, notebook } = await temp.unlockedNotebook();
    const atCreate = NAMES.map((n) => Buffer.from(notebook.keys.get(n)));
    session.lock();
    await session.unlock(PASSPHRASE);
    const atUnlock = NAMES.map((n) => Buffer.from(session.requireNotebook().keys.get(n)));
    expect(atUnlock).toEqual(atCreate);
    expect(atCreate.some(isZero)).toBe(false);
  });

  it('two vaults never share one', async () => {
    const first = (await temp.unlockedNotebook()).notebook;
    const second = (await temp.unlockedNotebook()).notebook;
    for (const name of NAMES) expect(first.keys.get(name).equals(second.keys.get(name))).toBe(false);
  });

  it('are zero-filled by a lock, and refused after it', async () => {
    const { session, notebook } = await temp.unlockedNotebook();
    const held = NAMES.map((n) => notebook.keys.get(n));
    session.lock();
    for (const key of held) expect(isZero(key)).toBe(true);
    expect(() => notebook.keys.get('attachments')).toThrow(AppError);
  });

  it('are zero-filled by a purge', async () => {
    const { session, notebook } = await temp.unlockedNotebook();
    const held = notebook.keys.get('signing');
    await session.purge();
    expect(isZero(held)).toBe(true);
  });

  it('change with a re-encryption under a new data key; the old ones are wiped', async () => {
    const { session, notebook } = await temp.unlockedNotebook();
    const held = notebook.keys.get('attachments');
    const before = Buffer.from(held);
    await session.changePassphrase(PASSPHRASE, NEXT, { rekey: true });
    expect(isZero(held)).toBe(true);
    const after = session.requireNotebook().keys.get('attachments');
    expect(isZero(after)).toBe(false);
    expect(after.equals(before)).toBe(false);
  });

  it('stay the same when only the passphrase changes (the data key is rewrapped, not replaced)', async () => {
    const { session, notebook } = await temp.unlockedNotebook();
    const before = Buffer.from(notebook.keys.get('attachments'));
    await session.changePassphrase(PASSPHRASE, NEXT);
    session.lock();
    await session.unlock(NEXT);
    expect(session.requireNotebook().keys.get('attachments').equals(before)).toBe(true);
  });
});
