import { describe, expect, it } from 'vitest';
import { minisignPrehash, parseMinisignPublicKey, signPrehashed, verifyMinisign } from '../../../../electron/core/bundle/minisign/minisign';
import type { VaultSession } from '../../../../electron/core/vault/session';
import { PASSPHRASE, useTempDirs } from '../../../support/temp-vault';

const temp = useTempDirs();
const NEXT = `${PASSPHRASE} — after the laptop was out of sight`;
const MESSAGE = Buffer.from('SHA256SUMS of a bundle');

async function signature(session: VaultSession): Promise<string> {
  return session.requireBundleStores().officer.withSecret((key) => Promise.resolve(signPrehashed(key, minisignPrehash().update(MESSAGE).digest(), 'test')));
}

describe("the officer's signing identity", () => {
  it('is made with the vault, survives lock and unlock, and signs what its public key file verifies', async () => {
    const { session } = await temp.unlockedNotebook();
    const first = session.requireBundleStores().officer.public();
    expect(first.fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){4}$/);
    session.lock();
    expect(() => session.requireBundleStores()).toThrow(/locked/);
    await session.unlock(PASSPHRASE);
    expect(session.requireBundleStores().officer.public()).toEqual(first);
    expect(verifyMinisign(parseMinisignPublicKey(first.publicKeyFile), await signature(session), MESSAGE).trustedComment).toBe('test');
  });

  it('still signs after a re-encryption (re-wrapped under the new signing subkey), as the same key', async () => {
    const { session } = await temp.unlockedNotebook();
    const before = session.requireBundleStores().officer.public();
    await session.changePassphrase(PASSPHRASE, NEXT, { rekey: true });
    expect(session.requireBundleStores().officer.public()).toEqual(before);
    session.lock();
    await session.unlock(NEXT);
    verifyMinisign(parseMinisignPublicKey(before.publicKeyFile), await signature(session), MESSAGE);
  });

  it('differs between two vaults', async () => {
    const a = (await temp.unlockedNotebook()).session.requireBundleStores().officer.public();
    const b = (await temp.unlockedNotebook()).session.requireBundleStores().officer.public();
    expect(a.fingerprint).not.toBe(b.fingerprint);
  });
});
