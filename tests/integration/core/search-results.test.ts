import { describe, expect, it } from 'vitest';
import type { TextSegment } from '../../../shared/domain/search';
import { EntriesRepository } from '../../../electron/core/db/repositories/entries-repository';
import { SearchRepository } from '../../../electron/core/db/repositories/search-repository';
import { RANK_WINDOW, SearchService } from '../../../electron/core/services/search-service';
import { openEncryptedDatabaseForTest } from '../../support/raw-vault';
import { meeting, PASSPHRASE, useTempDirs } from '../../support/temp-vault';

const temp = useTempDirs();

const marked = (segments: readonly TextSegment[]) => segments.filter((s) => s.hit).map((s) => s.text);

describe('search results say why and reach every match', () => {
  it('counts only so far ahead of the page, and the count grows as deeper pages are asked for', async () => {
    const { session, notebook } = await temp.unlockedNotebook();
    notebook.entries.createMany(Array.from({ length: 12 }, (_, i) => meeting({ title: `Cedar ${i}` })));
    session.lock();
    await openEncryptedDatabaseForTest(session, PASSPHRASE, (db) => {
      const search = new SearchService(new SearchRepository(db), new EntriesRepository(db), 5);
      expect(search.query({ query: 'cedar', limit: 2, offset: 0 })).toMatchObject({ total: 7, totalIsLowerBound: true });
      const deep = search.query({ query: 'cedar', limit: 2, offset: 10 });
      expect(deep).toMatchObject({ total: 12, totalIsLowerBound: false });
      expect(deep.hits).toHaveLength(2);
    });
  });

  it('shows a hit in participants or location as that field, highlighted, and no unmatched body', async () => {
    const { notebook } = await temp.unlockedNotebook();
    notebook.entries.create(meeting({ title: 'Weekly sync', participants: 'Cedar (pseudonym), Juniper', location: 'Mission annex', body: 'Budget lines.' }));
    notebook.entries.create(meeting({ title: 'Hearing', participants: 'Oak', location: 'Cedar Street courthouse', body: 'Adjourned.' }));
    const hits = notebook.search.query({ query: 'cedar', limit: 20, offset: 0, sort: 'date' }).hits;
    const byTitle = new Map(hits.map((h) => [h.title.map((s) => s.text).join(''), h]));
    const sync = byTitle.get('Weekly sync');
    expect(sync?.fields.map((f) => [f.field, marked(f.segments)])).toEqual([['participants', ['Cedar']]]);
    expect(sync?.fields[0]?.segments.map((s) => s.text).join('')).toBe('Cedar (pseudonym), Juniper');
    expect(sync?.snippet).toEqual([]);
    expect(byTitle.get('Hearing')?.fields.map((f) => f.field)).toEqual(['location']);
  });

  it('keeps the body excerpt when the body matched, beside any field that matched too', async () => {
    const { notebook } = await temp.unlockedNotebook();
    notebook.entries.create(meeting({ title: 'Sync', participants: 'Cedar', body: 'Cedar described the raid.' }));
    const [hit] = notebook.search.query({ query: 'cedar', limit: 20, offset: 0 }).hits;
    expect(marked(hit?.snippet ?? [])).toEqual(['Cedar']);
    expect(hit?.fields.map((f) => f.field)).toEqual(['participants']);
  });

  it('sorts by date: by when it happened, undated notes by when they were written', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const old = notebook.entries.create(meeting({ title: 'best best best', occurredAt: '2020-01-01T00:00:00.000Z' }));
    const later = notebook.entries.create(meeting({ title: 'plain', body: 'best', occurredAt: '2099-06-01T00:00:00.000Z' }));
    const undated = notebook.entries.create(meeting({ title: 'undated', body: 'best', occurredAt: null }));
    const ids = (sort: 'relevance' | 'date') => notebook.search.query({ query: 'best', limit: 20, offset: 0, sort }).hits.map((h) => h.id);
    expect(ids('relevance')[0]).toBe(old.id);
    expect(ids('date')).toEqual([later.id, undated.id, old.id]);
  });

  it('pages past the ranked window to the oldest match, in both sorts, without a repeat', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const count = RANK_WINDOW + 30;
    const created = notebook.entries.createMany(Array.from({ length: count }, (_, i) => meeting({ title: `note ${i}`, body: 'common', occurredAt: null })));
    for (const sort of ['relevance', 'date'] as const) {
      const seen: string[] = [];
      for (let offset = 0; offset < count; offset += 100) {
        const page = notebook.search.query({ query: 'common', limit: 100, offset, sort });
        seen.push(...page.hits.map((h) => h.id));
      }
      expect(new Set(seen).size, sort).toBe(count);
      expect(seen.length, sort).toBe(count);
      expect(seen.at(-1), sort).toBe(created[0]?.id);
    }
    // The straddling page: ranked rows first, then the older matches, newest first.
    const straddle = notebook.search.query({ query: 'common', limit: 20, offset: RANK_WINDOW - 10 });
    expect(straddle.hits.slice(10).map((h) => h.id)).toEqual(created.slice(20, 30).reverse().map((n) => n.id));
  });

  it('ranks a window only past RANK_WINDOW matches, even when the count stops short of the window', async () => {
    const { session, notebook } = await temp.unlockedNotebook();
    notebook.entries.createMany(Array.from({ length: RANK_WINDOW + 1 }, (_, i) => meeting({ title: `note ${i}`, body: i < RANK_WINDOW - 1 ? 'common rare' : 'common' })));
    session.lock();
    await openEncryptedDatabaseForTest(session, PASSPHRASE, (db) => {
      // A count of 5 past the page: the total (25) says nothing about the window, so it is looked for.
      const search = new SearchService(new SearchRepository(db), new EntriesRepository(db), 5);
      expect(search.query({ query: 'common', limit: 20, offset: 0 })).toMatchObject({ total: 25, totalIsLowerBound: true, rankedWindow: RANK_WINDOW });
      const all = new SearchService(new SearchRepository(db), new EntriesRepository(db));
      expect(all.query({ query: 'common', limit: 20, offset: 0 })).toMatchObject({ total: RANK_WINDOW + 1, rankedWindow: RANK_WINDOW });
      expect(all.query({ query: 'rare', limit: 20, offset: 0 })).toMatchObject({ total: RANK_WINDOW - 1, rankedWindow: null });
    });
  });
});
