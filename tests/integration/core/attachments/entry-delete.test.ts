import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toneWav } from '../../../support/sample-files';
import { meeting, useTempDirs } from '../../../support/temp-vault';

const temp = useTempDirs();

describe('deleting an entry removes its attachments', () => {
  it('marks the rows removed in the delete’s transaction, keeps their metadata for the history, destroys the files', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const dir = temp.dir();
    const entry = notebook.entries.create(meeting());
    const first = await notebook.attachments.add({ entryId: entry.id, path: toneWav(dir, 1, 'first.wav'), stripLocation: false });
    const second = await notebook.attachments.add({ entryId: entry.id, path: toneWav(dir, 2, 'second.wav'), stripLocation: false });

    notebook.entries.delete(entry.id, entry.revision);

    expect(notebook.attachments.list(entry.id)).toEqual([]);
    const history = notebook.attachments.list(entry.id, { includeRemoved: true });
    expect(history.map((a) => ({ id: a.id, name: a.name, bytes: a.bytes, removed: a.removedAt !== null }))).toEqual([
      { id: first.id, name: 'first.wav', bytes: first.bytes, removed: true },
      { id: second.id, name: 'second.wav', bytes: second.bytes, removed: true },
    ]);
    expect(readdirSync(notebook.attachments.dir)).toEqual([]);
    expect(notebook.attachments.orphans()).toEqual({ filesWithoutRow: [], rowsWithoutFile: [] });
    const records = notebook.audit.list({ limit: 50, offset: 0 }).records;
    const deleted = records.find((r) => r.action === 'entry.deleted');
    const removed = records.filter((r) => r.action === 'attachment.removed');
    expect(removed.map((r) => r.subjectId).sort()).toEqual([first.id, second.id].sort());
    // One transaction: the removals are recorded next to the deletion, nothing in between.
    expect(removed.every((r) => Math.abs(r.seq - (deleted?.seq ?? 0)) <= 2)).toBe(true);
  });

  it('a refused delete (a stale revision) removes nothing', async () => {
    const { notebook } = await temp.unlockedNotebook();
    const entry = notebook.entries.create(meeting());
    const added = await notebook.attachments.add({ entryId: entry.id, path: toneWav(temp.dir()), stripLocation: false });
    expect(() => notebook.entries.delete(entry.id, entry.revision + 1)).toThrow();
    expect(notebook.attachments.list(entry.id).map((a) => a.id)).toEqual([added.id]);
    expect(readdirSync(notebook.attachments.dir)).toEqual([added.id]);
  });
});
