import { closeSync, ftruncateSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { JobProgress } from '../../../../shared/domain/jobs';
import { createHandlerContext } from '../../../../electron/core/handlers/create-context';
import { dispatch } from '../../../../electron/core/handlers/dispatch';
import { TestDesktop } from '../../../e2e/support/desktop';
import { photoWithGps, toneWav } from '../../../support/sample-files';
import { meeting, PASSPHRASE, useTempDirs } from '../../../support/temp-vault';

const temp = useTempDirs();

async function app() {
  const dir = temp.dir();
  const desktop = new TestDesktop();
  const ctx = createHandlerContext({ vaultDir: join(dir, 'vault'), preferencesFile: join(dir, 'prefs.json'), kdfTargetMs: 0, desktop });
  const call = async (channel: string, payload: unknown) => {
    const result = await dispatch(ctx, channel, payload, { incident: () => undefined });
    if (!result.ok) throw Object.assign(new Error(result.error.message), result.error);
    return result.value as never;
  };
  await call('vault:create', { passphrase: PASSPHRASE });
  const entry = ctx.vault.requireNotebook().entries.create(meeting());
  const updates: JobProgress[] = [];
  ctx.vault.jobs.onProgress((update) => updates.push(update));
  return { ctx, desktop, call, dir, entryId: entry.id, updates };
}

describe('attachment channels', () => {
  it('pick hands tokens (never paths) with what the photo carries; add runs as a job in bytes; save a copy goes where the save dialog says', async () => {
    const { ctx, desktop, call, dir, entryId, updates } = await app();
    const photo = photoWithGps(dir, 'Amal Haddad at home.jpg');
    desktop.nextPicks = [photo];
    const picked: { token: string; name: string; metadata: { location: boolean }; strippable: boolean }[] = await call('attachment:pick', {});
    expect(picked).toMatchObject([{ name: 'Amal Haddad at home.jpg', metadata: { location: true }, strippable: true }]);
    expect(JSON.stringify(picked)).not.toContain(dir);

    const { jobId }: { jobId: string } = await call('attachment:add', { entryId, token: picked[0]?.token, stripLocation: true });
    await ctx.vault.jobs.outcome(jobId);
    expect(updates.filter((u) => u.jobId === jobId).at(-1)).toMatchObject({ state: 'done', unit: 'bytes', kind: 'attachment' });
    await expect(call('attachment:add', { entryId, token: picked[0]?.token, stripLocation: true })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const [stored]: { id: string; stripped: boolean }[] = await call('attachment:list', { entryId });
    expect(stored?.stripped).toBe(true);
    desktop.nextSaveTarget = join(dir, 'saved.jpg');
    expect(await call('attachment:save-copy', { id: stored?.id })).toEqual({ saved: true });
    expect(readFileSync(join(dir, 'saved.jpg')).includes('SN-4242-CANARY')).toBe(false);
    desktop.nextSaveTarget = null;
    expect(await call('attachment:save-copy', { id: stored?.id })).toEqual({ saved: false });
    await call('attachment:remove', { id: stored?.id });
    expect(await call('attachment:list', { entryId })).toEqual([]);
    const history: { id: string; name: string; removedAt: string | null }[] = await call('attachment:list', { entryId, includeRemoved: true });
    expect(history.map(({ id, name }) => ({ id, name }))).toEqual([{ id: stored?.id, name: 'Amal Haddad at home.jpg' }]);
    expect(history[0]?.removedAt).not.toBeNull();
  });

  it('a dropped path is checked as a picked file and answered with a token, never the path; a relative path or a folder is refused', async () => {
    const { ctx, call, dir, entryId } = await app();
    const photo = photoWithGps(dir, 'dropped notice.jpg');
    const dropped: { token: string; name: string; metadata: { location: boolean } } = await call('attachment:drop', { path: photo });
    expect(dropped).toMatchObject({ name: 'dropped notice.jpg', metadata: { location: true } });
    expect(JSON.stringify(dropped)).not.toContain(dir);
    const { jobId }: { jobId: string } = await call('attachment:add', { entryId, token: dropped.token, stripLocation: false });
    expect(await ctx.vault.jobs.outcome(jobId)).toMatchObject({ state: 'done' });
    expect(await call('attachment:list', { entryId })).toMatchObject([{ name: 'dropped notice.jpg', stripped: false }]);

    await expect(call('attachment:drop', { path: 'dropped notice.jpg' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const folder = join(dir, 'a folder');
    mkdirSync(folder);
    await expect(call('attachment:drop', { path: folder })).rejects.toMatchObject({ code: 'SOURCE_UNREADABLE' });
  });

  it('a large add reports at most a step per hundredth of the file, and its last byte', async () => {
    const { ctx, desktop, call, dir, entryId, updates } = await app();
    const big = join(dir, 'recording.bin');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 300 * 1024 * 1024);
    closeSync(fd);
    desktop.nextPicks = [big];
    const [file]: { token: string }[] = await call('attachment:pick', {});
    const { jobId }: { jobId: string } = await call('attachment:add', { entryId, token: file?.token, stripLocation: false });
    await ctx.vault.jobs.outcome(jobId);
    const running = updates.filter((u) => u.jobId === jobId && u.state === 'running');
    // The writer reports every megabyte (300 here); the page is sent about a hundred.
    expect(running.length).toBeGreaterThan(50);
    expect(running.length).toBeLessThanOrEqual(102);
    expect(running.at(-1)).toMatchObject({ done: 300 * 1024 * 1024, total: 300 * 1024 * 1024 });
  });

  it('a cancelled add ends as cancelled with nothing added', async () => {
    const { ctx, desktop, call, dir, entryId, updates } = await app();
    desktop.nextPicks = [toneWav(dir, 60)];
    const [file]: { token: string }[] = await call('attachment:pick', {});
    const { jobId }: { jobId: string } = await call('attachment:add', { entryId, token: file?.token, stripLocation: false });
    await call('job:cancel', { jobId });
    await ctx.vault.jobs.outcome(jobId);
    expect(updates.filter((u) => u.jobId === jobId).at(-1)?.state).toBe('cancelled');
    expect(await call('attachment:list', { entryId })).toEqual([]);
  });
});
