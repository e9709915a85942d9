import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlerContext } from '../../../electron/core/handlers/create-context';
import { dispatch } from '../../../electron/core/handlers/dispatch';
import { VaultSession } from '../../../electron/core/vault/session';
import { REBUILD_SLICE } from '../../../electron/core/services/search-index-upkeep';
import { SEARCH_INDEX_VERSION } from '../../../electron/core/search/indexed-text';
import type { JobProgress } from '../../../shared/domain/jobs';
import { meeting, PASSPHRASE, useTempDirs } from '../../support/temp-vault';
import { openEncryptedDatabaseForTest } from '../../support/raw-vault';

const temp = useTempDirs();
/** Two full slices and a short one. */
const NOTES = REBUILD_SLICE * 2 + 100;
const WORD = 'تأجيل';

let template: string;

/**
 * A locked vault of NOTES notes whose index an older build made: empty, marked with an older
 * version. Built once, copied for each test.
 */
beforeAll(async () => {
  template = mkdtempSync(join(tmpdir(), 'fieldnotes-rebuild-'));
  const session = new VaultSession({ dir: join(template, 'vault'), kdfTargetMs: 0 });
  await session.create(PASSPHRASE);
  const notebook = session.requireNotebook();
  notebook.entries.createMany(Array.from({ length: NOTES }, (_, i) => meeting({ title: `Hearing ${i}`, body: `هيئة الدفاع طلبت ${WORD}` })));
  session.lock();
  await openEncryptedDatabaseForTest(session, PASSPHRASE, (db) => {
    db.exec("INSERT INTO search_index (search_index) VALUES ('delete-all')");
    db.prepare("UPDATE vault_meta SET value = '1' WHERE key = 'search_index_version'").run();
  });
});

afterAll(() => rmSync(template, { recursive: true, force: true }));

function outdatedVault(): VaultSession {
  const dir = join(temp.dir(), 'vault');
  cpSync(join(template, 'vault'), dir, { recursive: true });
  return temp.session(dir);
}

function updatesOf(session: VaultSession): JobProgress[] {
  const updates: JobProgress[] = [];
  session.jobs.onProgress((u) => updates.push(u));
  return updates;
}

async function meta(session: VaultSession, key: string): Promise<unknown> {
  return openEncryptedDatabaseForTest(session, PASSPHRASE, (db) => db.prepare('SELECT value FROM vault_meta WHERE key = ?').pluck().get(key));
}

function search(session: VaultSession) {
  return session.requireNotebook().search.query({ query: WORD, limit: 1, offset: 0 });
}

