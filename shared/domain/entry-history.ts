import { z } from 'zod';

/**
 * What replaces a redacted passage, stored as is in every language: a fixed run of full
 * blocks. Fixed, so the stored text never tells the passage's length (a short run beside a
 * long one hints at "a first name" or "a full name and a town"); symbols, so the search index
 * never holds a token for it; script-neutral, so an Arabic and an English reader, the CLI and
 * an export all show the same thing without a translation table.
 */
export const REDACTION_MARK = '███';

/**
 * A passage shorter than the mark would make the text grow and could push a field past its
 * limit; two letters name nobody, so it is refused instead.
 */
export const MIN_REDACTED_PASSAGE = REDACTION_MARK.length;

/** What the history keeps of a deliberate removal: that it happened, when, and at which revision. Never what. */
export const ENTRY_EVENT_KINDS = ['redacted', 'deleted'] as const;
export type EntryEventKind = (typeof ENTRY_EVENT_KINDS)[number];

export const entryEventSchema = z.strictObject({
  kind: z.enum(ENTRY_EVENT_KINDS),
  /** The revision the entry had after the event (a redaction) or when it was deleted. */
  revision: z.number().int().positive(),
  at: z.string(),
});
export type EntryEvent = z.infer<typeof entryEventSchema>;

export const entryHistorySchema = z.strictObject({
  /** Superseded versions, oldest first: when each was written. Their text stays in the vault. */
  revisions: z.array(z.strictObject({ revision: z.number().int().positive(), savedAt: z.string() })),
  /** Redactions, oldest first. */
  events: z.array(entryEventSchema),
});
export type EntryHistory = z.infer<typeof entryHistorySchema>;
