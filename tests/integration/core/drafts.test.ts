import { randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEncryptedDatabase } from '../../../electron/core/db/connection';
import { migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { dispatch } from '../../../electron/core/handlers/dispatch';
import { createHandlerContext } from '../../../electron/core/handlers/create-context';
import { JobRunner } from '../../../electron/core/jobs/job-runner';
import { openNotebook } from '../../../electron/core/services/notebook';
import { deriveSubkeys } from '../../../electron/core/vault/subkeys';
import { normalizeForSearch } from '../../../electron/core/search/normalize';
import { meeting, PASSPHRASE, useTempDirs } from '../../support/temp-vault';

const temp = useTempDirs();

describe('migration 2 (drafts)', () => {
  it('adds the drafts table to a vault that already holds notes, leaving them intact', async () => {
    const file = join(temp.dir(), 'n.db');
    const key = randomBytes(32);
    const db = openEncryptedDatabase(file, key, { create: true });
    expect(migrate(db, MIGRATIONS.slice(0, 1))).toBe(1);

    // Seeded as schema 1 wrote notes: entries, details and index rows.
    const at = '2026-01-02T03:04:05.000Z';
    const notes = ['Land defenders', 'المدافعين عن الأرض'].map((title) => ({ ...meeting({ title }), id: randomUUID() }));
    // The index row as schema 1 wrote it (today's SearchRepository reads columns schema 1 lacks).
    const indexRow = db.prepare('INSERT INTO search_index (rowid, title, body, extra) VALUES (?, ?, ?, ?)');
    db.transaction(() => {
      for (const note of notes) {
        const seq = Number(
          db.prepare(`INSERT INTO entries (id, kind, title, body, occurred_at, created_at, updated_at, revision) VALUES (?, 'meeting', ?, ?, ?, ?, ?, 1)`)
            .run(note.id, note.title, note.body, note.occurredAt, at, at).lastInsertRowid,
        );
        db.prepare('INSERT INTO meeting_details (entry_seq, location, counterpart_type, participants) VALUES (?, ?, ?, ?)').run(seq, note.location, note.counterpartType, note.participants);
        indexRow.run(seq, normalizeForSearch(note.title), normalizeForSearch(note.body), '');
      }
    })();
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'drafts'").pluck().get()).toBe(0);

    expect(migrate(db, MIGRATIONS.slice(0, 2))).toBe(2);
    expect(schemaVersion(db)).toBe(2);
    const sql = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'drafts'").pluck().get() as string;
    expect(sql).toMatch(/STRICT\s*$/);

    migrate(db); // the later migrations, as an unlock would run them
    const vaultId = randomUUID();
    const jobs = new JobRunner();
    const notebook = openNotebook(db, () => new Date(at), vaultId, deriveSubkeys(randomBytes(32), vaultId), jobs);
    await jobs.idle(); // the index rebuild a first unlock after the upgrade starts
    for (const note of notes) expect(notebook.entries.get(note.id)).toEqual({ ...note, status: 'final', revision: 1, createdAt: at, updatedAt: at });
    expect(notebook.search.query({ query: 'المدافعين', limit: 20, offset: 0 }).hits.map((h) => h.id)).toEqual([notes[1]?.id]);
    expect(notebook.check()).toMatchObject({ schemaVersion: MIGRATIONS.length, integrity: ['ok'], counts: { meeting: 2 } });
    expect(notebook.drafts.list()).toEqual([]);
    notebook.close();
  });
});

describe('drafts', () => {
  it('are saved (upsert), read back, listed and discarded', async () => {
    const { notebook } = await temp.unlockedNotebook();
    expect(notebook.drafts.get('new:meeting')).toBeNull();
    notebook.drafts.save('new:meeting', null, meeting({ title: '', body: 'first words' }));
    notebook.drafts.save('new:meeting', null, meeting({ title: '', body: 'first words, then more — ثم المزيد' }));
    expect(notebook.drafts.get('new:meeting')).toMatchObject({ key: 'new:meeting', baseRevision: null, entry: { title: '', body: 'first words, then more — ثم المزيد' } });
    expect(notebook.drafts.list()).toHaveLength(1);
    notebook.drafts.discard('new:meeting');
    expect(notebook.drafts.get('new:meeting')).toBeNull();
    notebook.drafts.discard('new:meeting'); // discarding nothing is not an error
  });

  it('remember whether the officer kept them on purpose, and only say so when asked (migration 5)', async () => {
    const { notebook } = await temp.unlockedNotebook();
    notebook.drafts.save('new:meeting', null, meeting({ body: 'typed before a lock' }));
    expect(notebook.drafts.get('new:meeting')?.keptOnPurpose).toBe(false);
    notebook.drafts.save('new:meeting', null, meeting({ body: 'kept on leaving' }), true);
    expect(notebook.drafts.get('new:meeting')).toMatchObject({ keptOnPurpose: true, entry: { body: 'kept on leaving' } });
    notebook.drafts.save('new:meeting', null, meeting({ body: 'typed again, then a lock' }));
    expect(notebook.drafts.get('new:meeting')?.keptOnPurpose).toBe(false);
  });

  it('refuse a base revision that does not fit the key', async () => {
    const { notebook } = await temp.unlockedNotebook();
    expect(() => notebook.drafts.save('new:meeting', 3, meeting())).toThrow(/base revision/);
    expect(() => notebook.drafts.save(randomUUID(), null, meeting())).toThrow(/base revision/);
  });

  it('are discarded by the save they turn into, in the same transaction', async () => {
    const { notebook } = await temp.unlockedNotebook();
    notebook.drafts.save('new:meeting', null, meeting({ body: 'typed before the lock' }));
    const created = notebook.entries.create(meeting({ body: 'typed before the lock' }), { discardDraft: 'new:meeting' });
    expect(notebook.drafts.get('new:meeting')).toBeNull();

    notebook.drafts.save(created.id, 1, meeting({ body: 'an edit' }));
    // A save that fails (stale revision) rolls back whole: the draft, the officer's text, stays.
    expect(() => notebook.entries.update(created.id, 7, meeting({ body: 'an edit' }), { discardDraft: created.id })).toThrow();
    expect(notebook.drafts.get(created.id)?.entry.body).toBe('an edit');
    notebook.entries.update(created.id, 1, meeting({ body: 'an edit' }), { discardDraft: created.id });
    expect(notebook.drafts.get(created.id)).toBeNull();

    // A save from elsewhere (CLI, another window) that does not name the draft leaves it alone.
    notebook.drafts.save(created.id, 2, meeting({ body: 'still typing' }));
    notebook.entries.update(created.id, 2, meeting({ body: 'from the CLI' }));
    expect(notebook.drafts.get(created.id)?.entry.body).toBe('still typing');
  });

  it('roll the draft removal back with the write when the write fails', async () => {
    const { notebook } = await temp.unlockedNotebook();
    notebook.drafts.save('new:meeting', null, meeting({ body: 'keep me' }));
    // The contract would refuse this; the service alone must still not drop the draft when the write fails.
    expect(() => notebook.entries.create({ ...meeting(), kind: 'nope' } as never, { discardDraft: 'new:meeting' })).toThrow();
    expect(notebook.drafts.get('new:meeting')?.entry.body).toBe('keep me');
  });

  it('cross the contract: empty titles allowed, limits enforced, unknown keys refused', async () => {
    const ctx = createHandlerContext({ vaultDir: join(temp.dir(), 'vault'), preferencesFile: join(temp.dir(), 'prefs.json'), kdfTargetMs: 0 });
    const call = (channel: string, payload: unknown) => dispatch(ctx, channel, payload, { incident: () => undefined });
    expect(await call('draft:get', { key: 'new:meeting' })).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    await ctx.vault.create(PASSPHRASE);
    expect(await call('draft:save', { key: 'new:meeting', baseRevision: null, entry: meeting({ title: '' }) })).toEqual({ ok: true, value: {} });
    expect(await call('draft:get', { key: 'new:meeting' })).toMatchObject({ ok: true, value: { key: 'new:meeting', entry: { title: '' } } });
    expect(await call('draft:save', { key: 'new:meeting', baseRevision: null, entry: meeting({ body: 'x'.repeat(1_000_001) }) })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await call('draft:save', { key: 'new:meeting', baseRevision: null, entry: meeting(), extra: 1 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await call('draft:get', { key: '../etc' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const created = await call('entry:create', { entry: meeting({ title: 'Saved' }), discardDraft: 'new:meeting' });
    expect(created.ok).toBe(true);
    expect(await call('draft:get', { key: 'new:meeting' })).toEqual({ ok: true, value: null });
    expect(await call('draft:discard', { key: 'new:meeting' })).toEqual({ ok: true, value: {} });
    ctx.vault.lock();
  });

  it('never reach the disk in plaintext', async () => {
    const vaultDir = join(temp.dir(), 'vault');
    const ctx = createHandlerContext({ vaultDir, preferencesFile: join(temp.dir(), 'prefs.json'), kdfTargetMs: 0 });
    const canary = `draftcanary${randomUUID().replaceAll('-', '')}`;
    const arabic = `مسودة${canary.slice(-12)}`;
    const needles = [canary, arabic].flatMap((c) => [Buffer.from(c, 'utf8'), Buffer.from(c, 'utf16le')]);
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : [path];
      });
    const leaks = () => files(vaultDir).filter((file) => needles.some((n) => readFileSync(file).includes(n)));

    await ctx.vault.create(PASSPHRASE);
    for (let i = 0; i < 20; i += 1) {
      const result = await dispatch(
        ctx,
        'draft:save',
        { key: 'new:meeting', baseRevision: null, entry: meeting({ title: '', body: `${canary} ${arabic} ${'words '.repeat(500)} ${i}` }) },
        { incident: () => undefined },
      );
      expect(result.ok).toBe(true);
    }
    expect(leaks()).toEqual([]);
    ctx.vault.lock();
    expect(files(vaultDir).length).toBeGreaterThan(0);
    expect(leaks()).toEqual([]);
  });
});
