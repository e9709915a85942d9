import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { Entry, EntryInput, EntryListPage, EntryListQuery, MeetingNote } from '../../../shared/domain/entries';
import type { DraftKey } from '../../../shared/domain/drafts';
import type { EntryHistory } from '../../../shared/domain/entry-history';
import type { Db } from '../db/driver';
import type { DraftsRepository } from '../db/repositories/drafts-repository';
import type { EntriesRepository, StoredMeeting } from '../db/repositories/entries-repository';
import type { EntryEventsRepository } from '../db/repositories/entry-events-repository';
import type { SearchRepository } from '../db/repositories/search-repository';
import { indexedText } from '../search/indexed-text';
import { canonicalInstant } from './canonical-instant';
import { checkpointAndTruncateWal } from '../db/wal-scrub';
import { redactFields, redactionPassage } from '../policy/redaction';

export interface SaveOptions {
  /** The draft this save turns into a saved note, removed in the same transaction. */
  discardDraft?: DraftKey;
}

/** Entry rules and transactions. Each write and its search-index update commit together or not at all. */
export class EntriesService {
  constructor(
    private readonly db: Db,
    private readonly repo: EntriesRepository,
    private readonly index: SearchRepository,
    private readonly now: () => Date,
    private readonly drafts: DraftsRepository,
    private readonly events: EntryEventsRepository,
  ) {}

  /** The entry at the revision the caller saw: NOT_FOUND when gone, CONFLICT when changed since. */
  private requireRevision(id: string, revision: number): StoredMeeting {
    const stored = this.repo.findById(id);
    if (!stored) throw new AppError('NOT_FOUND', 'That note no longer exists.');
    if (stored.note.revision !== revision) {
      throw new AppError('CONFLICT', 'This note was changed elsewhere since you opened it. Your text is kept; reopen the note to see the newer version.');
    }
    return stored;
  }

  /**
   * The editor names the draft its save supersedes; it goes in the same transaction as the
   * write, so a crash can never leave a stale draft beside the note it became. Only on request:
   * a save from elsewhere (the CLI, another window) must not wipe text the officer is typing.
   */
  private discardDraft(options: SaveOptions): void {
    if (options.discardDraft !== undefined) this.drafts.remove(options.discardDraft);
  }

  private insert(input: EntryInput, at: string): MeetingNote {
    const note: MeetingNote = { ...input, occurredAt: canonicalInstant(input.occurredAt), id: randomUUID(), revision: 1, createdAt: at, updatedAt: at };
    const seq = this.repo.insertMeetingNote(note);
    this.index.put(seq, indexedText(note));
    return note;
  }

  create(input: EntryInput, options: SaveOptions = {}): Entry {
    return this.db.transaction(() => {
      const note = this.insert(input, this.now().toISOString());
      this.discardDraft(options);
      return note;
    })();
  }

  /** Many entries in one transaction: one fsync instead of one per note (imports, benchmarks). */
  createMany(inputs: readonly EntryInput[]): Entry[] {
    return this.db.transaction(() => {
      const at = this.now().toISOString();
      return inputs.map((input) => this.insert(input, at));
    })();
  }

  update(id: string, revision: number, input: EntryInput, options: SaveOptions = {}): Entry {
    return this.db.transaction(() => {
      const stored = this.requireRevision(id, revision);
      const current = stored.note;
      if (current.kind !== input.kind) throw new AppError('INVALID_INPUT', 'A note cannot change its kind.');
      const at = this.now().toISOString();
      const next: MeetingNote = { ...input, occurredAt: canonicalInstant(input.occurredAt), id, revision: revision + 1, createdAt: current.createdAt, updatedAt: at };
      this.repo.keepRevision(stored.seq, current, at);
      this.repo.updateMeetingNote(stored.seq, next);
      this.index.put(stored.seq, indexedText(next));
      this.discardDraft(options);
      return next;
    })();
  }

  /**
   * Removes every exact occurrence of `passage` (see policy/redaction.ts) from the entry, each
   * stored revision, its draft and its search-index row, in one transaction, and records that a
   * redaction happened and when. The result is a new revision, so an editor still holding the
   * old text gets CONFLICT instead of saving the name back. The text before the redaction is
   * not kept as a revision: keeping it is what the officer is undoing.
   */
  redact(id: string, revision: number, passage: string): Entry {
    const wanted = redactionPassage(passage);
    const redacted = this.db.transaction(() => {
      const stored = this.requireRevision(id, revision);
      const current = redactFields(stored.note, wanted);
      const revisions = this.repo.revisions(stored.seq).map((note) => redactFields(note, wanted));
      const draft = this.drafts.find(id);
      const draftEntry = draft ? redactFields(draft.entry, wanted) : undefined;
      if (!current.changed && !draftEntry?.changed && !revisions.some((r) => r.changed)) {
        throw new AppError('INVALID_INPUT', 'That passage is not in this note, its earlier versions or its draft. Nothing was changed.');
      }
      const at = this.now().toISOString();
      for (const r of revisions) if (r.changed) this.repo.redactRevision(stored.seq, r.value);
      if (draft && draftEntry?.changed) this.drafts.upsert(id, draft.baseRevision, draftEntry.value, draft.savedAt, draft.keptOnPurpose);
      const next: MeetingNote = { ...current.value, revision: revision + 1, updatedAt: at };
      this.repo.updateMeetingNote(stored.seq, next);
      this.index.put(stored.seq, indexedText(next));
      this.index.purgeRemovedTokens();
      this.events.append({ entryId: id, entryKind: next.kind, event: 'redacted', revision: next.revision, at });
      return next;
    })();
    checkpointAndTruncateWal(this.db);
    return redacted;
  }

  /**
   * Removes the entry, every revision, its draft and its index row in one transaction, leaving
   * only the record that it was deleted and when: gone from lists, search and `get`.
   */
  delete(id: string, revision: number): void {
    this.db.transaction(() => {
      const stored = this.requireRevision(id, revision);
      this.index.drop(stored.seq);
      this.index.purgeRemovedTokens();
      this.repo.remove(stored.seq);
      this.drafts.remove(id);
      this.events.append({ entryId: id, entryKind: stored.note.kind, event: 'deleted', revision, at: this.now().toISOString() });
    })();
    checkpointAndTruncateWal(this.db);
  }

  /** When each superseded version was written, and the redactions, for the history view. */
  timeline(id: string): EntryHistory {
    const stored = this.repo.findById(id);
    if (!stored) throw new AppError('NOT_FOUND', 'No note with that id.');
    return {
      revisions: this.repo.revisions(stored.seq).map((note) => ({ revision: note.revision, savedAt: note.updatedAt })),
      events: this.events.forEntry(id),
    };
  }

  get(id: string): Entry {
    const stored = this.repo.findById(id);
    if (!stored) throw new AppError('NOT_FOUND', 'No note with that id.');
    return stored.note;
  }

  list(query: EntryListQuery): EntryListPage {
    return this.repo.list(query);
  }

  /** Every superseded version of an entry, oldest first. */
  history(id: string): MeetingNote[] {
    const stored = this.repo.findById(id);
    if (!stored) throw new AppError('NOT_FOUND', 'No note with that id.');
    return this.repo.revisions(stored.seq);
  }
}
