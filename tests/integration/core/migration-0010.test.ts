import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openEncryptedDatabase } from '../../../electron/core/db/connection';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { useTempDirs } from '../../support/temp-vault';

const temp = useTempDirs();

describe('migration 10 (search index prefixes)', () => {
  it('recreates the index empty with 2- and 3-letter prefixes and drops every mark of the old one', () => {
    const db = openEncryptedDatabase(`${temp.dir()}/n.db`, randomBytes(32), { create: true });
    migrate(db, MIGRATIONS.slice(0, 9));
    db.prepare("INSERT INTO search_index (rowid, title, body, extra) VALUES (1, 'detention', 'lawyer', '')").run();
    const meta = db.prepare('INSERT INTO vault_meta (key, value) VALUES (?, ?)');
    meta.run('search_index_version', '2');
    meta.run('search_index_rebuilt_through', '2:1');
    meta.run('vault_id', 'kept');
    meta.run('searchXindex', 'kept: LIKE must not read _ as any character');

    expect(migrate(db, MIGRATIONS.slice(0, 10))).toBe(10);

    const sql = String(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'search_index'").pluck().get());
    expect(sql).toMatch(/prefix = '2 3'/);
    expect(sql).toMatch(/content = ''/);
    expect(db.prepare("SELECT count(*) FROM search_index WHERE search_index MATCH 'detention'").pluck().get()).toBe(0);
    // Without the version mark the upkeep rebuilds the index from the entries at the next unlock.
    const keys = db.prepare('SELECT key FROM vault_meta').pluck().all();
    expect(keys.filter((key) => String(key).startsWith('search_index'))).toEqual([]);
    expect(keys).toEqual(expect.arrayContaining(['searchXindex', 'vault_id']));
    db.close();
  });
});
