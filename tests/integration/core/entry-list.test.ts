import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { entryInputSchema, type EntryInput } from '../../../shared/domain/entries';
import { migrate } from '../../../electron/core/db/migrate';
import { openPlaintextDatabaseForBenchmark } from '../../../electron/core/db/plain-connection';
import { EntriesRepository } from '../../../electron/core/db/repositories/entries-repository';
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

describe('list rows and stored details', () => {
  it('shows each kind with the facts its module gives, read from the row alone, and filters by facet', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const met = notebook.entries.create(meeting({ title: 'With the coalition', counterpartType: 'coalition', tags: ['land'], topics: ['attacks-on-defenders'] }));
    notebook.entries.create(entryInputSchema.parse({ kind: 'observation', title: 'Assembly dispersed', topics: ['restrictions-on-freedoms'], country: 'Arkavia' }));
    const page = notebook.entries.list({ limit: 10, offset: 0 });
    const row = page.entries.find((e) => e.id === met.id);
    expect(row).toEqual({ id: met.id, kind: 'meeting', title: 'With the coalition', occurredAt: met.occurredAt, updatedAt: met.updatedAt, status: 'draft', sensitivity: 'normal', facts: [{ field: 'counterpartType', value: 'coalition' }] });
    expect(notebook.entries.list({ limit: 10, offset: 0, facets: [{ facet: 'topic', value: 'attacks-on-defenders' }] }).entries.map((e) => e.title)).toEqual(['With the coalition']);
    expect(notebook.entries.list({ limit: 10, offset: 0, facets: [{ facet: 'country', value: 'Arkavia' }] }).entries.map((e) => e.kind)).toEqual(['observation']);
    expect(notebook.entries.list({ limit: 10, offset: 0, kind: 'meeting', facets: [{ facet: 'tag', value: 'land' }, { facet: 'topic', value: 'attacks-on-defenders' }] }).total).toBe(1);
    expect(notebook.entries.list({ limit: 10, offset: 0, facets: [{ facet: 'tag', value: 'land' }, { facet: 'topic', value: 'surveillance' }] }).total).toBe(0);
  });

  it('stores only the fields that differ from their defaults, and reads the defaults back', () => {
    const db = openPlaintextDatabaseForBenchmark(':memory:');
    migrate(db);
    const repo = new EntriesRepository(db);
    const stored = { id: randomUUID(), revision: 1, status: 'draft' as const, createdAt: '2026-11-01T08:00:00.000Z', updatedAt: '2026-11-01T08:00:00.000Z' };
    const plain = { ...meeting({ title: 'Defaults only' }), ...stored };
    const busy = { ...meeting({ title: 'Follow-ups', followUps: [{ text: 'Call the lawyer', owner: '', dueOn: null, done: false }] }), ...stored, id: randomUUID() };
    const details = (seq: number) => JSON.parse(String(db.prepare('SELECT data FROM meeting_details WHERE entry_seq = ?').pluck().get(seq))) as object;
    expect(details(repo.insert(plain))).toEqual({ participants: 'Two coalition members (pseudonyms)', counterpartType: 'coalition' });
    expect(Object.keys(details(repo.insert(busy))).sort()).toEqual(['counterpartType', 'followUps', 'participants']);
    expect(repo.findById(plain.id)?.entry).toEqual(plain);
    expect(repo.findById(busy.id)?.entry).toEqual(busy);
    db.close();
  });
});
