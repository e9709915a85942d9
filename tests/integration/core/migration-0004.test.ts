import { randomBytes, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openEncryptedDatabase } from '../../../electron/core/db/connection';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { useTempDirs } from '../../support/temp-vault';

const temp = useTempDirs();

describe('migration 4 (entry_events)', () => {
  it('adds the event record beside existing notes, touching none of them', () => {
    const db = openEncryptedDatabase(`${temp.dir()}/n.db`, randomBytes(32), { create: true });
    migrate(db, MIGRATIONS.slice(0, 3));
    const id = randomUUID();
    db.prepare(`INSERT INTO entries (id, kind, title, body, occurred_at, created_at, updated_at, revision)
      VALUES (?, 'meeting', 'kept', 'body', NULL, 't', 't', 2)`).run(id);
    const before = db.prepare('SELECT * FROM entries').all();

    expect(migrate(db, MIGRATIONS.slice(0, 4))).toBe(4);

    expect(db.prepare('SELECT * FROM entries').all()).toEqual(before);
    db.prepare("INSERT INTO entry_events (entry_id, entry_kind, event, revision, at) VALUES (?, 'meeting', 'deleted', 2, 't')").run(id);
    // No foreign key: the record of a deletion outlives the entry it names.
    db.prepare('DELETE FROM entries WHERE id = ?').run(id);
    expect(db.prepare('SELECT event, revision FROM entry_events WHERE entry_id = ?').all(id)).toEqual([{ event: 'deleted', revision: 2 }]);
    db.close();
  });
});
