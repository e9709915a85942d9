import { z } from 'zod';
import { entryIdSchema, LIMITS, meetingInputSchema } from './entries';
import { boundedText } from './text';

/** 'new' for the one unsaved new note; otherwise the id of the entry being edited. */
export const draftKeySchema = z.union([z.literal('new'), entryIdSchema]);
export type DraftKey = z.infer<typeof draftKeySchema>;

/**
 * What the editor held when it last wrote a draft: an entry input whose title may still be
 * empty (an officer often starts with the body). Every other limit is the entry's own, so a
 * draft can never hold more than a saved note could.
 */
export const meetingDraftInputSchema = meetingInputSchema.extend({ title: boundedText(LIMITS.title) });
export const draftEntrySchema = z.discriminatedUnion('kind', [meetingDraftInputSchema]);
export type DraftEntry = z.infer<typeof draftEntrySchema>;

/** The revision the draft was typed over; null for a note that was never saved. */
export const draftBaseRevisionSchema = z.number().int().positive().nullable();

export const draftSchema = z.strictObject({
  key: draftKeySchema,
  baseRevision: draftBaseRevisionSchema,
  entry: draftEntrySchema,
  savedAt: z.string(),
  /** Kept by the officer on leaving the note, rather than by the editor before a lock. */
  keptOnPurpose: z.boolean(),
});
export type Draft = z.infer<typeof draftSchema>;
