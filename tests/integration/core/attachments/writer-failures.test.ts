import { spawnSync } from 'node:child_process';
import { mkdirSync, openSync, closeSync, ftruncateSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CHUNK_BYTES } from '../../../../electron/core/attachments/format';
import { rejectsWith } from '../../../support/app-error';
import { attachmentVault, patterned } from '../../../support/attachments';
import { useTempDirs } from '../../../support/temp-vault';

// A write that does not complete leaves nothing in the attachments folder: no file named by an
// id (which the notebook could be pointed at) and no .partial either.

const temp = useTempDirs();

/** A stream that hands out `pieces` pieces of 64 KiB, then waits for ever: a cancel must still end the write. */
function stalling(pieces: number, onStall: () => void): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (sent < pieces) {
        sent += 1;
        this.push(patterned(CHUNK_BYTES, sent));
      } else onStall();
    },
  });
}

describe('cancel', () => {
  it('a cancel mid-way leaves no file, and rejects with the signal’s reason', async () => {
    const vault = attachmentVault(temp.dir());
    const controller = new AbortController();
    const write = vault.write(stalling(40, () => controller.abort()), { signal: controller.signal });
    await expect(write).rejects.toMatchObject({ name: 'AbortError' });
    expect(vault.files()).toEqual([]);
  });

  it('a cancel while reading a file leaves no file', async () => {
    const dir = temp.dir();
    const vault = attachmentVault(dir);
    const source = join(dir, 'memo.ogg');
    writeFileSync(source, patterned(6 * 1024 * 1024));
    const controller = new AbortController();
    const write = vault.write(source, { signal: controller.signal, onProgress: () => controller.abort() });
    await expect(write).rejects.toMatchObject({ name: 'AbortError' });
    expect(vault.files()).toEqual([]);
  });

  it('a signal already aborted writes nothing', async () => {
    const vault = attachmentVault(temp.dir());
    await expect(vault.write(patterned(10), { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(vault.files()).toEqual([]);
  });
});

describe('a source that cannot be attached as it is', () => {
  it('grows while it is read', async () => {
    const dir = temp.dir();
    const vault = attachmentVault(dir);
    const source = join(dir, 'video.mp4');
    writeFileSync(source, patterned(8 * 1024 * 1024));
    let grown = false;
    const grow = () => {
      if (!grown) appendFileSync(source, patterned(2 * 1024 * 1024));
      grown = true;
    };
    const error = await rejectsWith(vault.write(source, { onProgress: grow }), 'SOURCE_UNREADABLE');
    expect(error.message).toMatch(/grew|changed/);
    expect(vault.files()).toEqual([]);
  });

  it('shrinks while it is read', async () => {
    const dir = temp.dir();
    const vault = attachmentVault(dir);
    const source = join(dir, 'video.mp4');
    writeFileSync(source, patterned(8 * 1024 * 1024));
    const shrink = () => {
      const fd = openSync(source, 'r+');
      ftruncateSync(fd, 3 * 1024 * 1024);
      closeSync(fd);
    };
    const error = await rejectsWith(vault.write(source, { onProgress: shrink }), 'SOURCE_UNREADABLE');
    expect(error.message).toMatch(/shrank|changed/);
    expect(vault.files()).toEqual([]);
  });

  it('a stream longer or shorter than the size stated', async () => {
    const vault = attachmentVault(temp.dir());
    const longer = await rejectsWith(vault.write(patterned(CHUNK_BYTES * 3), { expectedBytes: CHUNK_BYTES }), 'SOURCE_UNREADABLE');
    expect(longer.message).toContain('grew');
    const shorter = await rejectsWith(vault.write(patterned(100), { expectedBytes: 101 }), 'SOURCE_UNREADABLE');
    expect(shorter.message).toContain('shrank');
    expect(vault.files()).toEqual([]);
  });

  it('a file whose size is not the one stated when it was picked', async () => {
    const dir = temp.dir();
    const vault = attachmentVault(dir);
    const source = join(dir, 'scan.pdf');
    writeFileSync(source, patterned(5000));
    expect((await rejectsWith(vault.write(source, { expectedBytes: 4000 }), 'SOURCE_UNREADABLE')).message).toContain('size changed');
  });

  it('a missing file, a folder and a FIFO, each in one clear sentence', async () => {
    const dir = temp.dir();
    const vault = attachmentVault(dir);
    expect((await rejectsWith(vault.write(join(dir, 'gone.jpg')), 'SOURCE_UNREADABLE')).message).toContain('does not exist');
    mkdirSync(join(dir, 'photos'));
    expect((await rejectsWith(vault.write(join(dir, 'photos')), 'SOURCE_UNREADABLE')).message).toContain('folder');
    if (process.platform !== 'win32') {
      const fifo = join(dir, 'pipe');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      // Opening a FIFO with no writer would block for ever without O_NONBLOCK.
      expect((await rejectsWith(vault.write(fifo), 'SOURCE_UNREADABLE')).message).toContain('not an ordinary file');
    }
    expect(vault.files()).toEqual([]);
  });

  it('a stream that fails part-way', async () => {
    const vault = attachmentVault(temp.dir());
    let sent = 0;
    const failing = new Readable({
      read() {
        sent += 1;
        if (sent > 20) this.destroy(new Error('EIO: the USB stick was pulled out'));
        else this.push(patterned(CHUNK_BYTES, sent));
      },
    });
    expect((await rejectsWith(vault.write(failing), 'SOURCE_UNREADABLE')).message).toContain('reading it failed');
    expect(vault.files()).toEqual([]);
  });
});
