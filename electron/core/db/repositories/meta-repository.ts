import type { Db } from '../driver';

/** Key/value facts about the vault's derived data (vault_meta). */
export class MetaRepository {
  private readonly read;
  private readonly write;
  private readonly remove;

  constructor(db: Db) {
    this.read = db.prepare('SELECT value FROM vault_meta WHERE key = ?').pluck();
    this.write = db.prepare('INSERT INTO vault_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    this.remove = db.prepare('DELETE FROM vault_meta WHERE key = ?');
  }

  get(key: string): string | undefined {
    return this.read.get(key) as string | undefined;
  }

  set(key: string, value: string): void {
    this.write.run(key, value);
  }

  delete(key: string): void {
    this.remove.run(key);
  }
}
