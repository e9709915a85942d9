import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { openEncryptedDatabase } from '../../../electron/core/db/connection';
import { migrate, schemaVersion } from '../../../electron/core/db/migrate';
import { MIGRATIONS, type Migration } from '../../../electron/core/db/migrations';
import { useTempDirs } from '../../support/temp-vault';

const temp = useTempDirs();

function freshDb() {
  return openEncryptedDatabase(`${temp.dir()}/n.db`, randomBytes(32), { create: true });
}

describe('migrations', () => {
  it('are numbered consecutively from 1', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('bring a new database to the latest version and record each step', () => {
    const db = freshDb();
    expect(migrate(db)).toBe(MIGRATIONS.length);
    const rows = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    expect(migrate(db)).toBe(MIGRATIONS.length); // idempotent
    db.close();
  });

  it('create only STRICT tables', () => {
    const db = freshDb();
    migrate(db);
    const tables = db
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'search_index_%'")
      .all() as { name: string; sql: string }[];
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) expect(table.sql, table.name).toMatch(/\bSTRICT(, WITHOUT ROWID)?\s*$/);
    db.close();
  });

  it('roll a failing step back whole, leaving the previous version', () => {
    const db = freshDb();
    const broken: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'broken',
      up: (d) => {
        d.exec('CREATE TABLE half_done (x TEXT) STRICT');
        d.exec('THIS IS NOT SQL');
      },
    };
    expect(() => migrate(db, [...MIGRATIONS, broken])).toThrow();
    expect(schemaVersion(db)).toBe(MIGRATIONS.length);
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get()).toBe(0);
    db.close();
  });

  it('refuse a database written by a newer version', () => {
    const db = freshDb();
    migrate(db);
    db.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    const error = (() => {
      try {
        migrate(db);
        return undefined;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('VAULT_TOO_NEW');
    db.close();
  });
});
