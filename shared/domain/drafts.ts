import { z } from 'zod';
import { ENTRY_KINDS, draftEntrySchema, entryIdSchema } from './entries';

export { draftEntrySchema, type DraftEntry } from './entries';

/**
 * `new:<kind>` for the unsaved new entry of that kind (one per kind, so a new hearing's
 * autosave never overwrites a new meeting's); otherwise the id of the entry being edited.
 */
export const newDraftKeySchema = z.templateLiteral(['new:', z.enum(ENTRY_KINDS)]);
export const draftKeySchema = z.union([newDraftKeySchema, entryIdSchema]);
export type DraftKey = z.infer<typeof draftKeySchema>;

/** The revision the draft was typed over; null for an entry that was never saved. */
export const draftBaseRevisionSchema = z.number().int().positive().nullable();

export const draftSchema = z.strictObject({
  key: draftKeySchema,
  baseRevision: draftBaseRevisionSchema,
  entry: draftEntrySchema,
  savedAt: z.string(),
  /** Kept by the officer on leaving the entry, rather than by the editor before a lock. */
  keptOnPurpose: z.boolean(),
});
export type Draft = z.infer<typeof draftSchema>;