describe('search index rebuild', () => {
  it('runs as a job after unlock, in slices; search says the index is incomplete until it is done', async () => {
    const session = outdatedVault();
    const updates = updatesOf(session);
    await session.unlock(PASSPHRASE);
    expect(search(session).indexIncomplete).toEqual({ indexed: 0, total: NOTES, rebuilding: true });

    await session.jobs.idle();
    const result = search(session);
    expect(result.indexIncomplete).toBeUndefined();
    expect(result.total).toBe(NOTES);
    expect(updates.filter((u) => u.state === 'running').map((u) => u.done)).toEqual([0, REBUILD_SLICE, REBUILD_SLICE * 2, NOTES]);
    expect(updates.at(-1)).toMatchObject({ kind: 'search-index', state: 'done', done: NOTES, total: NOTES, unit: 'items' });
    session.lock();
    expect(await meta(session, 'search_index_version')).toBe(SEARCH_INDEX_VERSION);
  });

  it('is aborted by a lock between slices, and the next unlock finishes it from where it stopped', async () => {
    const session = outdatedVault();
    const updates = updatesOf(session);
    // A lock that arrives from elsewhere in the event loop (idle, suspend) once the first slice is in.
    const stopListening = session.jobs.onProgress((u) => {
      if (u.state === 'running' && u.done === REBUILD_SLICE) setImmediate(() => session.lock());
    });
    await session.unlock(PASSPHRASE);
    await session.jobs.idle();
    expect(updates.at(-1)).toMatchObject({ state: 'cancelled', done: REBUILD_SLICE });
    expect(session.status().state).toBe('locked');
    expect(await meta(session, 'search_index_version')).toBe('1');
    stopListening();

    const resumed = updatesOf(session);
    await session.unlock(PASSPHRASE);
    expect(search(session).indexIncomplete).toEqual({ indexed: REBUILD_SLICE, total: NOTES, rebuilding: true });
    await session.jobs.idle();
    expect(resumed.filter((u) => u.state === 'running').map((u) => u.done)).toEqual([REBUILD_SLICE, REBUILD_SLICE * 2, NOTES]);
    expect(search(session)).toMatchObject({ total: NOTES });
    expect(search(session).indexIncomplete).toBeUndefined();
    session.lock();
    expect(await meta(session, 'search_index_version')).toBe(SEARCH_INDEX_VERSION);
    expect(await meta(session, 'search_index_rebuilt_through')).toBeUndefined();
  });

  it('stops when cancelled and leaves a notebook that works; a note written meanwhile is found', async () => {
    const session = outdatedVault();
    const stopListening = session.jobs.onProgress((u) => {
      if (u.state === 'running' && u.done === REBUILD_SLICE) session.jobs.cancel(u.jobId);
    });
    await session.unlock(PASSPHRASE);
    await session.jobs.idle();
    const notebook = session.requireNotebook();
    expect(search(session).indexIncomplete).toEqual({ indexed: REBUILD_SLICE, total: NOTES, rebuilding: false });
    expect(notebook.check()).toMatchObject({ integrity: ['ok'] });
    const written = notebook.entries.create(meeting({ title: 'Written while the index was rebuilt', body: 'قرار الإفراج' }));
    expect(notebook.search.query({ query: 'الإفراج', limit: 5, offset: 0 }).hits.map((h) => h.id)).toEqual([written.id]);

    stopListening();
    session.lock();
    await session.unlock(PASSPHRASE);
    await session.jobs.idle();
    expect(search(session)).toMatchObject({ total: NOTES });
    expect(session.requireNotebook().search.query({ query: 'الإفراج', limit: 5, offset: 0 }).total).toBe(1);
  });

  it('leaves the event loop free between slices', async () => {
    const session = outdatedVault();
    const seenBetween: (number | undefined)[] = [];
    session.jobs.onProgress((u) => {
      if (u.state === 'running' && u.done === REBUILD_SLICE) setImmediate(() => seenBetween.push(search(session).indexIncomplete?.indexed));
    });
    await session.unlock(PASSPHRASE);
    await session.jobs.idle();
    // The callback ran after the first slice and before the second: IPC and a lock get the same turn.
    expect(seenBetween).toEqual([REBUILD_SLICE]);
  });

  it('is cancelled through job:cancel, which refuses anything but a job id', async () => {
    const dir = join(temp.dir(), 'vault');
    cpSync(join(template, 'vault'), dir, { recursive: true });
    const ctx = createHandlerContext({ vaultDir: dir, preferencesFile: join(dir, '..', 'prefs.json'), kdfTargetMs: 0 });
    const log = { incident: () => undefined };
    const answers: unknown[] = [];
    ctx.vault.jobs.onProgress((u) => {
      if (u.state === 'running' && u.done === 0) void dispatch(ctx, 'job:cancel', { jobId: u.jobId }, log).then((a) => answers.push(a));
    });
    try {
      expect(await dispatch(ctx, 'vault:unlock', { passphrase: PASSPHRASE }, log)).toMatchObject({ ok: true });
      await ctx.vault.jobs.idle();
      expect(answers).toEqual([{ ok: true, value: { cancelled: true } }]);
      expect(ctx.vault.requireNotebook().search.query({ query: WORD, limit: 1, offset: 0 }).indexIncomplete).toMatchObject({ rebuilding: false });
      expect(await dispatch(ctx, 'job:cancel', { jobId: '../vault.header' }, log)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    } finally {
      ctx.vault.lock();
    }
  });

  it('is no job at all for a current index or an empty notebook', async () => {
    const { session } = await temp.unlockedNotebook();
    const updates = updatesOf(session);
    session.lock();
    await session.unlock(PASSPHRASE);
    await session.jobs.idle();
    expect(updates).toEqual([]);
    expect(search(session).indexIncomplete).toBeUndefined();
  });
});
