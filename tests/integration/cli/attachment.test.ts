import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../../shared/ipc/contract';
import { photoWithGps, toneWav } from '../../support/sample-files';
import { expectOneErrorLine, useCliVault } from './run-cli';

describe('fieldnotes attachment add, list, get, rm; vault check reports orphans', () => {
  const vault = useCliVault();
  const { run, ok } = vault;
  let dir: string;
  let entryId: string;

  beforeAll(async () => {
    dir = vault.dir;
    entryId = contract['entry:create'].output.parse(JSON.parse(await ok(['entry', 'add', '--title', 'Hearing', '--json']))).id;
  });

  it('adds (printing the id only), lists, gets a copy (no overwrite without --force) and removes', async () => {
    const wav = toneWav(dir, 1, 'Amal Haddad memo.wav');
    const id = await ok(['attachment', 'add', entryId, wav]);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const listed = JSON.parse(await ok(['attachment', 'list', entryId, '--json'])) as { id: string; bytes: number; name: string }[];
    expect(listed).toMatchObject([{ id, bytes: 16044, name: 'Amal Haddad memo.wav' }]);
    expect(await ok(['attachment', 'list', entryId])).toMatch(new RegExp(`^${id} +audio/wav +16044 `, 'm'));

    const out = join(dir, 'copy.wav');
    const got = await ok(['attachment', 'get', id, '--out', out]);
    expect(got).not.toContain('copy.wav');
    expect(readFileSync(out).equals(readFileSync(wav))).toBe(true);
    writeFileSync(out, 'mine');
    expectOneErrorLine(await run(['attachment', 'get', id, '--out', out]), 1, /already there: nothing was written/);
    expect(readFileSync(out, 'utf8')).toBe('mine');
    await ok(['attachment', 'get', id, '--out', out, '--force']);
    expect(readFileSync(out).length).toBe(16044);
    expect(readdirSync(dir).filter((name) => name.endsWith('.partial'))).toEqual([]);

    await ok(['attachment', 'rm', id]);
    expect(await ok(['attachment', 'list', entryId])).toBe('No attachments.');
    expectOneErrorLine(await run(['attachment', 'get', id, '--out', join(dir, 'gone.wav')]), 1, /no such attachment/);
  });

  it('--strip-location stores a photo without its GPS position', async () => {
    const id = await ok(['attachment', 'add', entryId, photoWithGps(dir), '--strip-location']);
    const [listed] = JSON.parse(await ok(['attachment', 'list', entryId, '--json'])) as { id: string; stripped: boolean; metadata: { location: boolean } }[];
    expect(listed).toMatchObject({ id, stripped: true, metadata: { location: true } });
    const out = join(dir, 'photo.jpg');
    await ok(['attachment', 'get', id, '--out', out]);
    expect(execFileSync('exiftool', ['-GPSLatitude', '-s3', out], { encoding: 'utf8' }).trim()).toBe('');
    await ok(['attachment', 'rm', id]);
  });

  it('a missing file, a folder, a FIFO: one clear line, exit 1, nothing added', async () => {
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    for (const [path, pattern] of [
      [join(dir, 'absent.bin'), /does not exist/],
      [dir, /folder, not a file/],
      [fifo, /not an ordinary file/],
    ] as const) {
      expectOneErrorLine(await run(['attachment', 'add', entryId, path]), 1, pattern);
    }
    rmSync(fifo);
    expect(await ok(['attachment', 'list', entryId])).toBe('No attachments.');
  });

  it('vault check reports a file without a row and a row without a file, with what to do', async () => {
    const id = await ok(['attachment', 'add', entryId, toneWav(dir)]);
    const folder = join(dir, 'vault', 'attachments');
    rmSync(join(folder, id));
    const stray = '6f0c3a52-8a0e-4a8e-9b3f-2f9e1c7d5b10';
    writeFileSync(join(folder, stray), 'x');
    const result = await run(['vault', 'check']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`file without a row: attachments/${stray}`);
    expect(result.stdout).toContain(`row without a file: ${id}`);
    expect(result.stdout).toContain(`fieldnotes attachment rm ${id}`);
    rmSync(join(folder, stray));
    await ok(['attachment', 'rm', id]);
    expect((await run(['vault', 'check'])).stdout).toMatch(/^Attachments: ok$/m);
  });

  it("vault check also reports what a headquarters import cut short left in attachments/imported", async () => {
    const folder = join(dir, 'vault', 'attachments', 'imported');
    mkdirSync(folder, { recursive: true });
    const stray = '0b9e8f1c-6a2d-4c3e-8f7a-5d4c3b2a1e0f';
    writeFileSync(join(folder, stray), 'x');
    const result = await run(['vault', 'check']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`file without a row: attachments/imported/${stray}`);
    rmSync(join(folder, stray));
    expect((await run(['vault', 'check'])).stdout).toMatch(/^Attachments: ok$/m);
  });
});
