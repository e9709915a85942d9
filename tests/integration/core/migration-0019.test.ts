import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { caseInputSchema } from '../../../shared/domain/kinds/case';
import { consentInputSchema } from '../../../shared/domain/kinds/consent';
import { observationInputSchema } from '../../../shared/domain/kinds/observation';
import type { EntryListQuery } from '../../../shared/domain/entries';
import { personInputSchema } from '../../../shared/domain/people';
import type { Notebook } from '../../../electron/core/services/notebook';
import { openEncryptedDatabase } from '../../../electron/core/db/connection';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { listPlan } from '../../../electron/core/db/repositories/entry-list-plan';
import { openEncryptedDatabaseForTest } from '../../support/raw-vault';
import { UNDO_MIGRATION_19 } from '../../support/undo-migration-19';
import { meeting, PASSPHRASE, useTempDirs } from '../../support/temp-vault';
import { trial } from '../../support/trial-input';

const temp = useTempDirs();

/** A notebook with entries of every kind, linked to a person and a case, with labels, countries and due dates. */
function fill(notebook: Notebook) {
  const person = notebook.people.create(personInputSchema.parse({ pseudonym: 'Kestrel' }), { realName: '', contacts: '' });
  const defenderCase = notebook.entries.create(
    caseInputSchema.parse({ kind: 'case', title: 'Kestrel case', defenderId: person.id, occurredAt: '2026-02-01T09:00:00.000Z', actions: [{ action: 'seek-consent', date: '2026-12-10' }] }),
  );
  notebook.entries.create({ ...trial(), defenderCaseId: defenderCase.id, adjournment: { ...trial().adjournment, nextHearingOn: '2026-12-07' } });
  notebook.entries.create(consentInputSchema.parse({ kind: 'consent', title: 'Consent', personId: person.id, scopes: ['contact-and-meet'], reviewOn: '2026-12-20' }));
  notebook.entries.create(observationInputSchema.parse({ kind: 'observation', title: 'Assembly dispersed', country: 'Arkavia', topics: ['restrictions-on-freedoms'], occurredAt: null }));
  notebook.entries.createMany(
    Array.from({ length: 40 }, (_, i) =>
      meeting({
        title: `Meeting ${i} on detention`,
        // Three share each instant (ties broken by seq); every fifth is undated (sorted by when written).
        occurredAt: i % 5 === 0 ? null : `2026-0${(i % 3) + 1}-1${i % 4}T08:00:00.${String(i % 2).padStart(3, '0')}Z`,
        tags: i % 2 ? ['detention'] : ['protest', 'detention'],
        topics: i % 3 ? ['restrictions-on-freedoms'] : [],
        outlets: i % 4 ? [] : ['hq-reporting'],
        country: i % 2 ? 'Arkavia' : 'Belmora',
        defenderCaseId: i % 6 ? null : defenderCase.id,
        followUps: i % 7 ? [] : [{ text: 'Call back', owner: '', dueOn: `2026-12-0${(i % 9) + 1}`, done: false }],
      }),
    ),
  );
  return { person, defenderCase };
}

const QUERIES = (personId: string, caseId: string): Omit<EntryListQuery, 'limit' | 'offset'>[] => [
  { facets: [] },
  { kind: 'meeting', facets: [] },
  { kind: 'trial', facets: [] },
  { facets: [{ facet: 'tag', value: 'protest' }] },
  { facets: [{ facet: 'tag', value: 'detention' }, { facet: 'country', value: 'Belmora' }] },
  { kind: 'meeting', facets: [{ facet: 'outlet', value: 'hq-reporting' }] },
  { facets: [{ facet: 'person', value: personId }] },
  { facets: [{ facet: 'case', value: caseId }] },
  { facets: [{ facet: 'topic', value: 'restrictions-on-freedoms' }], from: '2026-02-01T00:00:00.000Z', until: '2026-03-11T00:00:00.000Z' },
  { kind: 'meeting', facets: [], from: '2026-01-11T08:00:00.000Z' },
];

/** Every list paged by offset and by cursor, Upcoming, the countries and a date-sorted search: what an upgrade must keep. */
function everythingListed(notebook: Notebook, personId: string, caseId: string) {
  return {
    lists: QUERIES(personId, caseId).map((query) => {
      const all = notebook.entries.list({ ...query, limit: 500, offset: 0 });
      const byCursor: string[] = [];
      for (let after: string | undefined, page; (page = notebook.entries.list({ ...query, limit: 7, offset: 0, ...(after ? { after } : {}) })); after = page.nextCursor) {
        byCursor.push(...page.entries.map((e) => e.id));
        if (page.nextCursor === null) break;
      }
      expect(byCursor).toEqual(all.entries.map((e) => e.id));
      return { total: all.total, ids: byCursor, middle: notebook.entries.list({ ...query, limit: 5, offset: Math.floor(all.total / 2) }).entries.map((e) => e.id) };
    }),
    upcoming: notebook.agenda.upcoming(60).map((item) => [item.what, item.due, item.entry.id]),
    countries: notebook.agenda.countries(),
    search: notebook.search.query({ query: 'detention', limit: 50, offset: 0, sort: 'date' }).hits.map((hit) => hit.id),
  };
}

