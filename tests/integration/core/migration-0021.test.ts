import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openEncryptedDatabase } from '../../../electron/core/db/connection';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { useTempDirs } from '../../support/temp-vault';

const temp = useTempDirs();

const automerge = (db: ReturnType<typeof openEncryptedDatabase>) => db.prepare("SELECT v FROM search_index_config WHERE k = 'automerge'").pluck().get();

describe('migration 21 (search index merge fanout)', () => {
  it('merges search segments eight at a time in an upgraded vault, and what was indexed is still found', () => {
    const db = openEncryptedDatabase(`${temp.dir()}/n.db`, randomBytes(32), { create: true });
    migrate(db, MIGRATIONS.slice(0, 20));
    // One segment per transaction, as the notebook writes them.
    for (let i = 1; i <= 6; i += 1) db.prepare('INSERT INTO search_index (rowid, title, body, extra) VALUES (?, ?, ?, ?)').run(i, `hearing ${i}`, i % 2 ? 'adjourned' : 'verdict', '');
    expect(automerge(db)).toBeUndefined();

    expect(migrate(db)).toBeGreaterThanOrEqual(21);

    expect(automerge(db)).toBe(8);
    const match = (q: string) => db.prepare('SELECT rowid FROM search_index WHERE search_index MATCH ? ORDER BY rowid').pluck().all(q);
    expect(match('adjourned')).toEqual([1, 3, 5]);
    db.prepare('INSERT INTO search_index (rowid, title, body, extra) VALUES (7, ?, ?, ?)').run('hearing 7', 'adjourned', '');
    expect(match('adjourned')).toEqual([1, 3, 5, 7]);
    expect(match('hearing')).toHaveLength(7);
    db.close();
  });

  it('is set in a new vault, and an index rebuild keeps it', () => {
    const db = openEncryptedDatabase(`${temp.dir()}/n.db`, randomBytes(32), { create: true });
    migrate(db);
    db.exec("INSERT INTO search_index (search_index) VALUES ('delete-all')");
    expect(automerge(db)).toBe(8);
    db.close();
  });
});
