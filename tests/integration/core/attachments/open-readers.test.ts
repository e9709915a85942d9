import { describe, expect, it, vi } from 'vitest';
import { OpenReaders } from '../../../../electron/core/attachments/open-readers';
import { attachmentVault, patterned } from '../../../support/attachments';
import { useTempDirs } from '../../../support/temp-vault';

const temp = useTempDirs();

describe('OpenReaders: what a lock must close', () => {
  it('closes every reader still open, forgets one its caller closed, and keeps serving after', async () => {
    const vault = attachmentVault(temp.dir());
    const { attachmentId } = await vault.write(patterned(100));
    const options = { attachmentsDir: vault.attachmentsDir, vaultId: vault.vaultId, subkey: vault.subkey, attachmentId };
    const readers = new OpenReaders();
    const [kept, closedByCaller] = [await readers.open(options), await readers.open(options)];
    await closedByCaller.close();
    const closedAgain = vi.spyOn(closedByCaller, 'close');

    readers.closeAll();

    await expect(kept.read(0, 10)).rejects.toMatchObject({ code: 'VAULT_LOCKED' });
    expect(closedAgain).not.toHaveBeenCalled();
    const after = await readers.open(options);
    expect((await after.read(0, 100)).equals(patterned(100))).toBe(true);
    await after.close();
  });
});
