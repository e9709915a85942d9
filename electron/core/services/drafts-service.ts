import { AppError } from '../../../shared/errors';
import type { Draft, DraftEntry, DraftKey } from '../../../shared/domain/drafts';
import type { DraftsRepository } from '../db/repositories/drafts-repository';
import type { ForeignEntries } from './entries-service';

/**
 * Unsaved editor text, kept inside the encrypted database so a lock's reload loses nothing.
 * One draft per key: saving again replaces it. The size limits are the contract's (the same as
 * a saved entry's), checked before a handler runs.
 */
export class DraftsService {
  private foreign: ForeignEntries | undefined;

  constructor(
    private readonly repo: DraftsRepository,
    private readonly now: () => Date,
  ) {}

  /** `keptOnPurpose`: the officer chose "Keep as draft" (the editor says so when it restores it). */
  save(key: DraftKey, baseRevision: number | null, entry: DraftEntry, keptOnPurpose = false): void {
    // A never-saved note has no revision; an edited one always has one. Mixing them up would
    // later restore text over the wrong base, so it is refused here rather than stored.
    const isNew = key.startsWith('new:');
    if (isNew !== (baseRevision === null)) {
      throw new AppError('INVALID_INPUT', 'A draft of a new entry has no base revision; a draft of a saved entry needs one.');
    }
    if (isNew && key !== `new:${entry.kind}`) throw new AppError('INVALID_INPUT', "A new entry's draft is kept under its own kind.");
    const readOnly = isNew ? undefined : this.foreign?.readOnlyReason(key);
    if (readOnly !== undefined) throw new AppError('NOT_ALLOWED', readOnly);
    this.repo.upsert(key, baseRevision, entry, this.now().toISOString(), keptOnPurpose);
  }

  /** Registered once when the notebook opens, by headquarters' import store: an imported entry takes no draft. */
  guardForeign(foreign: ForeignEntries): void {
    this.foreign = foreign;
  }

  get(key: DraftKey): Draft | null {
    return this.repo.find(key) ?? null;
  }

  list(): Draft[] {
    return this.repo.list();
  }

  discard(key: DraftKey): void {
    this.repo.remove(key);
  }
}
