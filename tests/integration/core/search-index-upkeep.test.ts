import { describe, expect, it } from 'vitest';
import { SEARCH_INDEX_VERSION } from '../../../electron/core/search/indexed-text';
import { meeting, PASSPHRASE, useTempDirs } from '../../support/temp-vault';
import { openEncryptedDatabaseForTest } from '../../support/raw-vault';

const temp = useTempDirs();

describe('search index upkeep', () => {
  it('rebuilds an index made by an older normalisation at the next unlock, and only then', async () => {
    const { session, notebook } = await temp.unlockedNotebook();
    const note = notebook.entries.create(meeting({ body: 'هيئة الدفاع طلبت التأجيل' }));
    session.lock();

    // As an older build would have left it: an empty index marked with an older version.
    await openEncryptedDatabaseForTest(session, PASSPHRASE, (db) => {
      db.exec("INSERT INTO search_index (search_index) VALUES ('delete-all')");
      db.prepare("UPDATE vault_meta SET value = '1' WHERE key = 'search_index_version'").run();
    });

    await session.unlock(PASSPHRASE);
    const reopened = session.requireNotebook();
    expect(reopened.search.query({ query: 'هيئة', limit: 20, offset: 0 }).hits.map((h) => h.id)).toEqual([note.id]);
    session.lock();
    const version = await openEncryptedDatabaseForTest(session, PASSPHRASE, (db) =>
      db.prepare("SELECT value FROM vault_meta WHERE key = 'search_index_version'").pluck().get(),
    );
    expect(version).toBe(SEARCH_INDEX_VERSION);
  });
});
