import { describe, expect, it } from 'vitest';
import { codeOf } from '../../support/error-code';
import { meeting, useTempDirs } from '../../support/temp-vault';

const temp = useTempDirs();

describe('meeting notes', () => {
  it('are created with an id and revision 1, and read back exactly', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const input = meeting({ title: 'Réunion — اجتماع مع المدافعين 🕊️', participants: 'Ms. K (pseudonym)' });
    const created = notebook.entries.create(input);
    expect(created).toMatchObject({ ...input, revision: 1 });
    expect(notebook.entries.get(created.id)).toEqual(created);
  });

  it('list newest first, by when they happened', async () => {
    const { notebook } = await temp.unlockedNotebook();
    notebook.entries.create(meeting({ title: 'older', occurredAt: '2026-01-01T00:00:00.000Z' }));
    notebook.entries.create(meeting({ title: 'newer', occurredAt: '2026-06-01T00:00:00.000Z' }));
    const { entries, total } = notebook.entries.list({ limit: 10, offset: 0 });
    expect(total).toBe(2);
    expect(entries.map((e) => e.title)).toEqual(['newer', 'older']);
    expect(notebook.entries.list({ kind: 'trial', limit: 10, offset: 0 }).total).toBe(0);
  });

  it('update bumps the revision and keeps the superseded version', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const first = notebook.entries.create(meeting({ body: 'first draft' }));
    const second = notebook.entries.update(first.id, 1, meeting({ body: 'second draft' }));
    expect(second.revision).toBe(2);
    expect(notebook.entries.get(first.id).body).toBe('second draft');
    expect(notebook.entries.history(first.id).map((n) => n.body)).toEqual(['first draft']);
  });

  it('refuses a stale update with CONFLICT and changes nothing', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const note = notebook.entries.create(meeting({ body: 'v1' }));
    notebook.entries.update(note.id, 1, meeting({ body: 'v2' }));
    expect(codeOf(() => notebook.entries.update(note.id, 1, meeting({ body: 'stale' })))).toBe('CONFLICT');
    expect(notebook.entries.get(note.id).body).toBe('v2');
    expect(notebook.search.query({ query: 'stale', limit: 20, offset: 0 }).total).toBe(0);
  });

  it('says NOT_FOUND for an unknown id', async () => {
    const { notebook } = await temp.unlockedNotebook();
    expect(codeOf(() => notebook.entries.get('00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
  });

  it('writes a batch whole or not at all', async () => {
    const { notebook } = await temp.unlockedNotebook();
    notebook.entries.create(meeting({ title: 'kept' }));
    // The second row fails after the first row and its index entry were written: the
    // transaction must take both back.
    const bad = { ...meeting({ title: 'uniquebadword' }), kind: 'bogus' } as never;
    expect(() => notebook.entries.createMany([meeting({ title: 'firstofbatch' }), bad])).toThrow(/no kind of entry called 'bogus'/);
    expect(notebook.entries.list({ limit: 10, offset: 0 }).total).toBe(1);
    expect(notebook.search.query({ query: 'firstofbatch', limit: 20, offset: 0 }).total).toBe(0);
  });

  it('stores a 1 MB note and finds words at its end', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const body = `${'lorem ipsum dolor sit amet '.repeat(37_100)}needleword`;
    const note = notebook.entries.create(meeting({ body: body.slice(-1_000_000) }));
    expect(notebook.entries.get(note.id).body.length).toBe(1_000_000);
    expect(notebook.search.query({ query: 'needleword', limit: 20, offset: 0 }).hits[0]?.id).toBe(note.id);
  });
});
