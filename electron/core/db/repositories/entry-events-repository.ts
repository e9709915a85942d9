import { z } from 'zod';
import type { EntryKind } from '../../../../shared/domain/entries';
import type { EntryEvent, EntryEventKind } from '../../../../shared/domain/entry-history';
import { ENTRY_EVENT_KINDS } from '../../../../shared/domain/entry-history';
import type { Db } from '../driver';

const eventRowSchema = z.object({ event: z.enum(ENTRY_EVENT_KINDS), revision: z.number().int(), at: z.string() });

/** The record of redactions and deletions (entry_events): what happened and when, never what was removed. */
export class EntryEventsRepository {
  private readonly insertEvent;
  private readonly ofEntry;

  constructor(db: Db) {
    this.insertEvent = db.prepare(`INSERT INTO entry_events (entry_id, entry_kind, event, revision, at)
      VALUES (@entryId, @entryKind, @event, @revision, @at)`);
    this.ofEntry = db.prepare('SELECT event, revision, at FROM entry_events WHERE entry_id = ? ORDER BY at, rowid');
  }

  append(record: { entryId: string; entryKind: EntryKind; event: EntryEventKind; revision: number; at: string }): void {
    this.insertEvent.run(record);
  }

  /** Oldest first; still there after the entry itself was deleted. */
  forEntry(entryId: string): EntryEvent[] {
    return this.ofEntry.all(entryId).map((row) => {
      const r = eventRowSchema.parse(row);
      return { kind: r.event, revision: r.revision, at: r.at };
    });
  }
}
