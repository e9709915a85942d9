import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { Entry, EntryInput, EntryListPage, EntryListQuery, FacetFilter } from '../../../shared/domain/entries';
import type { DraftKey } from '../../../shared/domain/drafts';
import type { EntryHistory } from '../../../shared/domain/entry-history';
import type { Db } from '../db/driver';
import type { DraftsRepository } from '../db/repositories/drafts-repository';
import type { EntriesRepository, StoredEntry } from '../db/repositories/entries-repository';
import type { EntryEventsRepository } from '../db/repositories/entry-events-repository';
import type { PeopleRepository } from '../db/repositories/people-repository';
import type { SearchRepository } from '../db/repositories/search-repository';
import { kindOf, type WriteContext } from '../kinds';
import { indexedText } from '../search/indexed-text';
import { canonicalInstant } from './canonical-instant';
import { checkpointAndTruncateWal } from '../db/wal-scrub';
import { redactionPassage } from '../policy/redaction';
import { redactEntryText } from '../policy/rich-text-redaction';
import { withDerivedBody } from '../kinds/body';
import type { Audit, WritePath } from './write-path';

/**
 * What an entry's deletion takes with it (its attachments): dropped and audited inside the
 * deletion's transaction; what cannot be undone (destroying files) is returned to run once the
 * transaction has committed, so a rolled-back deletion destroys nothing.
 */
export interface EntryDependents {
  detach(entryId: string, audit: Audit): () => void;
}

/** Says why an id that is not the notebook's own cannot be written (an entry imported from a bundle). */
export interface ForeignEntries {
  readOnlyReason(entryId: string): string | undefined;
}

export interface SaveOptions {
  /** The draft this save turns into a saved entry, removed in the same transaction. */
  discardDraft?: DraftKey;
}

/**
 * Entry rules. Every write goes through the write path: the change, its search-index row and
 * its audit record commit together or not at all.
 */
export class EntriesService {
  private readonly dependents: EntryDependents[] = [];
  private foreign: ForeignEntries | undefined;

  constructor(
    private readonly db: Db,
    private readonly writes: WritePath,
    private readonly repo: EntriesRepository,
    private readonly index: SearchRepository,
    private readonly now: () => Date,
    private readonly drafts: DraftsRepository,
    private readonly events: EntryEventsRepository,
    private readonly people: Pick<PeopleRepository, 'pseudonymOf'>,
  ) {}

  /** The entry at the revision the caller saw: NOT_FOUND when gone, CONFLICT when changed since. */
  private requireRevision(id: string, revision: number): StoredEntry {
    const stored = this.repo.findById(id);
    if (!stored) throw this.missing(id, 'That entry no longer exists.');
    if (stored.entry.revision !== revision) {
      throw new AppError('CONFLICT', 'This entry was changed elsewhere since you opened it. Your text is kept; reopen the entry to see the newer version.');
    }
    return stored;
  }

  /**
   * The editor names the draft its save supersedes; it goes in the same transaction as the
   * write, so a crash can never leave a stale draft beside the entry it became. Only on request:
   * a save from elsewhere (the CLI, another window) must not wipe text the officer is typing.
   */
  private discardDraft(options: SaveOptions): void {
    if (options.discardDraft !== undefined) this.drafts.remove(options.discardDraft);
  }

  /** What a kind's checkWrite reads: the same transaction's view of the notebook. */
  private writeContext(): WriteContext {
    return {
      now: this.now(),
      entriesWith: (kind, facet) => {
        const found: Entry[] = [];
        let after: string | undefined;
        do {
          const page = this.list({ kind, facets: [facet], limit: 500, offset: 0, ...(after ? { after } : {}) });
          found.push(...page.entries.map((summary) => this.get(summary.id)));
          after = page.nextCursor ?? undefined;
        } while (after !== undefined);
        return found;
      },
      personExists: (id) => this.people.pseudonymOf(id) !== undefined,
      entryExists: (kind, id) => this.repo.findById(id)?.entry.kind === kind,
    };
  }