describe('migration 19 (compact list keys)', () => {
  it('keeps every list, page, cursor, due date and search result of a vault written at 18', async () => {
    const { session, notebook } = await temp.unlockedNotebook();
    const { person, defenderCase } = fill(notebook);
    const before = everythingListed(notebook, person.id, defenderCase.id);
    expect(before.lists.map((l) => l.total)).toEqual([44, 40, 1, 20, 20, 10, 2, 8, 13, 37]);
    expect(before.upcoming.length).toBeGreaterThan(3);
    // A cursor the build before 19 handed out: the last row's ISO instant and seq.
    const page = notebook.entries.list({ kind: 'meeting', limit: 9, offset: 0 });
    const [ms, seq] = (page.nextCursor ?? '').split('~');
    const oldCursor = `${new Date(Number(ms)).toISOString()}~${seq}`;
    session.lock();

    await openEncryptedDatabaseForTest(session, PASSPHRASE, (db) => db.exec(UNDO_MIGRATION_19));
    await session.unlock(PASSPHRASE);
    await session.jobs.idle();
    const after = session.requireNotebook();

    expect(everythingListed(after, person.id, defenderCase.id)).toEqual(before);
    const next = after.entries.list({ kind: 'meeting', limit: 9, offset: 9 }).entries.map((e) => e.id);
    expect(after.entries.list({ kind: 'meeting', limit: 9, offset: 0, after: oldCursor }).entries.map((e) => e.id)).toEqual(next);
    expect(after.check()).toMatchObject({ integrity: ['ok'], schemaVersion: MIGRATIONS.at(-1)?.version });
    session.lock();
    await openEncryptedDatabaseForTest(session, PASSPHRASE, (db) => {
      expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name IN ('entry_facets', 'entries_by_time', 'entries_by_kind_time')").pluck().get()).toBe(0);
    });
  });

  it("deletes a facet value with the last entry that carries it, so a removed entry's tag is not left in the file", async () => {
    const { session, notebook } = await temp.unlockedNotebook();
    const kept = notebook.entries.create(meeting({ tags: ['shared'], country: 'Arkavia' }));
    const gone = notebook.entries.create(meeting({ tags: ['shared', 'only-here'], country: 'Belmora' }));
    notebook.entries.update(kept.id, kept.revision, { ...meeting({ tags: ['renamed'], country: 'Arkavia' }) });
    notebook.entries.delete(gone.id, gone.revision);
    expect(notebook.agenda.countries()).toEqual(['Arkavia']);
    expect(notebook.entries.list({ facets: [{ facet: 'tag', value: 'only-here' }], limit: 5, offset: 0 }).total).toBe(0);
    session.lock();
    await openEncryptedDatabaseForTest(session, PASSPHRASE, (db) => {
      expect(db.prepare('SELECT facet, value FROM facet_values ORDER BY facet, value').all()).toEqual([
        { facet: 'country', value: 'Arkavia' },
        { facet: 'tag', value: 'renamed' },
      ]);
    });
  });

  it('pages every list shape in index order, never sorting: each index 19 keeps is read by one', () => {
    const db = openEncryptedDatabase(`${temp.dir()}/plans.db`, randomBytes(32), { create: true });
    migrate(db);
    const page = (query: Omit<EntryListQuery, 'limit' | 'offset'>, ids: number[] = []) => {
      const plan = listPlan({ ...query, limit: 100, offset: 0 }, ids);
      const sql = `EXPLAIN QUERY PLAN SELECT ${plan.seq}, ${plan.sortAt} ${plan.from} ${plan.where} ORDER BY ${plan.sortAt} DESC, ${plan.seq} DESC LIMIT 100`;
      return (db.prepare(sql).all(plan.params) as { detail: string }[]).map((step) => step.detail).join('; ');
    };
    const period = { from: '2026-01-01T00:00:00.000Z', until: '2026-02-01T00:00:00.000Z' };
    expect(page({ facets: [] })).toMatch(/^SCAN e USING INDEX entries_by_sort$/);
    expect(page({ facets: [], ...period })).toMatch(/^SEARCH e USING (COVERING )?INDEX entries_by_sort \(sort_ms>\? AND sort_ms<\?\)$/);
    expect(page({ kind: 'trial', facets: [], ...period })).toMatch(/^SEARCH e USING (COVERING )?INDEX entries_by_kind_sort \(kind=\? AND sort_ms>\? AND sort_ms<\?\)$/);
    const tag = [{ facet: 'tag' as const, value: 'a' }];
    expect(page({ facets: tag }, [1])).toBe('SEARCH f USING PRIMARY KEY (value_id=?)');
    expect(page({ facets: [...tag, ...tag] }, [1, 2])).toMatch(/^SEARCH f USING PRIMARY KEY \(value_id=\?\); SEARCH g1 .*INDEX entry_facet_keys_by_entry \(entry_seq=\? AND value_id=\?\)$/);
    expect(page({ kind: 'meeting', facets: tag }, [1])).toMatch(/^SEARCH f USING PRIMARY KEY \(value_id=\?\); SEARCH e USING COVERING INDEX entries_kind_by_seq/);
    db.close();
  });
});
