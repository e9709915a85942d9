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
  kept_on_purpose: z.union([z.literal(0), z.literal(1)]),
});

function toDraft(row: unknown): Draft {
  const r = draftRowSchema.parse(row);
  return {
    key: r.draft_key,
    baseRevision: r.base_revision,
    entry: draftEntrySchema.parse(JSON.parse(r.payload)),
    savedAt: r.saved_at,
    keptOnPurpose: r.kept_on_purpose === 1,
  };
}

export class DraftsRepository {
  private readonly upsertDraft;
  private readonly byKey;
  private readonly all;
  private readonly deleteDraft;

  constructor(db: Db) {
    this.upsertDraft = db.prepare(`INSERT INTO drafts (draft_key, base_revision, payload, saved_at, kept_on_purpose)
      VALUES (@key, @baseRevision, @payload, @savedAt, @keptOnPurpose)
      ON CONFLICT (draft_key) DO UPDATE SET base_revision = excluded.base_revision, payload = excluded.payload,
        saved_at = excluded.saved_at, kept_on_purpose = excluded.kept_on_purpose`);
    this.byKey = db.prepare('SELECT draft_key, base_revision, payload, saved_at, kept_on_purpose FROM drafts WHERE draft_key = ?');
    this.all = db.prepare('SELECT draft_key, base_revision, payload, saved_at, kept_on_purpose FROM drafts ORDER BY saved_at DESC, draft_key');
    this.deleteDraft = db.prepare('DELETE FROM drafts WHERE draft_key = ?');
  }

  upsert(key: DraftKey, baseRevision: number | null, entry: DraftEntry, savedAt: string, keptOnPurpose = false): void {
    this.upsertDraft.run({ key, baseRevision, payload: JSON.stringify(entry), savedAt, keptOnPurpose: keptOnPurpose ? 1 : 0 });
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