  private insert(input: EntryInput, at: string, audit: Audit): Entry {
    const entry = { ...withDerivedBody(input), occurredAt: canonicalInstant(input.occurredAt), id: randomUUID(), revision: 1, status: 'draft', createdAt: at, updatedAt: at } as Entry;
    const checked = kindOf(entry).checkWrite?.(null, entry, this.writeContext()) ?? [];
    const seq = this.repo.insert(entry);
    // A new seq has no index row to replace: deleting one first cost a lookup per entry.
    this.index.add(seq, indexedText(entry));
    audit({ action: 'entry.created', subjectId: entry.id, detail: { kind: entry.kind } });
    for (const record of [...(kindOf(entry).auditRecords?.(null, entry) ?? []), ...checked]) audit(record);
    return entry;
  }

  create(input: EntryInput, options: SaveOptions = {}): Entry {
    return this.writes.run((audit) => {
      const entry = this.insert(input, this.now().toISOString(), audit);
      this.discardDraft(options);
      return entry;
    });
  }

  /**
   * Many entries in one transaction: one fsync instead of one per entry (imports, benchmarks).
   * All or none; a refusal names the entry by its place in `entries` as a field path does
   * (`entries.3: …`), so the CLI can name the line of its file.
   */
  createMany(inputs: readonly EntryInput[]): Entry[] {
    return this.writes.run((audit) => {
      const at = this.now().toISOString();
      return inputs.map((input, index) => {
        try {
          return this.insert(input, at, audit);
        } catch (error) {
          if (error instanceof AppError) throw new AppError(error.code, `entries.${index}: ${error.message}`, { cause: error });
          throw error;
        }
      });
    });
  }

  /**
   * Replaces the stored version with a new one, which the stored version is kept under
   * (entry_revisions): an entry's history is never lost to a save.
   */
  private replace(stored: StoredEntry, next: Entry, audit: Audit): Entry {
    this.repo.keepRevision(stored.entry, next.updatedAt);
    this.repo.update(stored.seq, next);
    this.index.put(stored.seq, indexedText(next));
    audit({ action: next.status !== stored.entry.status ? 'entry.finalized' : 'entry.revised', subjectId: next.id, detail: { kind: next.kind, revision: next.revision } });
    for (const record of kindOf(next).auditRecords?.(stored.entry, next) ?? []) audit(record);
    return next;
  }

  update(id: string, revision: number, input: EntryInput, options: SaveOptions = {}): Entry {
    return this.writes.run((audit) => {
      const stored = this.requireRevision(id, revision);
      const current = stored.entry;
      if (current.kind !== input.kind) throw new AppError('INVALID_INPUT', 'An entry cannot change its kind.');
      const at = this.now().toISOString();
      const next = {
        ...withDerivedBody(input),
        occurredAt: canonicalInstant(input.occurredAt),
        id,
        revision: revision + 1,
        status: current.status,
        createdAt: current.createdAt,
        updatedAt: at,
      };
      kindOf(current).checkRevision?.(current, next);
      const checked = kindOf(current).checkWrite?.(current, next, this.writeContext()) ?? [];
      this.replace(stored, next, audit);
      for (const record of checked) audit(record);
      this.discardDraft(options);
      return next;
    });
  }

