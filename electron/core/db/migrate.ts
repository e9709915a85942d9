import { AppError } from '../../../shared/errors';
import type { Db } from './driver';
import { MIGRATIONS, type Migration } from './migrations';

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Forward-only. Each step runs in one transaction with its version bump and its record in
 * schema_migrations, so a crash mid-migration leaves the previous version intact.
 */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS, now = () => new Date()): number {
  const latest = migrations.at(-1)?.version ?? 0;
  const current = schemaVersion(db);
  if (current > latest) {
    throw new AppError('VAULT_TOO_NEW', `This vault was written by a newer Fieldnotes (schema ${current}; this version knows up to ${latest}). Update Fieldnotes to open it.`);
  }
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
      record.run(migration.version, migration.name, now().toISOString());
    })();
  }
  return schemaVersion(db);
}
