import { randomUUID } from 'node:crypto';
import { linkSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEADER_BYTES } from '../../../../electron/core/attachments/format';
import { removeAttachmentFile } from '../../../../electron/core/attachments/remove';
import { rejectsWith } from '../../../support/app-error';
import { attachmentVault, patterned } from '../../../support/attachments';
import { filesContaining } from '../../../support/files-containing';
import { useTempDirs } from '../../../support/temp-vault';

const temp = useTempDirs();

describe('attachments at rest', () => {
  it('a canary written, read by range and streamed is nowhere on disk in the clear, temp folders included', async () => {
    const started = Date.now();
    const root = temp.dir();
    const vault = attachmentVault(root);
    const canary = `canary${randomUUID().replaceAll('-', '')}`;
    const needles = [Buffer.from(canary, 'utf8'), Buffer.from(canary, 'utf16le')];
    const plain = Buffer.concat([patterned(70_000), Buffer.from(` ${canary} `.repeat(5000)), Buffer.from(canary, 'utf16le'), patterned(3)]);
    const { attachmentId } = await vault.write(plain);
    expect((await vault.readAll(attachmentId)).equals(plain)).toBe(true);
    const reader = await vault.open(attachmentId);
    expect((await reader.read(69_000, 200_000)).includes(needles[0] as Buffer)).toBe(true);
    await reader.close();

    expect(filesContaining(root, needles, started)).toEqual([]);
    // The temp folders a library or the OS might spill to (those missing on this system are skipped).
    for (const dir of [tmpdir(), '/var/tmp', '/dev/shm']) expect(filesContaining(dir, needles, started), dir).toEqual([]);
    // A scan that cannot see plaintext proves nothing: it must find a canary put there on purpose.
    const planted = join(root, 'planted.txt');
    writeFileSync(planted, `x${canary}x`);
    expect(filesContaining(root, needles, started)).toEqual([planted]);
  });

  it('removal overwrites the block holding the wrapped key in place, then unlinks', async () => {
    const root = temp.dir();
    const vault = attachmentVault(root);
    const plain = patterned(200_000);
    const { attachmentId } = await vault.write(plain);
    // A second name for the same inode sees what the overwrite did to the file's own blocks.
    const witness = join(root, 'witness');
    linkSync(vault.path(attachmentId), witness);
    const before = readFileSync(witness);

    await removeAttachmentFile(vault.attachmentsDir, attachmentId);
    expect(vault.files()).toEqual([]);
    const after = readFileSync(witness);
    expect(after.length).toBe(before.length);
    expect(after.subarray(0, HEADER_BYTES).equals(before.subarray(0, HEADER_BYTES))).toBe(false);
    expect(after.subarray(0, 4096).equals(before.subarray(0, 4096))).toBe(false);
    expect(after.subarray(4096).equals(before.subarray(4096))).toBe(true);

    // Even given back its name, what is left does not open with the vault's key.
    writeFileSync(vault.path(attachmentId), after);
    await rejectsWith(vault.readAll(attachmentId), 'ATTACHMENT_CORRUPT');
  });

  it('removal of a file already gone is not an error; an id that is not a UUID never becomes a path', async () => {
    const vault = attachmentVault(temp.dir());
    await expect(removeAttachmentFile(vault.attachmentsDir, randomUUID())).resolves.toBeUndefined();
    await rejectsWith(removeAttachmentFile(vault.attachmentsDir, '../vault.header'), 'INVALID_INPUT');
    await rejectsWith(vault.open('../notebook.db'), 'INVALID_INPUT');
  });

  it('removes a file smaller than a block', async () => {
    const vault = attachmentVault(temp.dir());
    const { attachmentId } = await vault.write(Buffer.alloc(0));
    await removeAttachmentFile(vault.attachmentsDir, attachmentId);
    expect(vault.files()).toEqual([]);
  });
});
