import { randomUUID } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REDACTION_MARK } from '../../../shared/domain/entry-history';
import { searchQuerySchema } from '../../../shared/domain/search';
import { createHandlerContext } from '../../../electron/core/handlers/create-context';
import { dispatch } from '../../../electron/core/handlers/dispatch';
import { normalizeForSearch } from '../../../electron/core/search/normalize';
import type { Notebook } from '../../../electron/core/services/notebook';
import { decryptedVaultPages } from '../../support/decrypted-pages';
import { codeOf } from '../../support/error-code';
import { meeting, PASSPHRASE, useTempDirs, asMeeting } from '../../support/temp-vault';

const temp = useTempDirs();

/** A name nobody else wrote, in Latin and Arabic letters (the Arabic with a diacritic, as officers type it). */
function canaries() {
  const tag = randomUUID().replaceAll('-', '').slice(0, 10);
  return { latin: `Zaynab${tag}`, arabic: `زَينب${tag.replace(/\d/g, '')}خالد` };
}

/** The forms the canary could take on disk: as written (UTF-8 and UTF-16) and as the search index folds it. */
function needles(canary: string): Buffer[] {
  const forms = [canary, normalizeForSearch(canary).trim()];
  return forms.flatMap((form) => [Buffer.from(form, 'utf8'), Buffer.from(form, 'utf16le')]);
}

/** An entry with three revisions, the canary in each, and a draft holding it too. */
function noteWithHistory(notebook: Notebook, canary: string) {
  const first = notebook.entries.create(meeting({ title: `Met ${canary}`, participants: canary, body: 'first account' }));
  notebook.entries.update(first.id, 1, meeting({ title: `Met ${canary}`, body: `${canary} described the raid.` }));
  const third = notebook.entries.update(first.id, 2, meeting({ title: 'Met a defender', body: `Follow-up with ${canary} next week.`, location: `${canary}'s office` }));
  notebook.drafts.save(first.id, 3, meeting({ title: 'Met a defender', body: `Called ${canary} again.` }));
  // Other notes around it, so the index has segments to merge and the pages are shared.
  for (let i = 0; i < 5; i += 1) notebook.entries.create(meeting({ title: `Neighbour ${i}`, body: 'unrelated observation' }));
  return third;
}

function searchFinds(notebook: Notebook, word: string): number {
  return notebook.search.query(searchQuerySchema.parse({ query: word, limit: 50 })).total;
}

/** Everything a query can reach about the entry, as one string. */
function everythingStored(notebook: Notebook, id: string): string {
  let entry: unknown = null;
  try {
    entry = notebook.entries.get(id);
  } catch {
    /* deleted */
  }
  const history = (() => {
    try {
      return notebook.entries.history(id);
    } catch {
      return [];
    }
  })();
  return JSON.stringify([entry, history, notebook.drafts.list()]);
}

async function lockedPages(session: Awaited<ReturnType<typeof temp.unlockedNotebook>>['session']): Promise<Buffer> {
  session.lock();
  return decryptedVaultPages(session, PASSPHRASE);
}

describe.each([
  ['Latin', (c: ReturnType<typeof canaries>) => c.latin],
  ['Arabic', (c: ReturnType<typeof canaries>) => c.arabic],
])('a %s canary', (_script, pick) => {
  it('is found in the decrypted pages when nothing is redacted (the control)', async () => {
    const { session, notebook } = await temp.unlockedNotebook();
    const canary = pick(canaries());
    noteWithHistory(notebook, canary);
    expect(searchFinds(notebook, canary)).toBe(1);
    const pages = await lockedPages(session);
    expect(pages.includes(Buffer.from('CREATE TABLE "entries"'))).toBe(true); // the pages really are decrypted
    expect(needles(canary).some((n) => pages.includes(n))).toBe(true);
  });

  it('redacted from an entry, its revisions and draft, is found nowhere: queries, index or pages', async () => {
    const { session, notebook } = await temp.unlockedNotebook();
    const canary = pick(canaries());
    const note = noteWithHistory(notebook, canary);

    const redacted = notebook.entries.redact(note.id, note.revision, canary);
    // The checkpoint emptied the WAL: its earlier frames held the old pages.
    expect(statSync(`${session.layout.database}-wal`).size).toBe(0);

    expect(redacted.revision).toBe(note.revision + 1);
    expect(redacted.body).toBe(`Follow-up with ${REDACTION_MARK} next week.`);
    expect(redacted.location).toBe(`${REDACTION_MARK}'s office`);
    expect(notebook.entries.history(note.id).map((r) => r.title)).toEqual([`Met ${REDACTION_MARK}`, `Met ${REDACTION_MARK}`]);
    expect(notebook.drafts.get(note.id)?.entry.body).toBe(`Called ${REDACTION_MARK} again.`);
    expect(everythingStored(notebook, note.id)).not.toContain(canary);
    expect(searchFinds(notebook, canary)).toBe(0);
    expect(searchFinds(notebook, 'defender')).toBe(1); // the rest of the note is still indexed
    const timeline = notebook.entries.timeline(note.id);
    expect(timeline.events).toEqual([{ kind: 'redacted', revision: redacted.revision, at: redacted.updatedAt }]);

    const pages = await lockedPages(session);
    for (const needle of needles(canary)) expect(pages.includes(needle), needle.toString()).toBe(false);
  });

  it('in a deleted note is found nowhere, and the deletion is recorded', async () => {
    const { session, notebook } = await temp.unlockedNotebook();
    const canary = pick(canaries());
    const note = noteWithHistory(notebook, canary);

    notebook.entries.delete(note.id, note.revision);

    expect(codeOf(() => notebook.entries.get(note.id))).toBe('NOT_FOUND');
    expect(notebook.drafts.get(note.id)).toBeNull();
    expect(notebook.entries.list({ limit: 50, offset: 0 }).entries.map((e) => e.id)).not.toContain(note.id);
    expect(searchFinds(notebook, canary)).toBe(0);
    expect(everythingStored(notebook, note.id)).not.toContain(canary);

    const pages = await lockedPages(session);
    for (const needle of needles(canary)) expect(pages.includes(needle), needle.toString()).toBe(false);
  });
});

