import { randomBytes } from 'node:crypto';
import type { EntryInput } from '../shared/domain/entries';
import type { Db } from '../electron/core/db/driver';
import { openEncryptedDatabase } from '../electron/core/db/connection';
import { NEW_VAULT_CIPHER_PAGE_SIZE } from '../electron/core/vault/header';
import { textBytes } from './databases';

/**
 * Issue 8's yardstick for batched inserts: a bare FTS5 table on SQLCipher (the vault's cipher
 * settings, page size and connection pragmas) filled with the same notes in the same batches,
 * and nothing else: no rows, indexes, facets, revisions or audit. The issue measured about
 * 4,200 notes/s for it on its machine; our rate over this one's, measured side by side, says
 * how far the notebook is from it whatever the host's speed.
 */
export class BareFtsReference {
  private readonly db: Db;
  private readonly insert;
  bulkMs = 0;
  bulkCpuMs = 0;
  bulkNotes = 0;

  constructor(readonly file: string) {
    this.db = openEncryptedDatabase(file, randomBytes(32), { create: true, pageSize: NEW_VAULT_CIPHER_PAGE_SIZE });
    this.db.exec("CREATE VIRTUAL TABLE notes USING fts5 (title, body, extra, tokenize = 'unicode61 remove_diacritics 2')");
    this.insert = this.db.prepare('INSERT INTO notes (title, body, extra) VALUES (?, ?, ?)');
  }

  /** One transaction for the batch, as createMany. */
  add(notes: readonly EntryInput[]): void {
    this.db.transaction(() => {
      for (const note of notes) this.insert.run(note.title, note.body, extraText(note));
    })();
  }

  close(): void {
    this.db.close();
  }
}

/** Every other string of the note (location, tags, a kind's short fields), so each row holds the text a vault row does. */
function extraText(note: EntryInput): string {
  const { title: _title, body: _body, ...rest } = note;
  const strings: string[] = [];
  const walk = (value: unknown, key: string): void => {
    if (textBytes(value, key) === 0) return;
    if (typeof value === 'string') strings.push(value);
    else if (Array.isArray(value)) value.forEach((item) => walk(item, ''));
    else if (value !== null && typeof value === 'object') Object.entries(value).forEach(([k, v]) => walk(v, k));
  };
  walk(rest, '');
  return strings.join(' ');
}
