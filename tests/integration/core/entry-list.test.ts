import { describe, expect, it } from 'vitest';
import type { EntryInput } from '../../../shared/domain/entries';
import { meeting, useTempDirs } from '../../support/temp-vault';

const temp = useTempDirs();


describe('the notebook list', () => {
  it('puts an undated note among dated ones by when it was written, whatever form the dates came in', async () => {
    const { notebook } = await temp.unlockedNotebook();
    // Written "now"; the dated notes straddle the writing time by minutes and milliseconds.
    const writtenAt = new Date();
    const shifted = (ms: number) => new Date(writtenAt.getTime() + ms);
    // The same instant as the officer's wall clock in Riyadh would write it: +03:00 reads as "later" text.
    const inRiyadh = (date: Date) => `${new Date(date.getTime() + 3 * 3_600_000).toISOString().slice(0, 19)}+03:00`;
    notebook.entries.create(meeting({ title: 'a minute before, given with +03:00', occurredAt: inRiyadh(shifted(-60_000)) }));
    notebook.entries.create(meeting({ title: 'undated', occurredAt: null }));
    notebook.entries.create(meeting({ title: 'a day later', occurredAt: shifted(86_400_000).toISOString() }));
    notebook.entries.create(meeting({ title: 'a day before, whole seconds', occurredAt: `${shifted(-86_400_000).toISOString().slice(0, 19)}Z` }));
    const titles = notebook.entries.list({ limit: 10, offset: 0 }).entries.map((e) => e.title);
    expect(titles).toEqual(['a day later', 'undated', 'a minute before, given with +03:00', 'a day before, whole seconds']);
  });

  it('stores an instant given with an offset as the same instant in UTC', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const note = notebook.entries.create(meeting({ occurredAt: '2026-03-14T12:30:00+03:00' }));
    expect(note.occurredAt).toBe('2026-03-14T09:30:00.000Z');
    expect(notebook.entries.get(note.id).occurredAt).toBe('2026-03-14T09:30:00.000Z');
  });

  it('pages by cursor and by offset to the same rows, ties broken by write order', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const day = (d: number) => `2026-01-${String(d).padStart(2, '0')}T08:00:00.000Z`;
    const inputs: EntryInput[] = Array.from({ length: 25 }, (_, i) => meeting({ title: `n${i}`, occurredAt: i % 5 === 0 ? null : day((i % 3) + 1) }));
    notebook.entries.createMany(inputs);
    const all = notebook.entries.list({ limit: 500, offset: 0 });
    expect(all.total).toBe(25);
    expect(all.nextCursor).toBeNull();

    const byCursor: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = notebook.entries.list({ limit: 7, offset: 0, ...(after ? { after } : {}) });
      byCursor.push(...page.entries.map((e) => e.title));
      if (page.nextCursor === null) break;
      after = page.nextCursor;
    }
    const byOffset = [0, 7, 14, 21].flatMap((offset) => notebook.entries.list({ limit: 7, offset }).entries.map((e) => e.title));
    expect(byCursor).toEqual(all.entries.map((e) => e.title));
    expect(byOffset).toEqual(byCursor);
    // Same day for n1, n4, n7…: the later write first.
    const sameDay = byCursor.filter((t) => [1, 4, 7].includes(Number(t.slice(1))));
    expect(sameDay).toEqual(['n7', 'n4', 'n1']);
  });

  it('filters by kind in both ways of paging', async () => {
    const { notebook } = await temp.unlockedNotebook();
    notebook.entries.createMany([meeting({ title: 'one' }), meeting({ title: 'two' })]);
    const first = notebook.entries.list({ kind: 'meeting', limit: 1, offset: 0 });
    expect(first.nextCursor).not.toBeNull();
    expect(notebook.entries.list({ kind: 'meeting', limit: 1, offset: 0, after: first.nextCursor ?? '' }).entries.map((e) => e.title)).toEqual(['one']);
    expect(notebook.entries.list({ kind: 'trial', limit: 5, offset: 0 })).toEqual({ entries: [], total: 0, nextCursor: null });
  });

  it('refuses a cursor it did not make', async () => {
    const { notebook } = await temp.unlockedNotebook();
    expect(() => notebook.entries.list({ limit: 5, offset: 0, after: "x' OR 1=1 --" })).toThrow(/not valid/);
  });
});