describe('redaction and deletion refuse', () => {
  it('a stale revision (CONFLICT), an unknown note (NOT_FOUND), and change nothing', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const note = notebook.entries.create(meeting({ body: 'Named Ahmad in the report.' }));
    notebook.entries.update(note.id, 1, meeting({ body: 'Named Ahmad in the report, twice.' }));
    expect(codeOf(() => notebook.entries.redact(note.id, 1, 'Ahmad'))).toBe('CONFLICT');
    expect(codeOf(() => notebook.entries.delete(note.id, 1))).toBe('CONFLICT');
    expect(codeOf(() => notebook.entries.redact(randomUUID(), 1, 'Ahmad'))).toBe('NOT_FOUND');
    expect(codeOf(() => notebook.entries.delete(randomUUID(), 1))).toBe('NOT_FOUND');
    expect(notebook.entries.get(note.id)).toMatchObject({ revision: 2, body: 'Named Ahmad in the report, twice.' });
    expect(notebook.entries.timeline(note.id).events).toEqual([]);
  });

  it('a passage that is not there, with a clear message and nothing changed', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const note = notebook.entries.create(meeting({ body: 'Named Ahmad in the report.' }));
    expect(() => notebook.entries.redact(note.id, 1, 'ahmad')).toThrow(/not in this entry/); // exact: case counts
    expect(codeOf(() => notebook.entries.redact(note.id, 1, 'Ah'))).toBe('INVALID_INPUT'); // shorter than the mark
    expect(notebook.entries.get(note.id)).toEqual(note);
    expect(notebook.entries.timeline(note.id).events).toEqual([]);
  });

  it('matches after NFC: a name typed with a combining accent finds the precomposed one', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const note = notebook.entries.create(meeting({ body: 'Met Ren\u00e9e at noon.' }));
    expect(notebook.entries.redact(note.id, 1, 'Rene\u0301e').body).toBe(`Met ${REDACTION_MARK} at noon.`);
  });

  it('keeps whether the redacted draft was kept on purpose (what the editor tells the officer about it)', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const note = notebook.entries.create(meeting({ body: 'first account' }));
    notebook.drafts.save(note.id, 1, meeting({ body: 'Called Mariam Saleh again.' }), true);
    notebook.entries.redact(note.id, 1, 'Mariam Saleh');
    expect(notebook.drafts.get(note.id)).toMatchObject({ keptOnPurpose: true, entry: { body: `Called ${REDACTION_MARK} again.` } });
  });

  it('redacts a passage left only in an earlier revision, after a pseudonym replaced it', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const note = notebook.entries.create(meeting({ participants: 'Mariam Saleh' }));
    const renamed = notebook.entries.update(note.id, 1, meeting({ participants: 'M. (pseudonym)' }));
    const redacted = notebook.entries.redact(note.id, renamed.revision, 'Mariam Saleh');
    expect(asMeeting(redacted).participants).toBe('M. (pseudonym)');
    expect(asMeeting(notebook.entries.history(note.id)[0]).participants).toBe(REDACTION_MARK);
  });
});

describe('entry:redact and entry:delete through dispatch (the IPC and CLI path)', () => {
  it('answer with the redacted entry, {} for a deletion, and plain error codes', async () => {
    const dir = temp.dir();
    const ctx = createHandlerContext({ vaultDir: join(dir, 'vault'), preferencesFile: join(dir, 'prefs.json'), kdfTargetMs: 0 });
    const call = (channel: string, payload: unknown) => dispatch(ctx, channel, payload, { incident: () => undefined });
    await call('vault:create', { passphrase: PASSPHRASE });
    const created = await call('entry:create', { entry: meeting({ participants: 'Hala Nasser' }) });
    if (!created.ok) throw new Error(created.error.code);
    const { id } = created.value as { id: string };

    expect(await call('entry:redact', { id, revision: 1, passage: '   ' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await call('entry:redact', { id, revision: 1, passage: 'Hala Nasser' })).toMatchObject({ ok: true, value: { participants: REDACTION_MARK, revision: 2 } });
    expect(await call('entry:history', { id })).toMatchObject({ ok: true, value: { revisions: [], events: [{ kind: 'redacted', revision: 2 }] } });
    expect(await call('entry:delete', { id, revision: 1 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call('entry:delete', { id, revision: 2 })).toEqual({ ok: true, value: {} });
    expect(await call('entry:history', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    ctx.vault.lock();
  });
});