  /** Marks the entry as the officer's final record; from then on every edit is kept as a version. */
  finalize(id: string, revision: number): Entry {
    return this.writes.run((audit) => {
      const stored = this.requireRevision(id, revision);
      if (stored.entry.status === 'final') throw new AppError('INVALID_INPUT', 'This entry is already final.');
      return this.replace(stored, { ...stored.entry, status: 'final', revision: revision + 1, updatedAt: this.now().toISOString() }, audit);
    });
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
    const redacted = this.writes.run((audit) => {
      const stored = this.requireRevision(id, revision);
      const { fixedKeys } = kindOf(stored.entry);
      const current = redactEntryText(stored.entry, wanted, fixedKeys);
      const revisions = this.repo.revisions(stored.entry).map((entry) => redactEntryText(entry, wanted, fixedKeys));
      const draft = this.drafts.find(id);
      const draftEntry = draft ? redactEntryText(draft.entry, wanted, fixedKeys) : undefined;
      if (!current.changed && !draftEntry?.changed && !revisions.some((r) => r.changed)) {
        throw new AppError('INVALID_INPUT', 'That passage is not in this entry, its earlier versions or its draft. Nothing was changed.');
      }
      const at = this.now().toISOString();
      for (const r of revisions) if (r.changed) this.repo.redactRevision(r.value);
      if (draft && draftEntry?.changed) this.drafts.upsert(id, draft.baseRevision, draftEntry.value, draft.savedAt, draft.keptOnPurpose);
      const next: Entry = { ...current.value, revision: revision + 1, updatedAt: at };
      this.repo.update(stored.seq, next);
      this.index.put(stored.seq, indexedText(next));
      this.index.purgeRemovedTokens();
      this.events.append({ entryId: id, entryKind: next.kind, event: 'redacted', revision: next.revision, at });
      audit({ action: 'entry.redacted', subjectId: id, detail: { kind: next.kind, revision: next.revision } });
      return next;
    });
    checkpointAndTruncateWal(this.db);
    return redacted;
  }

  /**
   * Removes the entry, every revision, its draft and its index row in one transaction, leaving
   * only the record that it was deleted and when: gone from lists, search and `get`. Records
   * that are evidence of the officer's conduct (consent) are never deleted. Its dependents
   * (attachments) go in the same transaction and are finished after it.
   */
  delete(id: string, revision: number): void {
    const finish = this.writes.run((audit) => {
      const stored = this.requireRevision(id, revision);
      if (!kindOf(stored.entry).deletable) {
        throw new AppError('NOT_ALLOWED', 'This record cannot be deleted: it is evidence of what was agreed. Withdraw it instead, or redact a passage.');
      }
      this.index.drop(stored.seq);
      this.index.purgeRemovedTokens();
      this.repo.remove(stored);
      this.drafts.remove(id);
      const at = this.now().toISOString();
      this.events.append({ entryId: id, entryKind: stored.entry.kind, event: 'deleted', revision, at });
      audit({ action: 'entry.deleted', subjectId: id, detail: { kind: stored.entry.kind, revision } });
      return this.dependents.map((dependent) => dependent.detach(id, audit));
    });
    checkpointAndTruncateWal(this.db);
    for (const done of finish) done();
  }

  /** Registered once when the notebook opens (attachments need `get`, so they come after). */
  addDependents(dependents: EntryDependents): void {
    this.dependents.push(dependents);
  }

  /** Registered once when the notebook opens, by headquarters' import store. */
  guardForeign(foreign: ForeignEntries): void {
    this.foreign = foreign;
  }

  /** Every read and write of an id finds its entry here: an imported one is refused by name, not as missing. */
  private missing(id: string, message: string): AppError {
    const reason = this.foreign?.readOnlyReason(id);
    return reason === undefined ? new AppError('NOT_FOUND', message) : new AppError('NOT_ALLOWED', reason);
  }

  private require(id: string): StoredEntry {
    const stored = this.repo.findById(id);
    if (!stored) throw this.missing(id, 'No entry with that id.');
    return stored;
  }

  /** When each superseded version was written, and the redactions, for the history view. */
  timeline(id: string): EntryHistory {
    const { entry } = this.require(id);
    return {
      revisions: this.repo.revisions(entry).map((version) => ({ revision: version.revision, savedAt: version.updatedAt })),
      events: this.events.forEntry(id),
    };
  }

  get(id: string): Entry {
    return this.require(id).entry;
  }

  /** Facets may be left out (no filter), as the contract's default does. */
  list(request: Omit<EntryListQuery, 'facets'> & { facets?: FacetFilter[] }): EntryListPage {
    const query = { ...request, facets: request.facets ?? [] };
    const from = query.from === undefined ? undefined : (canonicalInstant(query.from) ?? undefined);
    const until = query.until === undefined ? undefined : (canonicalInstant(query.until) ?? undefined);
    return this.repo.list({ ...query, from, until });
  }

  /** Every superseded version of an entry, oldest first. */
  history(id: string): Entry[] {
    return this.repo.revisions(this.require(id).entry);
  }
}
