import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { rejectsWith } from '../support/app-error';
import { attachmentVault, patterned } from '../support/attachments';
import { LoopImage, loopMountUnavailable } from './loop-device';

// A real full disk (a small ext4 image): the write fails as STORAGE_FULL, the partial file is
// gone, and an attachment written before it still reads.

const unavailable = loopMountUnavailable();
if (unavailable && process.env.CI && !unavailable.includes('npm run test:disk')) {
  throw new Error(`tests/disk cannot run on CI: ${unavailable}`);
}
if (unavailable) process.stdout.write(`tests/disk/attachment-full-disk.test.ts skipped: ${unavailable}\n`);

describe.skipIf(unavailable !== null)('an attachment on a full disk', () => {
  let disk: LoopImage | null = null;
  afterEach(() => {
    disk?.destroy();
    disk = null;
  });

  it('is STORAGE_FULL, leaves no partial file, and harms nothing stored before', async () => {
    disk = new LoopImage(24);
    disk.mount();
    const vault = attachmentVault(join(disk.mountPoint, 'user'));
    const small = patterned(100_000, 9);
    const kept = await vault.write(small);
    const error = await rejectsWith(vault.write(patterned(64 * 1024 * 1024, 3)), 'STORAGE_FULL');
    expect(error.message).toContain('The disk is full');
    expect(vault.files()).toEqual([kept.attachmentId]);
    expect((await vault.readAll(kept.attachmentId, small.length)).equals(small)).toBe(true);
  });
});
