import { z } from 'zod';
import type { Draft, DraftEntry, DraftKey } from '../../../../shared/domain/drafts';
import { draftBaseRevisionSchema, draftEntrySchema, draftKeySchema } from '../../../../shared/domain/drafts';
import type { Db } from '../driver';

/** Rows and payloads are checked on the way out: a damaged draft fails here, not in the editor. */
const draftRowSchema = z.object({
  draft_key: draftKeySchema,
  base_revision: draftBaseRevisionSchema,
  payload: z.string(),
  saved_at: z.string(),
});

function toDraft(row: unknown): Draft {
  const r = draftRowSchema.parse(row);
  return { key: r.draft_key, baseRevision: r.base_revision, entry: draftEntrySchema.parse(JSON.parse(r.payload)), savedAt: r.saved_at };
}

export class DraftsRepository {
  private readonly upsertDraft;
  private readonly byKey;
  private readonly all;
  private readonly deleteDraft;

  constructor(db: Db) {
    this.upsertDraft = db.prepare(`INSERT INTO drafts (draft_key, base_revision, payload, saved_at)
      VALUES (@key, @baseRevision, @payload, @savedAt)
      ON CONFLICT (draft_key) DO UPDATE SET base_revision = excluded.base_revision, payload = excluded.payload, saved_at = excluded.saved_at`);
    this.byKey = db.prepare('SELECT draft_key, base_revision, payload, saved_at FROM drafts WHERE draft_key = ?');
    this.all = db.prepare('SELECT draft_key, base_revision, payload, saved_at FROM drafts ORDER BY saved_at DESC, draft_key');
    this.deleteDraft = db.prepare('DELETE FROM drafts WHERE draft_key = ?');
  }

  upsert(key: DraftKey, baseRevision: number | null, entry: DraftEntry, savedAt: string): void {
    this.upsertDraft.run({ key, baseRevision, payload: JSON.stringify(entry), savedAt });
  }

  find(key: DraftKey): Draft | undefined {
    const row = this.byKey.get(key);
    return row === undefined ? undefined : toDraft(row);
  }

  list(): Draft[] {
    return this.all.all().map(toDraft);
  }

  /** True when a draft was there to remove. */
  remove(key: DraftKey): boolean {
    return this.deleteDraft.run(key).changes > 0;
  }
}
