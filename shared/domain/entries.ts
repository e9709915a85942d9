import { z } from 'zod';
import { COUNTERPART_TYPES, ENTRY_KINDS } from './entry-vocabulary';
import { boundedText } from './text';

export { COUNTERPART_TYPES, ENTRY_KINDS, type CounterpartType, type EntryKind } from './entry-vocabulary';

export const LIMITS = {
  title: 500,
  location: 500,
  participants: 5_000,
  /** About 1 MB of text: far beyond any real note, small enough to index and search instantly. */
  body: 1_000_000,
} as const;

/** An ISO-8601 instant in UTC, as the UI and CLI send it. */
const isoInstant = z.iso.datetime({ offset: true });

export const entryIdSchema = z.uuid();

export const meetingInputSchema = z.strictObject({
  kind: z.literal('meeting'),
  title: boundedText(LIMITS.title, { required: true }),
  body: boundedText(LIMITS.body),
  occurredAt: isoInstant.nullable(),
  location: boundedText(LIMITS.location),
  counterpartType: z.enum(COUNTERPART_TYPES).nullable(),
  participants: boundedText(LIMITS.participants),
});
export type MeetingInput = z.infer<typeof meetingInputSchema>;

/** Today the only writable kind; later kinds join this union. */
export const entryInputSchema = z.discriminatedUnion('kind', [meetingInputSchema]);
export type EntryInput = z.infer<typeof entryInputSchema>;

const entryMetaShape = {
  id: entryIdSchema,
  /** Increases by one on every save; an update names the revision it edits so a stale editor cannot overwrite newer work. */
  revision: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const meetingNoteSchema = meetingInputSchema.extend(entryMetaShape);
export type MeetingNote = z.infer<typeof meetingNoteSchema>;

export const entrySchema = z.discriminatedUnion('kind', [meetingNoteSchema]);
export type Entry = z.infer<typeof entrySchema>;

export const entrySummarySchema = z.strictObject({
  id: entryIdSchema,
  kind: z.enum(ENTRY_KINDS),
  title: z.string(),
  occurredAt: z.string().nullable(),
  updatedAt: z.string(),
  counterpartType: z.enum(COUNTERPART_TYPES).nullable(),
});
export type EntrySummary = z.infer<typeof entrySummarySchema>;

/** Where the next page of a list starts: opaque to the renderer, which hands back what it was given. */
export const listCursorSchema = z.string().max(100);

/**
 * A page of the notebook, newest first. `after` (the cursor of the previous page) is the fast
 * way to read on; `offset` reaches any row directly (a scrollbar dragged to the middle).
 */
export const entryListQuerySchema = z.strictObject({
  kind: z.enum(ENTRY_KINDS).optional(),
  limit: z.number().int().min(1).max(500).default(100),
  offset: z.number().int().min(0).default(0),
  after: listCursorSchema.optional(),
});
export type EntryListQuery = z.output<typeof entryListQuerySchema>;

export const entryListPageSchema = z.strictObject({
  entries: z.array(entrySummarySchema),
  total: z.number().int().nonnegative(),
  /** The cursor for the page after this one; null at the end. */
  nextCursor: listCursorSchema.nullable(),
});
export type EntryListPage = z.infer<typeof entryListPageSchema>;
