import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPlaintextDatabaseForBenchmark } from '../../../electron/core/db/plain-connection';
import { migrate } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import type { Db } from '../../../electron/core/db/driver';

/**
 * The schema only grows (in the spirit of Actual Budget's migration guard):
 * - a migration, once released, is never edited: its file's hash is pinned here;
 * - after the one rebuild (7, entry-kinds), every migration keeps every table, column and
 *   index that existed before it, with the same type, nullability and key.
 * A new migration adds its hash with FIELDNOTES_PIN_MIGRATIONS=1 (and a reviewer sees it).
 */
const LAST_REBUILD = 7;
/**
 * What a later migration retired on purpose, named one by one so a reviewer sees each: the
 * objects it replaced and whose data it carried over (19: facets keyed by integer ids, list
 * times as integers).
 */
const RETIRED: Record<number, readonly string[]> = {
  19: [
    'index entries_by_time on entries',
    'index entries_by_kind_time on entries',
    'table entry_facets on entry_facets',
    'index entry_facets_by_entry on entry_facets',
    'column entry_facets.facet TEXT notnull=1 pk=1',
    'column entry_facets.value TEXT notnull=1 pk=2',
    'column entry_facets.sort_at TEXT notnull=1 pk=3',
    'column entry_facets.entry_seq INTEGER notnull=1 pk=4',
  ],
};
const MIGRATIONS_DIR = join(__dirname, '../../../electron/core/db/migrations');
const PINS = join(__dirname, '../../fixtures/schema/migration-hashes.json');

function fileOf(version: number): string {
  const migration = MIGRATIONS.find((m) => m.version === version);
  if (!migration) throw new Error(`no migration ${version}`);
  return join(MIGRATIONS_DIR, `${String(version).padStart(4, '0')}-${migration.name}.ts`);
}

const hashOf = (version: number) => createHash('sha256').update(readFileSync(fileOf(version))).digest('hex');

/** Every table's columns and every index, as strings that change when their meaning does. */
function factsOf(db: Db): Set<string> {
    const facts = new Set<string>();
    const objects = db.prepare("SELECT type, name, tbl_name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").all() as { type: string; name: string; tbl_name: string }[];
    for (const object of objects) {
      facts.add(`${object.type} ${object.name} on ${object.tbl_name}`);
      if (object.type !== 'table') continue;
      for (const c of db.prepare(`SELECT name, type, "notnull", pk FROM pragma_table_info(?)`).all(object.name) as Record<string, unknown>[]) {
        facts.add(`column ${object.name}.${String(c.name)} ${String(c.type)} notnull=${String(c.notnull)} pk=${String(c.pk)}`);
      }
    }
    return facts;
}

function withDatabase<T>(build: (db: Db) => void, read: (db: Db) => T): T {
  const db = openPlaintextDatabaseForBenchmark(':memory:');
  try {
    build(db);
    return read(db);
  } finally {
    db.close();
  }
}

const schemaAt = (version: number) => withDatabase((db) => migrate(db, MIGRATIONS.filter((m) => m.version <= version)), factsOf);
const lostFacts = (before: Set<string>, after: Set<string>) => [...before].filter((fact) => !after.has(fact));

describe('schema guard', () => {
  it('no released migration was edited', () => {
    const current = Object.fromEntries(MIGRATIONS.map((m) => [m.version, hashOf(m.version)]));
    if (process.env.FIELDNOTES_PIN_MIGRATIONS === '1') {
      const pinned = JSON.parse(readFileSync(PINS, 'utf8')) as Record<string, string>;
      writeFileSync(PINS, `${JSON.stringify({ ...current, ...pinned }, null, 2)}\n`);
    }
    const pinned = JSON.parse(readFileSync(PINS, 'utf8')) as Record<string, string>;
    for (const migration of MIGRATIONS) {
      expect(pinned[migration.version], `migration ${migration.version} is not pinned: run with FIELDNOTES_PIN_MIGRATIONS=1`).toBeDefined();
      expect(current[migration.version], `migration ${migration.version} was edited after release: write a new migration instead`).toBe(pinned[migration.version]);
    }
  });

  it(`every migration after ${LAST_REBUILD} only adds`, () => {
    const later = MIGRATIONS.filter((m) => m.version > LAST_REBUILD);
    let before = schemaAt(LAST_REBUILD);
    for (const migration of later) {
      const after = schemaAt(migration.version);
      const retired = RETIRED[migration.version] ?? [];
      expect(lostFacts(before, after).sort(), `migration ${migration.version} (${migration.name}) removed or changed`).toEqual([...retired].sort());
      before = after;
    }
  });

  it('sees a dropped column, a loosened one and a dropped index (the guard itself can fail)', () => {
    const before = withDatabase((db) => db.exec('CREATE TABLE t (a TEXT NOT NULL, b TEXT, c TEXT); CREATE INDEX t_by_c ON t (c)'), factsOf);
    const after = withDatabase((db) => db.exec('CREATE TABLE t (a TEXT, c TEXT, d TEXT)'), factsOf);
    expect(lostFacts(before, after).sort()).toEqual(['column t.a TEXT notnull=1 pk=0', 'column t.b TEXT notnull=0 pk=0', 'index t_by_c on t']);
  });
});
