import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileLockTimeoutError, withFileLock } from '../../../electron/core/fs/file-lock';

const lockIn = () => join(mkdtempSync(join(tmpdir(), 'fieldnotes-lock-')), 'state.json.lock');
const holder = (pid: number) => JSON.stringify({ pid, nonce: 'someone-else' });

/** A pid that was alive a moment ago and is not any more. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('withFileLock', () => {
  it('runs the work holding the lock file, then removes it', async () => {
    const file = lockIn();
    const seen = await withFileLock(file, () => existsSync(file));
    expect(seen).toBe(true);
    expect(existsSync(file)).toBe(false);
  });

  it('removes the lock when the work throws', async () => {
    const file = lockIn();
    await expect(
      withFileLock(file, () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(existsSync(file)).toBe(false);
  });

  it('waits while a live process holds the lock, and runs once it is released', async () => {
    const file = lockIn();
    writeFileSync(file, holder(process.ppid)); // the test runner's parent: alive for the whole test
    let waits = 0;
    let ran = false;
    const wait = () => {
      waits += 1;
      expect(ran).toBe(false);
      // A lock created but not yet written (its holder is between open and write) is respected too.
      if (waits === 3) writeFileSync(file, '');
      if (waits === 5) rmSync(file);
      return Promise.resolve();
    };
    await withFileLock(file, () => (ran = true), { wait });
    expect(ran).toBe(true);
    expect(waits).toBe(5);
  });

  it('gives up on a live holder that never lets go', async () => {
    const file = lockIn();
    writeFileSync(file, holder(process.ppid));
    let waits = 0;
    const wait = () => Promise.resolve(void (waits += 1));
    await expect(withFileLock(file, () => 'never', { wait, maxWaits: 4 })).rejects.toBeInstanceOf(FileLockTimeoutError);
    expect(waits).toBe(4);
  });

  it('breaks a lock whose holder died (kill -9 inside the critical section)', async () => {
    const file = lockIn();
    writeFileSync(file, holder(deadPid()));
    const wait = () => Promise.reject(new Error('should not wait for a dead holder'));
    expect(await withFileLock(file, () => 'ran', { wait })).toBe('ran');
  });

  it('breaks a lock older than the stale age even when its pid was reused by a live process', async () => {
    const file = lockIn();
    writeFileSync(file, holder(process.ppid));
    const old = new Date(Date.now() - 60_000);
    utimesSync(file, old, old);
    const wait = () => Promise.reject(new Error('should not wait for an abandoned lock'));
    expect(await withFileLock(file, () => 'ran', { wait, staleAfterMs: 30_000 })).toBe('ran');
    expect(readdirSync(join(file, '..'))).toEqual([]);
  });

  it('breaks a lock naming this process with a nonce it does not hold (a dead process with our pid)', async () => {
    const file = lockIn();
    writeFileSync(file, holder(process.pid));
    const wait = () => Promise.reject(new Error('should not wait'));
    expect(await withFileLock(file, () => 'ran', { wait })).toBe('ran');
  });

  it('reports a folder that cannot hold a lock file', async () => {
    await expect(withFileLock(join(lockIn(), 'missing', 'x.lock'), () => 'never')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
