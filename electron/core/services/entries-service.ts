import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { Entry, EntryInput, EntryKind, EntrySummary, MeetingNote } from '../../../shared/domain/entries';
import type { DraftKey } from '../../../shared/domain/drafts';
import type { Db } from '../db/driver';
import type { DraftsRepository } from '../db/repositories/drafts-repository';
import type { EntriesRepository } from '../db/repositories/entries-repository';
import type { SearchRepository } from '../db/repositories/search-repository';
import { indexedText } from '../search/indexed-text';

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
  ) {}

  /**
   * The editor names the draft its save supersedes; it goes in the same transaction as the
   * write, so a crash can never leave a stale draft beside the note it became. Only on request:
   * a save from elsewhere (the CLI, another window) must not wipe text the officer is typing.
   */
  private discardDraft(options: SaveOptions): void {
    if (options.discardDraft !== undefined) this.drafts.remove(options.discardDraft);
  }

  private insert(input: EntryInput, at: string): MeetingNote {
    const note: MeetingNote = { ...input, id: randomUUID(), revision: 1, createdAt: at, updatedAt: at };
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
      const stored = this.repo.findById(id);
      if (!stored) throw new AppError('NOT_FOUND', 'That note no longer exists.');
      const current = stored.note;
      if (current.kind !== input.kind) throw new AppError('INVALID_INPUT', 'A note cannot change its kind.');
      if (current.revision !== revision) {
        throw new AppError('CONFLICT', 'This note was changed elsewhere since you opened it. Your text is kept; reopen the note to see the newer version.');
      }
      const at = this.now().toISOString();
      const next: MeetingNote = { ...input, id, revision: revision + 1, createdAt: current.createdAt, updatedAt: at };
      this.repo.keepRevision(stored.seq, current, at);
      this.repo.updateMeetingNote(stored.seq, next);
      this.index.put(stored.seq, indexedText(next));
      this.discardDraft(options);
      return next;
    })();
  }

  get(id: string): Entry {
    const stored = this.repo.findById(id);
    if (!stored) throw new AppError('NOT_FOUND', 'No note with that id.');
    return stored.note;
  }

  list(query: { kind?: EntryKind; limit: number; offset: number }): { entries: EntrySummary[]; total: number } {
    return this.repo.list(query);
  }

  /** Every superseded version of an entry, oldest first. */
  history(id: string): MeetingNote[] {
    const stored = this.repo.findById(id);
    if (!stored) throw new AppError('NOT_FOUND', 'No note with that id.');
    return this.repo.revisions(stored.seq);
  }
}
