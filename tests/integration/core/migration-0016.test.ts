import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { openEncryptedDatabase } from '../../../electron/core/db/connection';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { meeting, PASSPHRASE, useTempDirs } from '../../support/temp-vault';
import { openEncryptedDatabaseForTest } from '../../support/raw-vault';
import { UNDO_MIGRATION_19 } from '../../support/undo-migration-19';

const temp = useTempDirs();

/** The index as migration 10 left it, filled as the build before 16 kept it. */
const INDEX_AT_15 = `
  DROP TABLE search_index;
  CREATE VIRTUAL TABLE search_index USING fts5 (
    title, body, extra, content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
  );`;

/** Tables and indexes migrations after 15 create, learned from a scratch database (search_index aside: INDEX_AT_15 replaces it). */
function addedAfter15(): { type: string; name: string }[] {
  const names = (upTo: number) => {
    const db = openEncryptedDatabase(`${temp.dir()}/at-${upTo}.db`, randomBytes(32), { create: true });
    migrate(db, MIGRATIONS.filter((m) => m.version <= upTo));
    const rows = db.prepare("SELECT type, name FROM sqlite_master WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%'").all() as { type: string; name: string }[];
    db.close();
    return rows;
  };
  const at15 = new Set(names(15).map((row) => row.name));
  // Indexes first: a table dropped before its index takes the index with it.
  return names(Number.MAX_SAFE_INTEGER)
    .filter((row) => !at15.has(row.name))
    .sort((a, b) => (a.type === b.type ? 0 : a.type === 'index' ? -1 : 1));
}

describe('migration 16 (search index without prefix indexes)', () => {
  it('keeps every entry, drops the prefix tables, and the rebuilt index finds words, prefixes and phrases', async () => {
    const { session, notebook } = await temp.unlockedNotebook();
    const written = [
      notebook.entries.create(meeting({ title: 'Hearing adjourned', body: 'The defence asked for an adjournment; الدفاع طلب التأجيل.' })),
      notebook.entries.create(meeting({ title: 'Visit to the prison', body: 'Detention conditions were raised with the warden.' })),
    ];
    session.lock();
    const later = addedAfter15();
    // Back to schema 15: its index (with prefixes, holding both notes), its version marks, nothing a later migration made.
    await openEncryptedDatabaseForTest(session, PASSPHRASE, (db) => {
      // 19 retired objects (not only added some): they come back as 18 had them.
      db.exec(UNDO_MIGRATION_19);
      db.exec(INDEX_AT_15);
      const put = db.prepare('INSERT INTO search_index (rowid, title, body, extra) VALUES (?, ?, ?, ?)');
      for (const seq of db.prepare('SELECT seq FROM entries ORDER BY seq').pluck().all()) put.run(seq, 'stale', 'stale', '');
      // What later migrations added goes too, so that each runs again as it would on a vault at 15.
      for (const { type, name } of later) db.exec(`DROP ${type === 'index' ? 'INDEX' : 'TABLE'} IF EXISTS "${name}"`);
      db.prepare("DELETE FROM schema_migrations WHERE version >= 16").run();
      db.pragma('user_version = 15');
    });

    await session.unlock(PASSPHRASE);
    await session.jobs.idle();
    const after = session.requireNotebook();
    const ids = (query: string) => after.search.query({ query, limit: 10, offset: 0 }).hits.map((hit) => hit.id).sort();

    expect(written.map((entry) => after.entries.get(entry.id))).toEqual(written);
    expect(ids('stale')).toEqual([]);
    expect(ids('adjourned')).toEqual([written[0]?.id]);
    expect(ids('التأجيل')).toEqual([written[0]?.id]);
    expect(ids('det*')).toEqual([written[1]?.id]);
    expect(ids('ad*')).toEqual([written[0]?.id]);
    expect(ids('"the warden"')).toEqual([written[1]?.id]);
    expect(ids('"warden the"')).toEqual([]);
    expect(after.check()).toMatchObject({ integrity: ['ok'], schemaVersion: MIGRATIONS.at(-1)?.version });
    session.lock();

    await openEncryptedDatabaseForTest(session, PASSPHRASE, (db) => {
      const sql = String(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'search_index'").pluck().get());
      expect(sql).not.toMatch(/prefix/);
      expect(sql).toMatch(/content = ''/);
      expect(db.prepare("SELECT value FROM vault_meta WHERE key = 'search_index_version'").pluck().get()).toBeDefined();
    });
  });
});
